/// A recommendation with everything needed to explain it: the ranking, the reasons, the caveats,
/// and what would change it. Renderers turn it into text, JSON or Markdown.
public struct Advice: Sendable {
    public let ruleBase: RuleBase
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

    /// One option's place in the ranking.
    public struct Standing: Sendable, Hashable {
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

    /// Fired rules that did not favour the recommendation (they moved the other options).
    public var otherReasons: [RuleIndex] {
        reasons.filter { ruleBase.rules[$0].points(for: recommendation) <= 0 }
    }

    /// The option ranked second, if any.
    public var runnerUp: Standing? { ranking.count > 1 ? ranking[1] : nil }

    /// True when every question was answered.
    public var isComplete: Bool { unanswered.isEmpty }
}

/// Why no advice could be given.
public enum AdviceError: Error, Sendable, Hashable {
    /// The answers leave the recommendation open: these questions could still change it.
    case unsettled(openQuestions: [QuestionIndex], possible: [OptionIndex])
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
        let caveats = ruleBase.rules.indices.filter { index in
            let rule = rules[index]
            return rule.caveat != nil && rule.condition.truth(answers) == .true
                && (rule.ifRecommended.isEmpty || rule.ifRecommended.contains(recommendation))
        }
        return Advice(
            ruleBase: ruleBase, answers: answers, recommendation: recommendation, ranking: ranking,
            reasons: reasons, caveats: caveats, changes: whatWouldChange(answers), unanswered: answers.unanswered)
    }
}
