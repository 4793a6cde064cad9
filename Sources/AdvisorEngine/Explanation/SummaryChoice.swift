import AdvisorModel

/// How the owner's summary picks its parts from the advice: the deciding reasons, the caveats
/// in order of importance, the nearest changes and the cost line.
enum SummaryChoice {
    // MARK: Reasons

    /// The fired rules that speak for the recommendation, strongest first: those whose loss
    /// would change the outcome (the recommendation would no longer certainly lead), then by
    /// how far each puts the recommendation ahead of the runner-up, then by how far ahead of any
    /// other option, then by its own points for the recommendation, then in rule order. A rule
    /// counts when its loss would change the outcome, or when it puts the recommendation ahead
    /// of some option without setting it back against the runner-up.
    static func decidingReasons(_ advice: Advice) -> [RuleIndex] {
        let rules = advice.ruleBase.rules
        let chosen = advice.recommendation
        let rivals = advice.ranking.map(\.option).filter { $0 != chosen }
        struct Strength {
            var index: RuleIndex, decisive: Bool, overRunnerUp: Int, overAny: Int, own: Int
        }
        let strengths = advice.reasons.map { index -> Strength in
            let rule = rules[index]
            let own = rule.points(for: chosen)
            return Strength(
                index: index, decisive: isDecisive(rule, advice), overRunnerUp: own - (rivals.first.map(rule.points(for:)) ?? 0),
                overAny: rivals.map { own - rule.points(for: $0) }.max() ?? own, own: own)
        }
        return strengths.filter { $0.decisive || ($0.overRunnerUp >= 0 && ($0.overAny > 0 || $0.own > 0)) }.sorted { lhs, rhs in
            if lhs.decisive != rhs.decisive { return lhs.decisive }
            if lhs.overRunnerUp != rhs.overRunnerUp { return lhs.overRunnerUp > rhs.overRunnerUp }
            if lhs.overAny != rhs.overAny { return lhs.overAny > rhs.overAny }
            if lhs.own != rhs.own { return lhs.own > rhs.own }
            return lhs.index < rhs.index
        }.map(\.index)
    }

    /// True when, without `rule`'s points, the recommendation would no longer lead for every
    /// answer still open: some option's highest possible score would reach its lowest (a tie
    /// goes to the option listed first, as in the engine).
    static func isDecisive(_ rule: Rule, _ advice: Advice) -> Bool {
        guard let chosen = advice.ranking.first else { return false }
        let floor = chosen.range.lowerBound - rule.points(for: chosen.option)
        return advice.ranking.dropFirst().contains { other in
            let ceiling = other.range.upperBound - rule.points(for: other.option)
            return ceiling > floor || (ceiling == floor && other.option < chosen.option)
        }
    }

    /// The rules that fire whatever the open answers, for the options still possible, strongest
    /// first: by the most points they give one of those options, then in rule order.
    static func commonReasons(_ conditional: ConditionalAdvice) -> [RuleIndex] {
        let rules = conditional.ruleBase.rules
        let best = { (index: RuleIndex) in conditional.possible.map { rules[index].points(for: $0) }.max() ?? 0 }
        return conditional.reasons.filter { best($0) > 0 }.sorted { best($0) != best($1) ? best($0) > best($1) : $0 < $1 }
    }

    // MARK: Caveats

    /// Caveats, most important first: those that hold whatever is chosen before those about the
    /// option recommended, and among each, those that follow from the owner's answers before
    /// those that always come with the option; otherwise in rule order. A caveat about the
    /// business itself, such as nobody watching the backups, so always comes first.
    static func caveatsByImportance(_ caveats: [RuleIndex], in ruleBase: RuleBase) -> [RuleIndex] {
        let rank = { (index: RuleIndex) -> Int in
            let rule = ruleBase.rules[index]
            return (rule.ifRecommended.isEmpty ? 0 : 1) + (rule.condition.questions.isEmpty ? 2 : 0)
        }
        return caveats.sorted { rank($0) != rank($1) ? rank($0) < rank($1) : $0 < $1 }
    }

    // MARK: Changes

    /// The nearest change of each question that would change the recommendation, nearest first:
    /// changes that settle on another option before those that reopen the decision, then by
    /// distance (a number by how far it moves relative to the answer, a yes or no by 1, a choice
    /// by how many places it moves in the question's list), then in question order.
    static func nearestChanges(_ advice: Advice) -> [AnswerChange] {
        let ruleBase = advice.ruleBase
        var nearest: [QuestionIndex: (change: AnswerChange, distance: Double)] = [:]
        for change in advice.changes {
            let distance = self.distance(of: change, from: advice.answers[change.question], in: ruleBase)
            if let found = nearest[change.question], found.distance <= distance { continue }
            nearest[change.question] = (change, distance)
        }
        return nearest.values.sorted { lhs, rhs in
            let settled = (lhs.change.recommendation != nil, rhs.change.recommendation != nil)
            if settled.0 != settled.1 { return settled.0 }
            if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
            return lhs.change.question < rhs.change.question
        }.map(\.change)
    }

    static func distance(of change: AnswerChange, from current: AnswerValue?, in ruleBase: RuleBase) -> Double {
        switch (change.to, current) {
        case (.numbers(let range), .integer(let now)?):
            let target = range.lowerBound > now ? range.lowerBound : range.upperBound < now ? range.upperBound : now
            return Double(abs(target - now)) / Double(max(abs(now), 1))
        case (.value(.choice(let index)), .choice(let now)?):
            return Double(abs(index - now))
        default:
            return 1
        }
    }

    // MARK: Cost

    /// "Typical cost a year: 9,360 USD; the cheapest other, Sole proprietor: 7,220 USD." (with
    /// ", the least of all" after the amount when no other option costs less). Nil without a cost model, or while a number the formulas need is unanswered.
    static func costLine(recommendation: OptionIndex, answers: Answers, costs: CostAssumptions?, in ruleBase: RuleBase) -> String? {
        guard let costs, let totals = try? CostEstimator(assumptions: costs, ruleBase: ruleBase).typicalTotals(answers) else { return nil }
        let currency = costs.model.currency
        let own = "Typical cost a year: \(CostPhrasing.money(totals[recommendation], currency))"
        // The cheapest other option; the first listed among equals, as `[CostEstimate].cheapest`.
        guard let cheapest = totals.indices.filter({ $0 != recommendation }).min(by: { (totals[$0], $0) < (totals[$1], $1) }) else {
            return own + "."
        }
        let name = ruleBase.options[cheapest].name
        let least = totals[recommendation] <= totals[cheapest] ? ", the least of all" : ""
        return own + least + "; the cheapest other, \(name): \(CostPhrasing.money(totals[cheapest], currency))."
    }

    /// "Typical cost a year: Managed services provider 14,400 USD, Break-fix shop 9,360 USD."
    static func costLine(possible: [OptionIndex], answers: Answers, costs: CostAssumptions?, in ruleBase: RuleBase) -> String? {
        guard let costs, !possible.isEmpty, let totals = try? CostEstimator(assumptions: costs, ruleBase: ruleBase).typicalTotals(answers) else {
            return nil
        }
        let currency = costs.model.currency
        let parts = possible.map { "\(ruleBase.options[$0].name) \(CostPhrasing.money(totals[$0], currency))" }
        return "Typical cost a year: \(Prose.list(parts))."
    }
}
