import AdvisorModel

/// The outcome of one rule test case.
public struct RuleTestResult: Sendable {
    /// The case run.
    public var testCase: RuleTestCase
    /// The advice, or nil when the case's answers leave the recommendation open.
    public var advice: Advice?
    /// What went wrong, one sentence each; empty when the case passed.
    public var failures: [String]

    /// True when nothing went wrong.
    public var passed: Bool { failures.isEmpty }
}

extension Engine {
    /// Runs one of the rule base's test cases.
    public func run(_ testCase: RuleTestCase) -> RuleTestResult {
        let options = ruleBase.options
        let advice: Advice
        do {
            advice = try advise(testCase.answers)
        } catch {
            guard case .unsettled(let open, _) = error else { return RuleTestResult(testCase: testCase, advice: nil, failures: []) }
            let names = open.map { ruleBase.questions[$0].id }.joined(separator: ", ")
            return RuleTestResult(
                testCase: testCase, advice: nil,
                failures: [
                    "the answers leave the recommendation open (it still depends on \(names)); expected \(options[testCase.expectedRecommendation].id)"
                ])
        }
        var failures: [String] = []
        if advice.recommendation != testCase.expectedRecommendation {
            failures.append("expected \(options[testCase.expectedRecommendation].id), got \(options[advice.recommendation].id)")
        }
        let position = { (option: OptionIndex) in advice.ranking.firstIndex { $0.option == option } ?? 0 }
        let score = { (option: OptionIndex) in advice.ranking[position(option)].score }
        for pair in testCase.ranksAbove where position(pair.higher) > position(pair.lower) {
            failures.append("expected \(options[pair.higher].id) (\(score(pair.higher))) to rank above \(options[pair.lower].id) (\(score(pair.lower)))")
        }
        if let expected = testCase.expectedCaveats, Set(expected) != Set(advice.caveats) {
            let ids = { (rules: [RuleIndex]) in rules.isEmpty ? "none" : rules.map { self.ruleBase.rules[$0].id }.sorted().joined(separator: ", ") }
            failures.append("expected caveats \(ids(expected)), got \(ids(advice.caveats))")
        }
        return RuleTestResult(testCase: testCase, advice: advice, failures: failures)
    }
}
