import AdvisorModel

/// The advice that can be given while questions that matter stay open (the owner does not know
/// the answer): for each answer of the open question that matters most, what would be
/// recommended ("If cost of downtime is “a lot”: Managed services provider; otherwise:
/// Break-fix shop"). Answers that lead to the same option are one branch.
///
/// Built from the engine's partial analysis only (`Engine.analyze`), so it holds whatever
/// reasoning core the engine uses. Renderers turn it into text, JSON or Markdown.
public struct ConditionalAdvice: Sendable {
    /// The rule base the advice comes from.
    public let ruleBase: RuleBase
    /// The answers given; the open questions are nil.
    public let answers: Answers
    /// Questions the owner said they do not know (for display; every unanswered question counts as open).
    public let unknown: Set<QuestionIndex>
    /// The unanswered questions that could still change the recommendation, most influential first.
    public let openQuestions: [QuestionIndex]
    /// The open question whose answer matters most (the most influential one whose answers lead
    /// to different outcomes): the branches are its answers.
    public let deciding: QuestionIndex
    /// Every option some answers to the open questions would make the recommendation, in option order.
    public let possible: [OptionIndex]
    /// One branch per outcome of the deciding question's answers, in the order of their first answer.
    public let branches: [Branch]
    /// Scoring rules that fire whatever the open answers are, in rule order.
    public let reasons: [RuleIndex]
    /// Caveats that apply whatever the open answers are and whichever option is recommended.
    public let caveats: [RuleIndex]
    /// Every option's points so far and the lowest and highest the open answers allow, in option order.
    public let scores: [Advice.Standing]

    /// Some answers of the deciding question, and what they would lead to.
    public struct Branch: Sendable, Hashable {
        /// The answers this branch covers: values, or stretches of numbers that behave alike.
        public var answers: [AnswerChange.Target]
        /// The recommendation these answers settle; nil when it still depends on other open questions.
        public var recommendation: OptionIndex?
        /// The options it could be (the recommendation alone when settled), in option order.
        public var possible: [OptionIndex]
        /// The other open questions that could still change the outcome here, most influential first.
        public var dependsOn: [QuestionIndex]
        /// Scoring rules that fire for every answer of the branch, beyond those that fire whatever.
        public var reasons: [RuleIndex]
        /// Caveats that apply for every answer of the branch, beyond those that apply whatever.
        public var caveats: [RuleIndex]
        /// How many of the deciding question's distinct answers (values or stretches) it covers.
        public var size: Int
    }
}

extension Engine {
    /// The conditional advice for `answers`, or nil when the recommendation is settled (then
    /// `advise` gives it) or nothing could change it. `unknown` marks the questions the owner
    /// said they do not know, for display.
    public func conditionalAdvice(_ answers: Answers, unknown: Set<QuestionIndex> = []) -> ConditionalAdvice? {
        let partial = analyze(answers)
        guard partial.settledRecommendation == nil, !partial.openQuestions.isEmpty else { return nil }
        let open = partial.openQuestions.map(\.question)
        let now = evaluate(answers)
        let common = Set(now.scoringRules)
        let commonCaveats = caveatsHolding(answers, forAll: partial.possibleRecommendations)
        // The most influential open question whose answers lead to different outcomes (almost
        // always the first); its branches are the advice.
        var chosen: (question: QuestionIndex, branches: [ConditionalAdvice.Branch])?
        for question in open {
            let branches = self.branches(of: question, answers, open: open, common: common, commonCaveats: Set(commonCaveats))
            if chosen == nil || branches.count > 1 { chosen = (question, branches) }
            if branches.count > 1 { break }
        }
        guard let chosen else { return nil }
        let scores = ruleBase.options.indices.map { option in
            Advice.Standing(option: option, score: now.scores[option], range: partial.scoreRanges[option])
        }
        return ConditionalAdvice(
            ruleBase: ruleBase, answers: answers, unknown: unknown, openQuestions: open, deciding: chosen.question,
            possible: partial.possibleRecommendations, branches: chosen.branches, reasons: now.scoringRules,
            caveats: commonCaveats, scores: scores)
    }

