import AdvisorModel

/// Evaluates one case of a batch as `advisor --answers` would: complete answers through the
/// compiled engine; incomplete ones through the partial analysis, which either settles the
/// recommendation or names the questions still needed.
///
/// One per thread; complete answers allocate nothing.
public final class CaseEvaluator {
    /// The engine, for what the compiled rules do not hold (partial answers).
    public let engine: Engine
    private let compiled: CompiledEvaluator
    /// For incomplete answers, the settled recommendation and its caveats.
    private var settled: (recommendation: Int, caveats: [Int])?

    /// An evaluator of `compiled`, the compiled form of `engine`'s rule base.
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
            let unsettled = AdviceError.unsettled(openQuestions: partial.openQuestions.map(\.question), possible: partial.possibleRecommendations)
            return AnswerProblem(
                question: unsettled.openQuestions.first.map { ruleBase.questions[$0].id }, message: unsettled.message(in: ruleBase))
        }
        if recommendation != compiled.recommendation {
            settled = (recommendation, engine.caveats(for: answers, recommending: recommendation))
        }
        return nil
    }
}
