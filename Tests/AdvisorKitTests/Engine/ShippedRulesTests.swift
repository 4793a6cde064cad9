import Testing
@testable import AdvisorKit

/// The shipped rule base says what the article says, and its own test cases pass.
@Suite struct ShippedRulesTests {
    static let engine: Engine? = try? Engine(ruleBase: TestSupport.shippedRuleBase())

    @Test func everyTestCaseInRulesTestsPasses() throws {
        let engine = try #require(Self.engine)
        #expect(engine.ruleBase.testCases.count >= 10)
        for testCase in engine.ruleBase.testCases {
            let result = engine.run(testCase)
            #expect(result.failures.isEmpty, "\(testCase.location) \(testCase.name): \(result.failures.joined(separator: "; "))")
        }
    }

    /// As the user count grows, the recommendation never returns to an option it has left.
    @Test func noFlipFlopsAsUsersGrow() throws {
        let engine = try #require(Self.engine)
        let users = try #require(engine.ruleBase.questionIndex("users"))
        let samples = Array(1...160) + [250, 1000, 100_000]
        for answers in TestSupport.allCompleteAnswers(engine) where answers[users] == .integer(1) {
            var left: [OptionIndex] = []
            var current: OptionIndex?
            for count in samples {
                let recommendation = engine.evaluate(answers.with(users, .integer(count))).recommendation
                if recommendation != current {
                    #expect(!left.contains(recommendation), "flip-flop back to \(engine.ruleBase.options[recommendation].id) at \(count) users")
                    if let current { left.append(current) }
                    current = recommendation
                }
            }
        }
    }

    /// The article's claims, checked over the whole answer space.
    @Test func articleClaimsHoldEverywhere() throws {
        let engine = try #require(Self.engine)
        let rules = engine.ruleBase
        let id = { (option: OptionIndex) in rules.options[option].id }
        let question = { (name: String) throws -> QuestionIndex in try #require(rules.questionIndex(name)) }
        let (users, bills, network, downtime, proactive) = try (question("users"), question("variable_bills"), question("network_complexity"), question("downtime_cost"), question("proactive_care"))
        let option = { (name: String) throws -> OptionIndex in try #require(rules.optionIndex(name)) }
        let (sole, breakFix, managed) = try (option("sole_proprietor"), option("break_fix"), option("managed_services"))
        for answers in TestSupport.allCompleteAnswers(engine) {
            guard case .integer(let count)? = answers[users] else { continue }
            let evaluation = engine.evaluate(answers)
            let top = evaluation.recommendation
            let scores = evaluation.scores
            // More than 10–15 users: fully managed (below the in-house range).
            if count >= 16 && count < 50 { #expect(id(top) == "managed_services", "\(count) users") }
            // A wish for a fixed monthly cost points to managed services.
            if answers[bills] == .choice(1) && count < 50 { #expect(top == managed) }
            // A break-fix shop beats a lone consultant on complicated networks and larger user bases.
            if answers[network] == .choice(2) || count >= 6 { #expect(scores[breakFix] > scores[sole]) }
            // Reactive fire-fighting costs more than proactive care when downtime is expensive.
            if answers[proactive] == .boolean(true) && answers[downtime] == .choice(2) && count >= 6 {
                #expect(scores[managed] > scores[breakFix])
            }
            // A handful of users who accept occasional bills, with low downtime cost and no wish for
            // preventive care, can live with break-fix or a sole proprietor.
            if count <= 5 && answers[bills] == .choice(0) && answers[downtime] == .choice(0) && answers[proactive] == .boolean(false) {
                #expect(top == breakFix || top == sole)
            }
        }
    }

    @Test func everyQuestionOptionAndSourceIsUsed() throws {
        let engine = try #require(Self.engine)
        let rules = engine.ruleBase
        let read = Set(rules.rules.flatMap(\.condition.questions))
        #expect(read == Set(rules.questions.indices))
        for option in rules.options.indices {
            #expect(rules.rules.contains { $0.points(for: option) > 0 }, "nothing favours \(rules.options[option].id)")
        }
        let cited = Set(rules.rules.compactMap(\.provenance.source))
        #expect(cited == Set(rules.sources), "every section of the article should inform some rule")
    }
}
