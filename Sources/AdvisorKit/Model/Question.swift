/// Position of a question in its rule base; answers and conditions refer to questions by it.
public typealias QuestionIndex = Int

/// Something the advisor asks the owner, with everything needed to ask it and to read the answer.
public struct Question: Sendable, Hashable {
    /// Stable identifier used in answer files, conditions and scripts (`users`, `variable_bills`, …).
    public var id: String
    /// A short noun phrase for tables and summaries ("Number of users").
    public var label: String
    /// The question as it is put to the owner.
    public var ask: String
    /// One paragraph on why the question matters (shown by `why` in the chat).
    public var why: String
    /// What kind of answer it takes.
    public var kind: Kind
    /// Where the question is defined.
    public var location: SourceLocation

    /// The kinds of answer a question can take.
    public enum Kind: Sendable, Hashable {
        /// A whole number within `range`, with an optional unit noun ("users").
        case integer(range: ClosedRange<Int>, unit: String?)
        /// Yes or no.
        case boolean
        /// One of a fixed list of values.
        case choice([Choice])
    }

    /// A question with every field given.
    public init(id: String, label: String, ask: String, why: String, kind: Kind, location: SourceLocation) {
        self.id = id
        self.label = label
        self.ask = ask
        self.why = why
        self.kind = kind
        self.location = location
    }

    /// The choices of a choice question; empty for other kinds.
    public var choices: [Choice] {
        if case .choice(let choices) = kind { return choices }
        return []
    }

    /// A word for the kind of answer, for messages ("a whole number", "yes or no", …).
    public var expectation: String {
        switch kind {
        case .integer(let range, _):
            if range.upperBound == Int.max { return "a whole number of at least \(range.lowerBound)" }
            return "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .boolean:
            return "yes or no (true or false)"
        case .choice(let choices):
            return "one of " + choices.map(\.value).joined(separator: ", ")
        }
    }
}

/// One value of a choice question.
public struct Choice: Sendable, Hashable {
    /// The identifier used in answer files and conditions (`prefer_fixed`).
    public var value: String
    /// A short phrase saying what the value means ("wants a fixed monthly cost").
    public var label: String
    /// Words an owner might use for this value; the chat matches typed answers against them.
    public var aliases: [String]

    /// A choice with every field given.
    public init(value: String, label: String, aliases: [String]) {
        self.value = value
        self.label = label
        self.aliases = aliases
    }
}
