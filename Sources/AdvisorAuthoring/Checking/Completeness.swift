import AdvisorEngine
import AdvisorModel
import BigInt

/// Completeness analysis: where the rules do not decide, over every complete set of answers.
///
/// The answer space is the product of every question's `AnswerSpace` domain (numbers: one value
/// per stretch between the thresholds the rules mention), so each stretch counts as one
/// combination. The reasoning core searches it (`Reasoner.firstExample`, `ScoreDecomposition`)
/// without trying the combinations one by one, so the analysis runs on any rule base. Codes:
///
/// - `tie`: two or more options share the top score. One warning per pair of tied options, counting
///   every combination where that pair ties at the top and giving the first one (in question order,
///   each question's answers in domain order) as an example. Combinations where no rule with
///   points fires are left to `no-rule-fires` rather than reported as ties of every option.
/// - `no-rule-fires`: no rule with non-zero points fires, so every option scores 0; one warning
///   with the count and the first combination.
///
/// Whether there is such a combination, and which is first, is exact at any size: the reasoning
/// core searches for it (`Reasoner.firstExample`). The count is exact too, taken over the groups
/// of questions that rules join (`ScoreDecomposition.count`), or, where rules tie so many
/// questions together that this would take too long, by trying every combination when there are
/// at most `CompletenessTally.limit`; beyond both, the message says so and gives no number. Both
/// codes have no location: they concern the rule base as a whole.
package enum Completeness {
    /// The first combination with some property and how many have it.
    package struct Region {
        package var example: [Int]
        /// Nil when counting them would take too long (rules that tie many questions together).
        package var count: BigUInt?
    }

    /// The groups that counts are taken over; nil when rules tie too many questions together.
    package static func decomposition(_ model: ScoreModel) -> ScoreDecomposition? {
        ScoreDecomposition(models: [model], values: Array(repeating: -1, count: model.questionCount))
    }

    /// The combinations where no rule with points fires, if any.
    static func silentRegion(_ model: ScoreModel, counting groups: ScoreDecomposition?) -> Region? {
        var state = BoundState(model: model, values: Array(repeating: nil, count: model.questionCount))
        let example = Reasoner(model: model).firstExample(&state) { state in
            state.firedCount > 0 ? .none : state.undecidedCount == 0 ? .all : .unknown
        }
        return example.map { Region(example: $0, count: groups?.count(ScoreCondition(fired: [0: false]))) }
    }

    /// The combinations where `first` and `second` share the top score (with some rule firing), if any.
    static func tieRegion(_ first: OptionIndex, _ second: OptionIndex, _ model: ScoreModel, counting groups: ScoreDecomposition?) -> Region? {
        var state = BoundState(model: model, values: Array(repeating: nil, count: model.questionCount))
        let example = Reasoner(model: model).firstExample(&state) { Self.tie(first, second, $0) }
        return example.map { Region(example: $0, count: groups?.count(.tie(first, second, optionCount: model.optionCount))) }
    }

    package static func diagnostics(_ ruleBase: RuleBase, engine: Engine) -> [Diagnostic] {
        let model = engine.model
        let optionCount = model.optionCount
        func example(_ digits: [Int]) -> String {
            CheckPhrasing.combination(digits, in: ruleBase, space: engine.space)
        }
        var found: [Diagnostic] = []
        let groups = decomposition(model)
        var silent = optionCount > 0 ? silentRegion(model, counting: groups) : nil
        var ties: [(first: OptionIndex, second: OptionIndex, region: Region)] = []
        for first in 0..<optionCount {
            for second in (first + 1)..<optionCount {
                if let tie = tieRegion(first, second, model, counting: groups) { ties.append((first, second, tie)) }
            }
        }
        // Counts the sweep over groups could not take, from trying every combination where few enough.
        if silent.map({ $0.count == nil }) == true || ties.contains(where: { $0.region.count == nil }), let tally = CompletenessTally(model) {
            silent?.count = tally.silent
            for index in ties.indices { ties[index].region.count = tally.ties[ties[index].first][ties[index].second] }
        }
        if let silent {
            found.append(
                Diagnostic(
                    .warning, code: .noRuleFires,
                    message:
                        "no rule with points fires \(Self.combinations(silent.count)), for example \(example(silent.example)); every option scores 0 and \(ruleBase.options[0].id) leads only because it is listed first",
                    at: nil))
        }
        for (first, second, tie) in ties {
            let digits = tie.example
            let scores = LeafScorer(model: model, value: digits).scores
            let winner = scores.indices.first { scores[$0] == scores[first] } ?? first
            let goesTo =
                winner == first
                ? "the tie goes to \(ruleBase.options[winner].id), the option listed first"
                : "the tie goes to \(ruleBase.options[winner].id), which scores the same and is listed before both"
            found.append(
                Diagnostic(
                    .warning, code: .tie,
                    message:
                        "options \(ruleBase.options[first].id) and \(ruleBase.options[second].id) tie at the top \(Self.combinations(tie.count)), for example \(example(digits)) (both score \(scores[first])); \(goesTo)",
                    at: nil))
        }
        return found
    }

    /// Whether `first` and `second` share the top score (with some rule firing) below this point.
    package static func tie(_ first: Int, _ second: Int, _ state: BoundState) -> Verdict {
        if state.firedCount == 0 && state.undecidedCount == 0 { return .none }
        if state.upper(first, second) < 0 || state.upper(second, first) < 0 { return .none }
        var certain = state.upper(first, second) == 0 && state.upper(second, first) == 0 && state.firedCount > 0
        for other in 0..<state.model.optionCount where other != first && other != second {
            if state.upper(first, other) < 0 || state.upper(second, other) < 0 { return .none }
            if state.upper(other, first) > 0 { certain = false }
        }
        return certain ? .all : .unknown
    }

    /// "for 1 answer combination", "for 18,605,041 answer combinations", or, when they could not
    /// be counted, "in some answer combinations (…)".
    package static func combinations(_ count: BigUInt?) -> String {
        guard let count else { return "in some answer combinations (the rules join too many questions to count them exactly)" }
        return "for \(Prose.grouped(count)) \(Prose.plural("answer combination", count))"
    }
}
