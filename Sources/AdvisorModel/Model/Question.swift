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
    /// Words and phrases that name the question's topic ("people", "staff" for a number of users;
    /// "backups"): the chat reads a clause that names it as being about this question.
    public var mentions: [String]
    /// Phrases the chat reads as one answer of a number or yes-or-no question ("just me" → 1,
    /// "restores a test file" → yes), and hints that only make one probable (`isHint`: "fingers
    /// crossed" → no, confirmed first). A choice's own phrases and hints are in `Choice`.
    public var phrases: [AnswerPhrase]
    /// Whether the choices go from least to most (a few computers, some servers, many sites), so
    /// that a line naming several of them is read as the most it names ("a few PCs and a small
    /// server" → some servers), confirmed by the owner first. Choice questions only.
    public var ordered: Bool

    /// The kinds of answer a question can take.
    public enum Kind: Sendable, Hashable {
        /// A whole number within `range`, with an optional unit noun ("users").
        case integer(range: ClosedRange<Int>, unit: String?)
        /// Yes or no.
        case boolean
        /// One of a fixed list of values.
        case choice([Choice])

        /// Whether answers are whole numbers.
        public var isInteger: Bool {
            if case .integer = self { return true }
            return false
        }

        /// Whether answers are yes or no.
        public var isBoolean: Bool { self == .boolean }

        /// Whether answers are one of a list of choices.
        public var isChoice: Bool {
            if case .choice = self { return true }
            return false
        }
    }

    /// A question with every field given; `mentions`, `phrases` and `ordered` tell the chat how
    /// to read it.
    public init(
        id: String, label: String, ask: String, why: String, kind: Kind, location: SourceLocation,
        mentions: [String] = [], phrases: [AnswerPhrase] = [], ordered: Bool = false
    ) {
        self.id = id
        self.label = label
        self.ask = ask
        self.why = why
        self.kind = kind
        self.location = location
        self.mentions = mentions
        self.phrases = phrases
        self.ordered = ordered
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
    /// Short words an owner might use for this value ("fixed", "hourly"): accepted in answer files
    /// as well as in the chat.
    public var aliases: [String]
    /// Longer wordings the chat understands for this value inside a sentence ("a steady monthly
    /// amount suits us"); unlike aliases, not valid in answer files.
    public var phrases: [String]
    /// Wordings that make this value probable without saying it ("we'd cope" for little harm):
    /// the chat reads them as this value but confirms it with the owner first, and takes none as
    /// a fact out of turn; not valid in answer files.
    public var hints: [String]
    /// The value this choice had before it was renamed (`renamed_from:`), so that `rules diff`
    /// carries answers of the old value over to this one; nil when it was not renamed.
    public var renamedFrom: String?
    /// Where each alias is written in its rule file, in the order of `aliases` (so that `rules
    /// check` points at the alias itself); empty for a choice not read from a file.
    public var aliasLocations: [SourceLocation]
    /// Where each phrase is written, in the order of `phrases`; empty for a choice not read from a file.
    public var phraseLocations: [SourceLocation]
    /// Where each hint is written, in the order of `hints`; empty for a choice not read from a file.
    public var hintLocations: [SourceLocation]

    /// A choice with every field given; `phrases` are the chat's further words for it, `hints`
    /// its words that only make it probable, `renamedFrom` the value it had before a rename, and
    /// the locations where each alias, phrase and hint is written (empty when the choice was not
    /// read from a file).
    public init(
        value: String, label: String, aliases: [String], phrases: [String] = [], renamedFrom: String? = nil,
        aliasLocations: [SourceLocation] = [], phraseLocations: [SourceLocation] = [], hints: [String] = [], hintLocations: [SourceLocation] = []
    ) {
        self.value = value
        self.label = label
        self.aliases = aliases
        self.phrases = phrases
        self.hints = hints
        self.renamedFrom = renamedFrom
        self.aliasLocations = aliasLocations
        self.phraseLocations = phraseLocations
        self.hintLocations = hintLocations
    }

    /// The aliases, then the phrases, each with where it is written (nil when not known).
    public var words: [(text: String, location: SourceLocation?)] {
        Self.located(aliases, aliasLocations) + Self.located(phrases, phraseLocations)
    }

    /// The hints, each with where it is written (nil when not known).
    public var locatedHints: [(text: String, location: SourceLocation?)] {
        Self.located(hints, hintLocations)
    }

    private static func located(_ texts: [String], _ locations: [SourceLocation]) -> [(text: String, location: SourceLocation?)] {
        texts.enumerated().map { index, text in (text, locations.indices.contains(index) ? locations[index] : nil) }
    }
}

/// A wording the chat reads as one particular answer to a number or yes-or-no question.
public struct AnswerPhrase: Sendable, Hashable {
    /// The words, as written in the rule file ("just me").
    public var text: String
    /// The answer they give (`.integer(1)`, `.boolean(true)`).
    public var value: AnswerValue
    /// Where the phrase is written in its rule file; nil for a phrase not read from a file.
    public var location: SourceLocation?
    /// Whether the phrase only makes its answer probable (`hints:` in the rule file), so that the
    /// chat confirms it first and never takes it as a fact out of turn.
    public var isHint: Bool

    /// The phrase `text`, giving `value` (only probably, as a hint), written at `location` (nil
    /// when not read from a file).
    public init(_ text: String, means value: AnswerValue, at location: SourceLocation? = nil, hint: Bool = false) {
        self.text = text
        self.value = value
        self.location = location
        self.isHint = hint
    }
}
