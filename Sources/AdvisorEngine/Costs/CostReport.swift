import AdvisorModel

/// The cost estimate that stands beside a recommendation: every option's yearly cost, where the
/// cheapest option changes, and one sentence on how cost and recommendation relate.
///
/// The recommendation stays with the rules; nothing here changes it.
public struct CostReport: Sendable {
    /// The estimator behind the figures: the cost model with the assumptions in force.
    public let estimator: CostEstimator
    /// The answers the estimate is for.
    public let answers: Answers
    /// Every option, in ranking order (the recommendation's ranking, or the current scores').
    public let estimates: [CostEstimate]
    /// Every parameter's values under the answers.
    public let resolved: [CostEstimator.Resolved]
    /// The option with the lowest typical-year cost.
    public let cheapest: OptionIndex
    /// The recommendation, when the answers settle it.
    public let recommendation: OptionIndex?
    /// The rule that, of those that fired, did most to put the recommendation above the cheapest option.
    public let decidingRule: RuleIndex?
    /// Where the cheapest option changes: along each number question, and by each assumption.
    public let breakEven: CostBreakEven

    /// The cost model.
    public var model: CostModel { estimator.model }
    /// The rule base of the answers.
    public var ruleBase: RuleBase { estimator.ruleBase }
    /// The currency of every amount, such as `USD`.
    public var currency: String { model.currency }

    /// Unanswered questions that change some parameter in use, so the ranges are wider than they will be.
    public var openQuestions: [QuestionIndex] {
        let used = Set(estimates.flatMap { $0.parts.flatMap(\.parameters) })
        let questions = used.filter { resolved[$0].isOpen }.flatMap { index in
            model.parameters[index].cases.flatMap(\.condition.questions)
        }
        return Set(questions).filter { answers[$0] == nil }.sorted()
    }

    /// Builds the report. `advice` gives the recommendation and the ranking order; without it
    /// (questions still open) the options are ordered by the scores so far.
    public init(engine: Engine, assumptions: CostAssumptions, answers: Answers, advice: Advice?) throws(CostEstimateError) {
        let estimator = CostEstimator(assumptions: assumptions, ruleBase: engine.ruleBase)
        let byOption = try estimator.estimates(answers)
        let order = advice?.ranking.map(\.option) ?? engine.evaluate(answers).ranking
        self.estimator = estimator
        self.answers = answers
        self.estimates = order.map { byOption[$0] }
        self.resolved = estimator.resolve(answers)
        self.cheapest = byOption.cheapest ?? 0
        self.recommendation = advice?.recommendation
        self.breakEven = estimator.breakEven(answers)
        if let advice, advice.recommendation != cheapest {
            let rules = engine.ruleBase.rules
            let margin = { (index: RuleIndex) in rules[index].points(for: advice.recommendation) - rules[index].points(for: byOption.cheapest ?? 0) }
            self.decidingRule = advice.reasons.enumerated().max { lhs, rhs in
                margin(lhs.element) != margin(rhs.element) ? margin(lhs.element) < margin(rhs.element) : lhs.offset > rhs.offset
            }.flatMap { margin($0.element) > 0 ? $0.element : nil }
        } else {
            self.decidingRule = nil
        }
    }

    /// The estimate of one option.
    public func estimate(of option: OptionIndex) -> CostEstimate? {
        estimates.first { $0.option == option }
    }

    /// The parameters any estimate reads, in model order.
    public var parametersInUse: [CostParameterIndex] {
        let used = Set(estimates.flatMap { $0.parts.flatMap(\.parameters) })
        return model.parameters.indices.filter(used.contains)
    }

    /// The option to compare the recommendation (or the cheapest) with: the cheapest when they
    /// differ, else the next cheapest.
    public var comparedPair: (OptionIndex, OptionIndex)? {
        let first = recommendation ?? cheapest
        if first != cheapest { return (first, cheapest) }
        let others = estimates.filter { $0.option != first }
        guard let next = others.min(by: { $0.expected != $1.expected ? $0.expected < $1.expected : $0.option < $1.option }) else { return nil }
        return (first, next.option)
    }
}
