import AdvisorModel

/// Evaluates a rule base: scores, partial answers, and what would change the outcome.
///
/// The engine is a value: it holds the rule base and the answer space derived from it,
/// and every method is a pure function of its arguments.
public struct Engine: Sendable {
    /// The rule base it evaluates.
    public let ruleBase: RuleBase
    /// The finite set of answers that can make a difference, per question.
    public let space: AnswerSpace
    /// The rule base as the exact reasoning core reads it.
    package let model: ScoreModel

    /// An engine for `ruleBase`; works out its answer space once.
    public init(ruleBase: RuleBase) {
        self.ruleBase = ruleBase
        self.space = AnswerSpace(ruleBase: ruleBase)
        self.model = ScoreModel(ruleBase: ruleBase, space: space)
    }

    /// Scores and ranks the options. With incomplete answers only rules that are certainly
    /// true count; use `analyze` to learn whether the result could still change.
    public func evaluate(_ answers: Answers) -> Evaluation {
        var scores = Array(repeating: 0, count: ruleBase.options.count)
        var scoring: [RuleIndex] = []
        var firedCaveats: [RuleIndex] = []
        for (index, rule) in ruleBase.rules.enumerated() where rule.condition.truth(answers) == .true {
            if !rule.points.isEmpty {
                scoring.append(index)
                for effect in rule.points { scores[effect.option] += effect.points }
            }
            if rule.caveat != nil { firedCaveats.append(index) }
        }
        let ranking = Evaluation.rank(scores)
        let caveats = firedCaveats.filter { ruleBase.rules[$0].caveatApplies(to: ranking[0]) }
        return Evaluation(scores: scores, ranking: ranking, scoringRules: scoring, caveats: caveats)
    }

    /// The recommendation for complete answers, without building an `Evaluation`.
    package func recommendation(_ answers: Answers, scores: inout [Int]) -> OptionIndex {
        for option in scores.indices { scores[option] = 0 }
        for rule in ruleBase.rules where !rule.points.isEmpty && rule.condition.holds(answers) {
            for effect in rule.points { scores[effect.option] += effect.points }
        }
        return Evaluation.best(scores)
    }
}
