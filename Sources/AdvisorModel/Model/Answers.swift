/// The value of one answer, already checked against its question.
public enum AnswerValue: Sendable, Hashable {
    /// A whole number, for a number question.
    case integer(Int)
    /// Yes (true) or no (false).
    case boolean(Bool)
    /// The index of the chosen value among the question's choices.
    case choice(Int)
}

/// The owner's answers, one slot per question of a rule base; `nil` means not answered (yet).
public struct Answers: Sendable, Hashable {
    /// One slot per question, in the rule base's question order.
    public var values: [AnswerValue?]

    /// No question answered.
    public init(questionCount: Int) {
        values = Array(repeating: nil, count: questionCount)
    }

    /// Answers with these `values`, one per question (nil: unanswered).
    public init(values: [AnswerValue?]) {
        self.values = values
    }

    /// The answer to `question`; nil when it is unanswered.
    public subscript(question: QuestionIndex) -> AnswerValue? {
        get { values[question] }
        set { values[question] = newValue }
    }

    /// The questions not answered, in order.
    public var unanswered: [QuestionIndex] { values.indices.filter { values[$0] == nil } }

    /// True when every question has an answer.
    public var isComplete: Bool { !values.contains(nil) }

    /// These answers with one answer replaced.
    public func with(_ question: QuestionIndex, _ value: AnswerValue?) -> Answers {
        var copy = self
        copy.values[question] = value
        return copy
    }
}

extension Question {
    /// The answer written the way answer files and conditions spell it (`12`, `true`, `prefer_fixed`).
    public func spelling(of value: AnswerValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .choice(let index): return choices.indices.contains(index) ? choices[index].value : "?"
        }
    }

    /// The answer in plain words for people ("12 users", "yes", "wants a fixed monthly cost").
    public func describe(_ value: AnswerValue) -> String {
        switch (value, kind) {
        case (.integer(let number), .integer(_, let unit?)): return "\(number) \(Prose.unit(unit, for: number))"
        case (.integer(let number), _): return String(number)
        case (.boolean(let flag), _): return flag ? "yes" : "no"
        case (.choice(let index), _): return choices.indices.contains(index) ? choices[index].label : "?"
        }
    }
}
