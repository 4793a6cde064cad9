import Testing

@testable import AdvisorEngine
@testable import AdvisorModel

/// The questions the chat still asks once the recommendation is settled: those that decide a
/// caveat shown with it.
@Suite struct CaveatQuestionsTests {
    static let rules = """
        rules:
          - {id: big, when: size > 10, points: {second: 3}, because: Big., source: "Test article, Section A"}
          - {id: warn_second, when: not fixed, caveat: Fix it., if_recommended: second, because: W., assumption: Test.}
          - {id: warn_first, when: fixed, caveat: Careful with first., if_recommended: first, because: W., assumption: Test.}
        """

    @Test func aQuestionThatDecidesACaveatOfTheRecommendationIsAsked() throws {
        let engine = try EngineTests.engine(rules: Self.rules)
        var answers = Answers(questionCount: 2)
        answers[0] = .integer(20)
        #expect(engine.analyze(answers, scoreRanges: false).settledRecommendation == 1)
        #expect(engine.caveatQuestions(answers, recommendation: 1) == [1])
        answers[1] = .boolean(true)
        #expect(engine.caveatQuestions(answers, recommendation: 1) == [])
    }

    @Test func aCaveatOfAnotherOptionAsksNothing() throws {
        let engine = try EngineTests.engine(rules: Self.rules)
        var answers = Answers(questionCount: 2)
        answers[0] = .integer(5)
        // `first` leads (it is defined first and nothing scores); only second's caveat reads `fixed`
        // besides first's own, which is asked.
        #expect(engine.caveatQuestions(answers, recommendation: 0) == [1])
        let onlySecond = try EngineTests.engine(
            rules: """
                rules:
                  - {id: big, when: size > 10, points: {second: 3}, because: Big., source: "Test article, Section A"}
                  - {id: warn_second, when: not fixed, caveat: Fix it., if_recommended: second, because: W., assumption: Test.}
                """)
        #expect(onlySecond.caveatQuestions(answers, recommendation: 0) == [])
    }

    @Test func theShippedRulesAskAboutTheBackupsWhateverIsRecommended() throws {
        let engine = Engine(ruleBase: DefaultRules.ruleBase)
        let backups = try #require(engine.ruleBase.questionIndex("backup_monitoring"))
        var answers = Answers(questionCount: engine.ruleBase.questions.count)
        answers[try #require(engine.ruleBase.questionIndex("users"))] = .integer(40)
        let settled = try #require(engine.analyze(answers, scoreRanges: false).settledRecommendation)
        #expect(engine.caveatQuestions(answers, recommendation: settled).contains(backups))
    }
}
