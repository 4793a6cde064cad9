import AdvisorModel

/// A recommendation with everything needed to explain it: the ranking, the reasons, the caveats,
/// and what would change it. Renderers turn it into text, JSON or Markdown.
public struct Advice: Sendable {
    /// The rule base the advice comes from.
    public let ruleBase: RuleBase
    /// The answers it is for; unanswered questions are nil.
    public let answers: Answers
    /// The recommended option, settled whatever the unanswered questions would be.
    public let recommendation: OptionIndex
    /// Every option, the recommendation first, then by score.
    public let ranking: [Standing]
    /// The scoring rules that fired: those favouring the recommendation first.
    public let reasons: [RuleIndex]
    /// Caveat rules that fired for this recommendation.
    public let caveats: [RuleIndex]
    /// Single-answer changes that would change the recommendation.
    public let changes: [AnswerChange]
    /// Questions without an answer (none of which can change the recommendation).
    public let unanswered: [QuestionIndex]
    /// Unanswered questions the owner said they do not know (a chat's "don't know", an answer
    /// file's `null`): reports show them as "don't know" rather than "not answered".
    public var unknown: Set<QuestionIndex> = []

    /// One option's place in the ranking.
    public struct Standing: Sendable, Hashable {
        /// The option.
        public var option: OptionIndex
        /// Points from the rules that fired.
        public var score: Int
        /// The lowest and highest score the unanswered questions allow (a single value when complete).
        public var range: ClosedRange<Int>
    }

    /// Fired rules that gave the recommendation points.
    public var supportingReasons: [RuleIndex] {
        reasons.filter { ruleBase.rules[$0].points(for: recommendation) > 0 }
    }

    /// What held `option` back: the fired rules that took points from it, then those that favoured
    /// the recommendation and gave it nothing (`why-not` in the chat, `why_not` for assistants).
    public func heldBack(_ option: OptionIndex) -> [RuleIndex] {
        let rules = ruleBase.rules
        return reasons.filter { rules[$0].points(for: option) < 0 } + supportingReasons.filter { rules[$0].points(for: option) == 0 }
    }

    /// Fired rules that did not favour the recommendation (they moved the other options).
    public var otherReasons: [RuleIndex] {
        reasons.filter { ruleBase.rules[$0].points(for: recommendation) <= 0 }
    }

    /// The option ranked second, if any.
    public var runnerUp: Standing? { ranking.count > 1 ? ranking[1] : nil }

    /// How an answer is shown in a report: the answer, "don't know", or "not answered".
    public func describeAnswer(_ question: QuestionIndex) -> String {
        if let value = answers[question] { return ruleBase.questions[question].describe(value) }
        return unknown.contains(question) ? "don't know" : "not answered"
    }

    /// True when every question was answered.
    public var isComplete: Bool { unanswered.isEmpty }
}

/// Why no advice could be given.
public enum AdviceError: Error, Sendable, Hashable {
    /// The answers leave the recommendation open: these questions could still change it.
    case unsettled(openQuestions: [QuestionIndex], possible: [OptionIndex])

    /// The questions that could still change the recommendation.
    public var openQuestions: [QuestionIndex] {
        switch self {
        case .unsettled(let open, _): return open
        }
    }

    /// "the answers do not settle the recommendation yet (it could be break_fix or
    /// managed_services); still needed: users (a whole number, at least 1), …", as `advisor
    /// --answers` and `advisor batch` report it.
    public func message(in ruleBase: RuleBase) -> String {
        switch self {
        case .unsettled(let open, let possible):
            let candidates = possible.map { ruleBase.options[$0].id }.joined(separator: " or ")
            return "the answers do not settle the recommendation yet (it could be \(candidates)); still needed: \(ruleBase.neededAnswers(open))"
        }
    }
}

extension RuleBase {
    /// Questions still to be answered, by id, each with what it expects: "users (a whole number,
    /// at least 1), backup_monitoring (yes or no)".
    public func neededAnswers(_ open: [QuestionIndex]) -> String {
        open.map { "\(questions[$0].id) (\(questions[$0].expectation))" }.joined(separator: ", ")
    }
}

extension Engine {
    /// The advice for these answers, if the recommendation is settled.
    public func advise(_ answers: Answers) throws(AdviceError) -> Advice {
        let partial = analyze(answers, scoreRanges: false)
        guard let recommendation = partial.settledRecommendation else {
            throw .unsettled(openQuestions: partial.openQuestions.map(\.question), possible: partial.possibleRecommendations)
        }
        let ranges = scoreRanges(answers)
        let evaluation = evaluate(answers)
        let others = evaluation.ranking.filter { $0 != recommendation }
        let ranking = ([recommendation] + others).map { option in
            Advice.Standing(option: option, score: evaluation.scores[option], range: ranges[option])
        }
        let rules = ruleBase.rules
        let reasons = evaluation.scoringRules.enumerated().sorted { lhs, rhs in
            let left = rules[lhs.element].points(for: recommendation), right = rules[rhs.element].points(for: recommendation)
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        return Advice(
            ruleBase: ruleBase, answers: answers, recommendation: recommendation, ranking: ranking,
            reasons: reasons, caveats: caveats(for: answers, recommending: recommendation), changes: whatWouldChange(answers),
            unanswered: answers.unanswered)
    }

    /// The caveats to show with `recommendation` for these answers: those whose condition is
    /// certainly true and that apply to it (even while questions are open).
    public func caveats(for answers: Answers, recommending recommendation: OptionIndex) -> [RuleIndex] {
        ruleBase.rules.indices.filter { index in
            ruleBase.rules[index].caveatApplies(to: recommendation) && ruleBase.rules[index].condition.truth(answers) == .true
        }
    }
}
