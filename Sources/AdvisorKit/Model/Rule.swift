/// Position of a rule in its rule base.
public typealias RuleIndex = Int

/// A piece of advice: when its condition holds, it moves options' scores and/or raises a caveat.
public struct Rule: Sendable, Hashable {
    /// Stable identifier, unique across the rule base.
    public var id: String
    /// The theme of the file the rule comes from ("Size of the business"), if the file names one.
    public var theme: String?
    /// The condition as the author wrote it.
    public var conditionText: String
    /// The checked condition.
    public var condition: Condition
    /// Points for (positive) or against (negative) options, in the order written.
    public var points: [Effect]
    /// A warning to show when the rule fires, if the rule is a caveat.
    public var caveat: String?
    /// When not empty, the caveat is shown only if one of these options is recommended.
    public var ifRecommended: [OptionIndex]
    /// Why the rule exists, in plain words.
    public var because: String
    /// Where the advice comes from.
    public var provenance: Provenance
    /// Where the rule is defined.
    public var location: SourceLocation

    /// A rule with every field given.
    public init(
        id: String, theme: String?, conditionText: String, condition: Condition, points: [Effect],
        caveat: String?, ifRecommended: [OptionIndex], because: String, provenance: Provenance,
        location: SourceLocation
    ) {
        self.id = id
        self.theme = theme
        self.conditionText = conditionText
        self.condition = condition
        self.points = points
        self.caveat = caveat
        self.ifRecommended = ifRecommended
        self.because = because
        self.provenance = provenance
        self.location = location
    }

    /// Points given to one option.
    public struct Effect: Sendable, Hashable {
        /// The option.
        public var option: OptionIndex
        /// The points, for (above 0) or against (below 0) the option.
        public var points: Int

        /// `points` for `option`.
        public init(option: OptionIndex, points: Int) {
            self.option = option
            self.points = points
        }
    }

    /// The points this rule gives `option` when it fires (0 when it does not mention it).
    public func points(for option: OptionIndex) -> Int {
        points.reduce(0) { $0 + ($1.option == option ? $1.points : 0) }
    }
}

/// Where a rule's advice comes from: a section of the source article, or an assumption of ours.
public enum Provenance: Sendable, Hashable {
    /// A citation such as "Break-Fix model, My Recommendation".
    case source(String)
    /// The article is silent; the text says what we assume and why.
    case assumption(String)

    /// The citation, or nil for an assumption.
    public var source: String? {
        if case .source(let text) = self { return text }
        return nil
    }

    /// The assumption's rationale, or nil for a sourced rule.
    public var assumption: String? {
        if case .assumption(let text) = self { return text }
        return nil
    }
}
