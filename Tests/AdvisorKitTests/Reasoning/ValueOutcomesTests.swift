import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The outcome of each value of one question (`ValueOutcomes`), the scores and firings across a
/// question's values (`LeafScorer.scores(across:)`, `firings(across:)`) and "what would change
/// it", against brute force on random rule bases.
@Suite struct ValueOutcomesTests {
    @Test func outcomesOfEachValueAgreeWithBruteForce() {
        var settledSeen = 0, unsettledSeen = 0
        Self.forEachCase(seed: 23, count: 80) { ruleBase, engine, brute, answers in
            let reasoner = Reasoner(model: engine.model)
            for question in answers.unanswered {
                let state = BoundState(model: engine.model, values: reasoner.values(of: answers))
                var outcomes = ValueOutcomes(of: question, in: state, reasoner: reasoner)
                // Asked out of order, as the walk of "what would change it" does.
                for index in engine.space.domains[question].indices.reversed() {
                    let expected = brute.settled(answers.with(question, engine.space.domains[question][index]))
                    #expect(outcomes(index) == expected, "\(ruleBase.rules.map(\.condition)) \(answers) q\(question) at \(index)")
                    if expected == nil { unsettledSeen += 1 } else { settledSeen += 1 }
                }
            }
        }
        #expect(settledSeen > 100 && unsettledSeen > 100, "settled \(settledSeen), unsettled \(unsettledSeen)")
    }

    /// The search that stops at a target (`Reasoner.reaches`) against the exact maximum by brute
    /// force, for targets at, just above and just below it.
    @Test func reachingATargetAgreesWithBruteForce() {
        var reached = 0, missed = 0
        Self.forEachCase(seed: 17, count: 60) { ruleBase, engine, brute, answers in
            let reasoner = Reasoner(model: engine.model)
            let scores = brute.completions(of: answers).map { engine.evaluate($0).scores }
            var state = BoundState(model: engine.model, values: reasoner.values(of: answers))
            for first in ruleBase.options.indices {
                for second in ruleBase.options.indices where second != first {
                    let maximum = scores.map { $0[first] - $0[second] }.max() ?? 0
                    for target in [maximum - 1, maximum, maximum + 1] {
                        let expected = target <= maximum
                        #expect(reasoner.reaches(first, second, target, &state) == expected, "\(ruleBase.rules.map(\.condition)) \(answers)")
                        if expected { reached += 1 } else { missed += 1 }
                    }
                    #expect(reasoner.maximum(first, second, &state) == maximum)
                }
            }
        }
        #expect(reached > 100 && missed > 50, "reached \(reached), missed \(missed)")
    }

    /// Calls `body` with `count` random rule bases of up to eight questions, each with answers
    /// to about half of them.
    static func forEachCase(seed: UInt64, count: Int, _ body: (RuleBase, Engine, BruteForce, Answers) -> Void) {
        var generator = RandomRuleBase(seed: seed)
        for _ in 0..<count {
            let ruleBase = generator.joinedRuleBase(maxQuestions: 8, maxCombinations: 5_000)
            let engine = Engine(ruleBase: ruleBase)
            body(ruleBase, engine, BruteForce(engine: engine), generator.openAnswers(for: ruleBase))
        }
    }

    @Test func scoresAcrossAQuestionAgreeWithEvaluation() {
        var generator = RandomRuleBase(seed: 5)
        for _ in 0..<60 {
            let ruleBase = generator.joinedRuleBase()
            let engine = Engine(ruleBase: ruleBase)
            let answers = generator.openAnswers(for: ruleBase, openShare: 1_000_000)
            let leaf = Reasoner(model: engine.model).values(of: answers).map { $0 ?? 0 }
            let scorer = LeafScorer(model: engine.model, value: leaf)
            for question in ruleBase.questions.indices {
                let scores = scorer.scores(across: question), leaders = scorer.leaders(across: question)
                let firings = scorer.firings(across: question)
                for (index, value) in engine.space.domains[question].enumerated() {
                    let evaluation = engine.evaluate(answers.with(question, value))
                    let count = ruleBase.options.count
                    #expect(Array(scores[index * count..<(index + 1) * count]) == evaluation.scores, "\(ruleBase.rules.map(\.condition)) q\(question)")
                    #expect(leaders[index] == evaluation.recommendation)
                    let scoring = evaluation.scoringRules.filter { ruleBase.rules[$0].points.contains { $0.points != 0 } }
                    #expect(firings[index] == scoring.count, "\(ruleBase.rules.map(\.condition)) q\(question)")
                }
            }
        }
    }

    @Test func whatWouldChangeAgreesWithBruteForce() {
        var generator = RandomRuleBase(seed: 31)
        var changesSeen = 0, reopening = 0
        for _ in 0..<150 {
            let ruleBase = generator.joinedRuleBase(maxQuestions: 7, maxCombinations: 3_000)
            let engine = Engine(ruleBase: ruleBase), brute = BruteForce(engine: engine)
            let answers = generator.openAnswers(for: ruleBase, openShare: 4)
            let expected = brute.whatWouldChange(answers)
            #expect(engine.whatWouldChange(answers) == expected, "\(ruleBase.rules.map(\.condition)) \(answers)")
            changesSeen += expected.count
            reopening += expected.filter { $0.recommendation == nil }.count
        }
        #expect(changesSeen > 100 && reopening > 10, "changes \(changesSeen), reopening \(reopening)")
    }
}
