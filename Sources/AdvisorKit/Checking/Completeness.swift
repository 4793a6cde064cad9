import BigInt

/// Completeness analysis: where the rules do not decide, over every complete set of answers.
///
/// The answer space is the product of every question's `AnswerSpace` domain (numbers: one value
/// per stretch between the thresholds the rules mention), so each stretch counts as one
/// combination. The reasoning core searches it (`Reasoner.count`) without trying the
/// combinations one by one, so the analysis runs on any rule base. Codes:
///
/// - `tie`: two or more options share the top score. One warning per pair of tied options, counting
///   every combination where that pair ties at the top and giving the first one (in question order,
///   each question's answers in domain order) as an example. Combinations where no rule with
///   points fires are left to `no-rule-fires` rather than reported as ties of every option.
/// - `no-rule-fires`: no rule with non-zero points fires, so every option scores 0; one warning
///   with the count and the first combination.
///
/// Whether there is such a combination, and which is first, is always exact. So is the count,
/// unless counting would visit more than `countingBudget` points of the search after the first
/// one: then the message says "at least" and the number counted. Both codes have no location:
/// they concern the rule base as a whole.
enum Completeness {
    /// How many more points of the search counting may visit after the first example.
    static let countingBudget = 20_000

    static func diagnostics(_ ruleBase: RuleBase, engine: Engine, budget: Int = countingBudget) -> [Diagnostic] {
        let model = engine.model, reasoner = Reasoner(model: model)
        let optionCount = model.optionCount
        let start = BoundState(model: model, values: Array(repeating: nil, count: model.questionCount))
        func example(_ digits: [Int]) -> String {
            CheckPhrasing.combination(digits, in: ruleBase, space: engine.space)
        }
        var found: [Diagnostic] = []
        var state = start
        let silent = reasoner.count(&state, budget: budget) { state in
            state.firedCount > 0 ? .none : state.undecidedCount == 0 ? .all : .unknown
        }
        if let first = silent.example, optionCount > 0 {
            found.append(
                Diagnostic(
                    .warning, code: .noRuleFires,
                    message:
                        "no rule with points fires for \(Self.combinations(silent)), for example \(example(first)); every option scores 0 and \(ruleBase.options[0].id) leads only because it is listed first",
                    at: nil))
        }
        for first in 0..<optionCount {
            for second in (first + 1)..<optionCount {
                state = start
                let tie = reasoner.count(&state, budget: budget) { Self.tie(first, second, $0) }
                guard let digits = tie.example else { continue }
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
                            "options \(ruleBase.options[first].id) and \(ruleBase.options[second].id) tie at the top for \(Self.combinations(tie)), for example \(example(digits)) (both score \(scores[first])); \(goesTo)",
                        at: nil))
            }
        }
        return found
    }

    /// Whether `first` and `second` share the top score (with some rule firing) below this point.
    static func tie(_ first: Int, _ second: Int, _ state: BoundState) -> Verdict {
        if state.firedCount == 0 && state.undecidedCount == 0 { return .none }
        if state.upper(first, second) < 0 || state.upper(second, first) < 0 { return .none }
        var certain = state.upper(first, second) == 0 && state.upper(second, first) == 0 && state.firedCount > 0
        for other in 0..<state.model.optionCount where other != first && other != second {
            if state.upper(first, other) < 0 || state.upper(second, other) < 0 { return .none }
            if state.upper(other, first) > 0 { certain = false }
        }
        return certain ? .all : .unknown
    }

    /// "1 answer combination", "6 answer combinations", "at least 100,000 answer combinations (…)".
    static func combinations(_ count: RegionCount) -> String {
        let plural = count.count == 1 ? "" : "s"
        guard count.isComplete else {
            return "at least \(Prose.grouped(count.count)) answer combination\(plural) (counting stopped there)"
        }
        return "\(count.count) answer combination\(plural)"
    }
}
