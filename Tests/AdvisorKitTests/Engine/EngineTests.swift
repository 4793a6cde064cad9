import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Scoring, ranking and tie-breaks on small hand-made rule bases.
@Suite struct EngineTests {
    static let base = """
        articles:
          - name: Test article
            sections: [Section A]
        questions:
          - {id: size, type: integer, min: 1, label: Size, ask: How big?, why: Because.}
          - {id: fixed, type: boolean, label: Fixed, ask: Fixed?, why: Because.}
        options:
          - {id: first, name: First, description: The first.}
          - {id: second, name: Second, description: The second.}
        """

    static func engine(rules: String) throws -> Engine {
        Engine(ruleBase: try TestSupport.ruleBase(["base.yaml": base, "rules.yaml": rules]))
    }

    @Test func scoresAddUpAndRankBestFirst() throws {
        let engine = try Self.engine(
            rules: """
                rules:
                  - {id: big, when: size > 10, points: {second: 3, first: -1}, because: Big., source: "Test article, Section A"}
                  - {id: fixed_cost, when: fixed, points: {second: 1}, because: Fixed., assumption: Test.}
                """)
        let answers = try TestSupport.answers(["size": "12", "fixed": "yes"], in: engine.ruleBase)
        let evaluation = engine.evaluate(answers)
        #expect(evaluation.scores == [-1, 4])
        #expect(evaluation.ranking == [1, 0])
        #expect(evaluation.scoringRules == [0, 1])
    }

    @Test func tiesGoToTheOptionDefinedFirst() throws {
        let engine = try Self.engine(
            rules: """
                rules:
                  - {id: both, when: "true", points: {first: 2, second: 2}, because: Equal., assumption: Test.}
                """)
        let evaluation = engine.evaluate(try TestSupport.answers(["size": "3", "fixed": "no"], in: engine.ruleBase))
        #expect(evaluation.ranking == [0, 1])
    }

    @Test func caveatsRespectIfRecommended() throws {
        let engine = try Self.engine(
            rules: """
                rules:
                  - {id: big, when: size > 10, points: {second: 3}, because: Big., assumption: Test.}
                  - {id: warn_first, when: "true", caveat: Careful with first., if_recommended: first, because: W., assumption: Test.}
                  - {id: warn_all, when: not fixed, caveat: Careful., because: W., assumption: Test.}
                """)
        let small = try engine.advise(try TestSupport.answers(["size": "3", "fixed": "no"], in: engine.ruleBase))
        #expect(small.caveats.map { engine.ruleBase.rules[$0].id } == ["warn_first", "warn_all"])
        let large = try engine.advise(try TestSupport.answers(["size": "30", "fixed": "no"], in: engine.ruleBase))
        #expect(large.caveats.map { engine.ruleBase.rules[$0].id } == ["warn_all"])
    }

    @Test func reasonsFavouringTheRecommendationComeFirst() throws {
        let engine = try Self.engine(
            rules: """
                rules:
                  - {id: against, when: "true", points: {first: -1}, because: A., assumption: Test.}
                  - {id: small_for, when: "true", points: {second: 1}, because: B., assumption: Test.}
                  - {id: big_for, when: "true", points: {second: 5}, because: C., assumption: Test.}
                """)
        let advice = try engine.advise(try TestSupport.answers(["size": "3", "fixed": "no"], in: engine.ruleBase))
        #expect(advice.reasons.map { engine.ruleBase.rules[$0].id } == ["big_for", "small_for", "against"])
        #expect(advice.runnerUp?.option == 0)
    }

    @Test func answerSpaceCutsNumbersAtEveryThreshold() throws {
        let engine = try Self.engine(
            rules: """
                rules:
                  - {id: a, when: size > 10, points: {second: 1}, because: A., assumption: Test.}
                  - {id: b, when: size in 4...6, points: {first: 1}, because: B., assumption: Test.}
                  - {id: c, when: size != 20, points: {first: 1}, because: C., assumption: Test.}
                """)
        #expect(engine.space.stretches[0] == [1...3, 4...6, 7...10, 11...19, 20...20, 21...Int.max])
        #expect(engine.space.thresholds(for: 0) == [4, 7, 11, 20, 21])
        #expect(engine.space.domains[1] == [.boolean(false), .boolean(true)])
    }
}
