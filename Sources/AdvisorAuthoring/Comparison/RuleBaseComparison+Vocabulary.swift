import AdvisorModel

extension RuleBaseComparison {
    /// The questions and choices one rule base has and the other lacks, by id and value.
    public struct VocabularyChanges: Sendable, Hashable {
        /// Ids of the questions only in the new rule base, in its order.
        public var addedQuestions: [String] = []
        /// Ids of the questions only in the old rule base, in its order.
        public var removedQuestions: [String] = []
        /// Choices only in the new rule base, question by question.
        public var addedChoices: [ChoiceName] = []
        /// Choices only in the old rule base, question by question.
        public var removedChoices: [ChoiceName] = []
        /// Choices the new rule base renamed (`renamed_from:`), whose answers carry over.
        public var renamedChoices: [Rename] = []

        /// True when both rule bases ask the same questions with the same choices.
        public var isEmpty: Bool {
            addedQuestions.isEmpty && removedQuestions.isEmpty && addedChoices.isEmpty && removedChoices.isEmpty && renamedChoices.isEmpty
        }

        /// A choice of a question: "network_complexity.cloud_first".
        public struct ChoiceName: Sendable, Hashable, CustomStringConvertible {
            /// The question's id.
            public var question: String
            /// The choice's value.
            public var value: String
            /// "question.value".
            public var description: String { "\(question).\(value)" }
        }

        /// A choice whose value changed: "plan.hourly → plan.by_the_hour".
        public struct Rename: Sendable, Hashable, CustomStringConvertible {
            /// The question's id.
            public var question: String
            /// The value in the old rule base.
            public var from: String
            /// The value in the new rule base.
            public var to: String
            /// "question.from → question.to".
            public var description: String { "\(question).\(from) → \(question).\(to)" }
        }
    }
}
