import AdvisorModel

extension RuleBaseComparison {
    /// The questions and choices one rule base has and the other lacks, by id and value, and the
    /// questions of both whose range or kind of answer changed.
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
        /// Questions of both whose range of numbers or kind of answer changed, in the old base's order.
        public var changedQuestions: [QuestionChange] = []

        /// True when both rule bases ask the same questions, with the same choices and ranges.
        public var isEmpty: Bool {
            addedQuestions.isEmpty && removedQuestions.isEmpty && addedChoices.isEmpty && removedChoices.isEmpty && renamedChoices.isEmpty
                && changedQuestions.isEmpty
        }

        /// A question whose answers changed: "users 1–10000 → 1–500" (range), or "backups: yes or
        /// no (true or false) → one of daily, never" (kind).
        public struct QuestionChange: Sendable, Hashable, CustomStringConvertible {
            /// What changed.
            public enum Aspect: String, Sendable, Hashable {
                /// The range of a number question: numbers outside one base's range count there as unanswered.
                case range
                /// The kind of answer: the comparison treats the two as different questions, `id (old)` and `id (new)`.
                case kind
            }
            /// The question's id.
            public var question: String
            /// Whether the range or the kind changed.
            public var aspect: Aspect
            /// The old range ("1–10000") or kind of answer ("yes or no (true or false)").
            public var old: String
            /// The new range or kind of answer.
            public var new: String
            /// "users 1–10000 → 1–500", "backups: yes or no (true or false) → one of daily, never".
            public var description: String {
                aspect == .range ? "\(question) \(old) → \(new)" : "\(question): \(old) → \(new)"
            }
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
