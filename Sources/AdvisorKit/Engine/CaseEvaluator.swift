/// Evaluates one case of a batch as `advisor --answers` would: complete answers through the
/// compiled engine; incomplete ones through the partial analysis, which either settles the
/// recommendation or names the questions still needed.
///
/// One per thread; complete answers allocate nothing.
public final class CaseEvaluator {
    public let engine: Engine
    private let compiled: CompiledEvaluator
    /// For incomplete answers, the settled recommendation and its caveats.
    private var settled: (recommendation: Int, caveats: [Int])?

    public init(engine: Engine, compiled: CompiledRuleBase) {
        self.engine = engine
        self.compiled = CompiledEvaluator(compiled)
    }

    /// The recommendation of the last case evaluated without a problem.
    public var recommendation: Int { settled?.recommendation ?? compiled.recommendation }

    /// Hands `body` the last case's recommendation, scores (with incomplete answers, of the rules
    /// certainly true), scoring rules and applicable caveats, without copying them.
    public func withResult<Result>(
        _ body: (_ recommendation: Int, _ scores: UnsafeBufferPointer<Int>, _ rules: UnsafeBufferPointer<Int>, _ caveats: UnsafeBufferPointer<Int>) -> Result
    ) -> Result {
        guard let settled else {
            return body(compiled.recommendation, compiled.scores, compiled.scoringRules, compiled.caveats)
        }
        return settled.caveats.withUnsafeBufferPointer { body(settled.recommendation, compiled.scores, compiled.scoringRules, $0) }
    }

    /// Evaluates one case; returns the problem when the answers leave the recommendation open.
    public func evaluate(_ words: UnsafeBufferPointer<Int>) -> AnswerProblem? {
        settled = nil
        compiled.evaluate(words)
        guard words.contains(AnswerVector.unanswered) else { return nil }
        let ruleBase = engine.ruleBase
        let answers = AnswerVector.answers(words, questions: ruleBase.questions)
        let partial = engine.analyze(answers, scoreRanges: false)
        guard let recommendation = partial.settledRecommendation else {
            let needed = partial.openQuestions.map { "\(ruleBase.questions[$0.question].id) (\(ruleBase.questions[$0.question].expectation))" }
            let candidates = partial.possibleRecommendations.map { ruleBase.options[$0].id }.joined(separator: " or ")
            return AnswerProblem(
                question: partial.openQuestions.first.map { ruleBase.questions[$0.question].id },
                message: "the answers do not settle the recommendation yet (it could be \(candidates)); still needed: \(needed.joined(separator: ", "))")
        }
        if recommendation != compiled.recommendation {
            let caveats = ruleBase.rules.indices.filter { index in
                let rule = ruleBase.rules[index]
                return rule.caveat != nil && rule.condition.truth(answers) == .true
                    && (rule.ifRecommended.isEmpty || rule.ifRecommended.contains(recommendation))
            }
            settled = (recommendation, caveats)
        }
        return nil
    }
}