    /// The answers of `deciding`, grouped by the outcome they lead to (adjacent stretches of
    /// numbers joined), with the rules and caveats each group adds to `common` and `commonCaveats`.
    private func branches(
        of deciding: QuestionIndex, _ answers: Answers, open: [QuestionIndex], common: Set<RuleIndex>, commonCaveats: Set<RuleIndex>
    ) -> [ConditionalAdvice.Branch] {
        let stretches = space.stretches[deciding]
        var branches: [ConditionalAdvice.Branch] = []
        var reasonSets: [Set<RuleIndex>] = [], caveatSets: [Set<RuleIndex>] = []
        var previous: [OptionIndex]?
        for (position, value) in space.domains[deciding].enumerated() {
            let filled = answers.with(deciding, value)
            let result = analyze(filled)
            let target: AnswerChange.Target = stretches.isEmpty ? .value(value) : .numbers(stretches[position])
            let key = result.possibleRecommendations
            let dependsOn = result.openQuestions.map(\.question)
            let reasons = Set(evaluate(filled).scoringRules).subtracting(common)
            let caveats = Set(caveatsHolding(filled, forAll: key)).subtracting(commonCaveats)
            defer { previous = key }
            guard let index = branches.firstIndex(where: { $0.possible == key }) else {
                branches.append(
                    ConditionalAdvice.Branch(
                        answers: [target], recommendation: result.settledRecommendation, possible: key,
                        dependsOn: dependsOn, reasons: [], caveats: [], size: 1))
                reasonSets.append(reasons)
                caveatSets.append(caveats)
                continue
            }
            // A stretch of numbers right after the branch's last one widens it.
            if previous == key, case .numbers(let last)? = branches[index].answers.last, case .numbers(let next) = target {
                branches[index].answers[branches[index].answers.count - 1] = .numbers(last.lowerBound...next.upperBound)
            } else {
                branches[index].answers.append(target)
            }
            branches[index].size += 1
            branches[index].dependsOn = open.filter { (branches[index].dependsOn + dependsOn).contains($0) }
            reasonSets[index].formIntersection(reasons)
            caveatSets[index].formIntersection(caveats)
        }
        for index in branches.indices {
            branches[index].reasons = reasonSets[index].sorted()
            branches[index].caveats = caveatSets[index].sorted()
        }
        return branches
    }

    /// Caveat rules certainly true for `answers` that apply to every option of `recommendations`.
    private func caveatsHolding(_ answers: Answers, forAll recommendations: [OptionIndex]) -> [RuleIndex] {
        ruleBase.rules.indices.filter { index in
            let rule = ruleBase.rules[index]
            return rule.caveat != nil && rule.condition.truth(answers) == .true
                && (rule.ifRecommended.isEmpty || recommendations.allSatisfy(rule.ifRecommended.contains))
        }
    }
}

extension ConditionalAdvice {
    /// "cost of downtime is “a lot; work stops and money is lost”", "number of users is 1 to 5
    /// users or 16 or more users".
    public func condition(_ branch: Branch) -> String {
        "\(ruleBase.questions[deciding].label.lowercased()) is \(answersText(branch))"
    }

    /// The branch's answers in words: "“a lot; work stops and money is lost”", "1 to 5 users or
    /// 16 or more users".
    public func answersText(_ branch: Branch) -> String {
        let question = ruleBase.questions[deciding]
        let answers = branch.answers.map { target -> String in
            switch target {
            case .numbers(let range):
                if case .integer(_, let unit) = question.kind { return AdvicePhrasing.numbers(range, unit: unit) }
                return AdvicePhrasing.numbers(range, unit: nil)
            case .value(let value):
                return "“\(question.describe(value))”"
            }
        }
        return Prose.list(answers, conjunction: "or")
    }

    /// "Managed services provider", or "Break-fix shop or Managed services provider, depending
    /// on network complexity".
    public func outcome(_ branch: Branch) -> String {
        if let recommendation = branch.recommendation { return ruleBase.options[recommendation].name }
        let names = Prose.list(branch.possible.map { ruleBase.options[$0].name }, conjunction: "or")
        let questions = branch.dependsOn.map { ruleBase.questions[$0].label.lowercased() }
        return questions.isEmpty ? names : "\(names), depending on \(Prose.list(questions))"
    }

    /// The branches as one sentence, the one covering most answers last as “otherwise”: "If cost
    /// of downtime is “a lot; work stops and money is lost”: Managed services provider;
    /// otherwise: Break-fix shop."
    public var summary: String {
        let largest = branches.indices.max { branches[$0].size < branches[$1].size || (branches[$0].size == branches[$1].size && $0 > $1) }
        var parts = branches.indices.filter { $0 != largest }.map { "if \(condition(branches[$0])): \(outcome(branches[$0]))" }
        if let largest {
            parts.append(parts.isEmpty ? "whatever the answer: \(outcome(branches[largest]))" : "otherwise: \(outcome(branches[largest]))")
        }
        return parts.joined(separator: "; ").capitalizedFirst + "."
    }

    /// How an answer is shown in a report: the answer, "don't know", or "not answered".
    public func describeAnswer(_ question: QuestionIndex) -> String {
        if let value = answers[question] { return ruleBase.questions[question].describe(value) }
        return unknown.contains(question) ? "don't know" : "not answered"
    }
}
