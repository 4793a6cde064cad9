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
        let outcome = change.recommendation.map { "\(ruleBase.options[$0].name) would lead." }
            ?? "the outcome would depend on questions not answered yet."
        return "\(question.label): \(target(change, in: ruleBase)) → \(outcome)"
    }

    /// "+4 Managed services provider, −4 Break-fix shop".
    public static func effects(of rule: Rule, in ruleBase: RuleBase) -> String {
        rule.points.map { "\(signed($0.points)) \(ruleBase.options[$0.option].name)" }.joined(separator: ", ")
    }

    /// "Break-Fix model, My Recommendation" or "assumption: …".
    public static func provenance(_ provenance: Provenance) -> String {
        switch provenance {
        case .source(let citation): return "source: \(citation)"
        case .assumption(let rationale): return "assumption (the article is silent): \(rationale)"
        }
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
