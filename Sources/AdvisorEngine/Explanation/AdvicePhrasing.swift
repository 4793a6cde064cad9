import AdvisorModel

/// Plain-language phrases shared by every renderer, so text, Markdown and JSON say the same thing.
public enum AdvicePhrasing {
    /// "16 or more users", "1 to 10 users", "5 users".
    public static func numbers(_ range: ClosedRange<Int>, unit: String?) -> String {
        let suffix = unit.map { " \($0)" } ?? ""
        if range.lowerBound == range.upperBound { return "\(range.lowerBound)\(suffix)" }
        if range.upperBound == Int.max { return "\(range.lowerBound) or more\(suffix)" }
        return "\(range.lowerBound) to \(range.upperBound)\(suffix)"
    }

    /// What a changed answer would be, in words ("16 or more users", "wants a fixed monthly cost", "no").
    public static func target(_ change: AnswerChange, in ruleBase: RuleBase) -> String {
        let question = ruleBase.questions[change.question]
        switch change.to {
        case .numbers(let range):
            if case .integer(_, let unit) = question.kind { return numbers(range, unit: unit) }
            return numbers(range, unit: nil)
        case .value(let value):
            return question.describe(value)
        }
    }

    /// "Number of users: 16 or more users → Managed services provider would lead.", or
    /// "… → the outcome would depend on questions not answered yet."
    public static func sentence(for change: AnswerChange, in ruleBase: RuleBase) -> String {
        let question = ruleBase.questions[change.question]
        let outcome =
            change.recommendation.map { "\(ruleBase.options[$0].name) would lead." }
            ?? "the outcome would depend on questions not answered yet."
        return "\(question.label): \(target(change, in: ruleBase)) → \(outcome)"
    }

    /// "+4 Managed services provider, −4 Break-fix shop".
    public static func effects(of rule: Rule, in ruleBase: RuleBase) -> String {
        rule.points.map { "\(signed($0.points)) \(ruleBase.options[$0.option].name)" }.joined(separator: ", ")
    }

    /// "source: Break-Fix model, My Recommendation (claims: handful_best_fit)", or "assumption: …".
    public static func provenance(_ provenance: Provenance) -> String {
        switch provenance {
        case .claims(let claims): return "source: \(provenance.source ?? "") (claims: \(claims.map(\.id).joined(separator: ", ")))"
        case .source(let citation): return "source: \(citation)"
        case .assumption(let rationale): return "assumption (the article is silent): \(rationale)"
        }
    }

    /// The provenance, then "Our reading: …" when there is an interpretation.
    public static func provenance(_ provenance: Provenance, interpretation: String?) -> String {
        [self.provenance(provenance), interpretation.map(self.interpretation)].compactMap { $0 }.joined(separator: ". ")
    }

    /// "Our reading: …": how we read the article where a rule or parameter holds a number it does not give.
    public static func interpretation(_ text: String) -> String { "Our reading: \(text)" }

    /// "Rule base: Rules, SHA-256 1a2b3c4d5e6f", and "; costs: FILE, SHA-256 …" for a cost model
    /// read on its own; nil when the rule base was not read from files.
    public static func ruleBase(_ identity: RuleBaseIdentity?, costs: RuleBaseIdentity? = nil) -> String? {
        guard let identity else { return nil }
        let costPart = costs.map { "; costs: \($0.name), SHA-256 \($0.shortDigest)" } ?? ""
        return "Rule base: \(identity.name), SHA-256 \(identity.shortDigest)\(costPart)"
    }

    /// "+4", "−4" (with a real minus sign), "0".
    public static func signed(_ points: Int) -> String {
        points > 0 ? "+\(points)" : points < 0 ? "−\(points.magnitude)" : "0"
    }

    /// A score, or its possible range while questions are open ("5", "3 to 7").
    public static func score(_ standing: Advice.Standing) -> String {
        standing.range.lowerBound == standing.range.upperBound
            ? "\(standing.score)"
            : "\(standing.range.lowerBound) to \(standing.range.upperBound)"
    }
}
