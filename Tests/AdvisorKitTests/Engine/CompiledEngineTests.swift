import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The compiled engine must agree with the reference evaluation (`Engine.evaluate`, on the
/// condition trees) on every rule base and every set of answers, complete or not.
@Suite struct CompiledEngineTests {
    /// Both ways of evaluating: with bitsets per question, and rule by rule (no bitset budget).
    @Test(arguments: [CompiledRuleBase.bitsetBudget, 0])
    func agreesWithTheReferenceOnRandomRuleBasesAndAnswers(bitsetBudget: Int) {
        for seed in UInt64(1)...1_500 {
            var random = RandomRuleBase(seed: seed)
            let ruleBase = random.ruleBase()
            let engine = Engine(ruleBase: ruleBase)
            let compiled = CompiledRuleBase(ruleBase, bitsetBudget: bitsetBudget)
            #expect((compiled.bitsets != nil) == (bitsetBudget > 0))
            let evaluator = CompiledEvaluator(compiled)
            for _ in 0..<40 {
                let answers = random.answers(for: ruleBase, complete: Bool.random(using: &random.random))
                let expected = engine.evaluate(answers)
                let actual = evaluator.evaluation(of: answers)
                #expect(actual == expected, "seed \(seed), answers \(answers.values)")
                if actual != expected { return }
            }
        }
    }

    @Test func agreesWithTheReferenceOnEveryAnswerToTheShippedRules() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let evaluator = CompiledEvaluator(CompiledRuleBase(engine.ruleBase))
        let ruleByRule = CompiledEvaluator(CompiledRuleBase(engine.ruleBase, bitsetBudget: 0))
        let all = TestSupport.allCompleteAnswers(engine)
        #expect(all.count > 1_000)
        for answers in all {
            let expected = engine.evaluate(answers)
            #expect(evaluator.evaluation(of: answers) == expected)
            #expect(ruleByRule.evaluation(of: answers) == expected)
        }
        var random = RandomRuleBase(seed: 7)
        for _ in 0..<2_000 {
            let answers = random.answers(for: engine.ruleBase)
            #expect(evaluator.evaluation(of: answers) == engine.evaluate(answers))
        }
    }

    @Test func shippedRulesCompileToConjunctionsOfLiterals() throws {
        let compiled = CompiledRuleBase(try TestSupport.shippedRuleBase())
        #expect(compiled.programCount == 0)
        #expect(!compiled.stream.contains(CompiledRuleBase.never))
        #expect(compiled.literalCount < compiled.ruleCount, "literals shared between rules are evaluated once")
    }

    @Test(arguments: [
        (Condition.not(.choiceIn(0, [0, 2])), "conjunction"),
        (Condition.or([.isTrue(1), .choiceIn(0, [1])]), "program"),
        (Condition.and([.constant(false), .isTrue(1)]), "never"),
        (Condition.not(.or([.isTrue(1), .not(.choiceIn(0, [1, 2]))])), "conjunction"),
        (Condition.choiceIn(0, []), "conjunction"),
        (Condition.and([]), "conjunction"),
    ])
    func conditionsCompileToTheSimplestForm(condition: Condition, form: String) {
        let compiled = CompiledCondition(condition) { _ in 0 }
        switch compiled {
        case .never: #expect(form == "never")
        case .conjunction: #expect(form == "conjunction")
        case .program: #expect(form == "program")
        }
    }

    @Test func kleeneTruthBitsMatchTruth() {
        let pairs: [(Truth, UInt8)] = [(.true, TruthBits.true), (.false, TruthBits.false), (.unknown, TruthBits.unknown)]
        for (left, leftBits) in pairs {
            #expect(TruthBits.not(leftBits) == pairs.first { $0.0 == !left }?.1)
            for (right, rightBits) in pairs {
                #expect(TruthBits.and(leftBits, rightBits) == pairs.first { $0.0 == (left && right) }?.1)
                #expect(TruthBits.or(leftBits, rightBits) == pairs.first { $0.0 == (left || right) }?.1)
            }
        }
    }

    @Test func theUnansweredWordIsNoValidAnswer() {
        let base = EngineTests.base.replacingOccurrences(of: "min: 1,", with: "min: -9223372036854775808,")
        let rules = "rules:\n  - {id: big, when: size > 10, points: {second: 3}, because: Big., assumption: Test.}\n"
        do {
            _ = try TestSupport.ruleBase(["base.yaml": base, "rules.yaml": rules])
            Issue.record("a min of Int.min should be refused")
        } catch {
            #expect(error.diagnostics.first?.code == "out-of-range")
        }
    }
}
