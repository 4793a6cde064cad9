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
    /// How we read the article where the rule holds a number it does not give (a threshold in the
    /// condition, the weight of the points): one sentence, shown with the reason.
    public var interpretation: String?
    /// Where the rule is defined.
    public var location: SourceLocation

    /// A rule with every field given.
    public init(
        id: String, theme: String?, conditionText: String, condition: Condition, points: [Effect],
        caveat: String?, ifRecommended: [OptionIndex], because: String, provenance: Provenance,
        interpretation: String? = nil, location: SourceLocation
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
        self.interpretation = interpretation
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

    /// True when the rule is a caveat to show, should it fire, with `recommendation` recommended:
    /// its `if_recommended` is empty or names that option.
    public func caveatApplies(to recommendation: OptionIndex) -> Bool {
        caveat != nil && (ifRecommended.isEmpty || ifRecommended.contains(recommendation))
    }
}

/// Where a rule's advice (or a cost parameter's value) comes from: claims of the source article,
/// a whole section of it, or an assumption of ours.
public enum Provenance: Sendable, Hashable {
    /// Claims of the article (`claims: [id, …]`), in the order cited; never empty.
    case claims([Claim])
    /// A whole section, "Break-Fix model, My Recommendation" (`source:`): the coarser citation, for
    /// rule bases whose article lists no claims.
    case source(String)
    /// The article is silent; the text says what we assume and why.
    case assumption(String)

    /// The section cited ("Break-Fix model, My Recommendation"); for claims from several
    /// sections, each section once, in the order cited, joined by "; ". Nil for an assumption.
    public var source: String? {
        switch self {
        case .source(let text): return text
        case .claims(let claims):
            var sections: [String] = []
            for claim in claims where !sections.contains(claim.source) { sections.append(claim.source) }
            return sections.joined(separator: "; ")
        case .assumption: return nil
        }
    }

    /// The claims cited; empty for a section citation or an assumption.
    public var claims: [Claim] {
        if case .claims(let claims) = self { return claims }
        return []
    }

    /// True when the provenance cites the article (claims or a section) rather than an assumption.
    public var citesArticle: Bool { assumption == nil }

    /// The assumption's rationale, or nil for a sourced rule.
    public var assumption: String? {
        if case .assumption(let text) = self { return text }
        return nil
    }
}
