import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The shipped rule base's own test cases pass and its advice is steady as a business grows; what
/// it says against the article is checked in `ArticleFaithfulnessTests`.
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

    /// What our assumption that managed services are sold for a fixed monthly fee does: below 50
    /// users, a wish for a fixed cost leads to a managed service whatever the other answers.
    @Test func aWishForAFixedCostLeadsToAManagedServiceBelowFiftyUsers() throws {
        let engine = try #require(Self.engine)
        let rules = engine.ruleBase
        let (users, bills) = (try #require(rules.questionIndex("users")), try #require(rules.questionIndex("variable_bills")))
        let managed = try #require(rules.optionIndex("managed_services"))
        for answers in TestSupport.allCompleteAnswers(engine) where answers[bills] == .choice(1) {
            guard case .integer(let count)? = answers[users], count < 50 else { continue }
            #expect(engine.evaluate(answers).recommendation == managed, "\(answers)")
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
        let cited = Set(rules.rules.flatMap { $0.provenance.claims.map(\.source) })
        #expect(cited == Set(rules.sources), "every section of the article should inform some rule")
    }
}
