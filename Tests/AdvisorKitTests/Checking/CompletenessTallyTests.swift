import BigInt
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The counts taken by trying every combination (`CompletenessTally`), for rule bases whose rules
/// join too many questions for the sweep over groups.
@Suite struct CompletenessTallyTests {
    @Test func tallyAgreesWithBruteForce() throws {
        var generator = RandomRuleBase(seed: 61)
        var ties = 0, silent = 0
        for _ in 0..<80 {
            let ruleBase = generator.joinedRuleBase(maxQuestions: 8, maxCombinations: 5_000)
            let engine = Engine(ruleBase: ruleBase), brute = BruteForce(engine: engine)
            let tally = try #require(CompletenessTally(engine.model))
            let evaluations = brute.completions(of: Answers(questionCount: ruleBase.questions.count)).map(engine.evaluate)
            let scoring = evaluations.filter { evaluation in
                evaluation.scoringRules.contains { ruleBase.rules[$0].points.contains { $0.points != 0 } }
            }
            #expect(tally.silent == BigUInt(evaluations.count - scoring.count), "\(ruleBase.rules.map(\.condition))")
            silent += evaluations.count - scoring.count
            for first in ruleBase.options.indices {
                for second in ruleBase.options.indices where second > first {
                    let tied = scoring.filter { $0.scores[first] == $0.scores.max() && $0.scores[second] == $0.scores.max() }.count
                    #expect(tally.ties[first][second] == BigUInt(tied), "\(ruleBase.rules.map(\.condition)) \(first) \(second)")
                    ties += tied
                }
            }
        }
        #expect(ties > 100 && silent > 100, "ties \(ties), silent \(silent)")
    }

    @Test func aSpaceTooLargeToTryIsLeftToTheSweep() throws {
        let ruleBase = try RuleBaseLoader.load(SyntheticRuleBase(questions: 12, rules: 200, seed: 3).files).0
        #expect(CompletenessTally(Engine(ruleBase: ruleBase).model) == nil)
    }

    /// Generated rules tie every question together, past what the sweep over groups can count;
    /// with eight questions the space is small enough to try, so every tie has its count.
    @Test func generatedTiesAreCountedWhereTheSpaceIsSmall() throws {
        let files = SyntheticRuleBase(questions: 8, rules: 300, seed: 5).files
        let ruleBase = try RuleBaseLoader.load(files).0
        #expect(Completeness.decomposition(Engine(ruleBase: ruleBase).model).map { _ in true } == nil)
        let ties = RuleBaseChecker.check(files).diagnostics.filter { $0.code == "tie" }
        #expect(!ties.isEmpty)
        for tie in ties { #expect(tie.message.contains(" answer combination"), "\(tie.message)") }
        #expect(ties.allSatisfy { !$0.message.contains("too many questions") })
    }
}
