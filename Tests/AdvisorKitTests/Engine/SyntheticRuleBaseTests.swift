import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The benchmark's generated rule bases load and type-check cleanly, and the compiled engine
/// agrees with the reference on them.
@Suite struct SyntheticRuleBaseTests {
    @Test(arguments: [1, 1_000, 10_000])
    func generatedRuleBasesLoad(count: Int) throws {
        let files = SyntheticRuleBase(count: count).files
        let (ruleBase, warnings) = try RuleBaseLoader.load(files)
        #expect(warnings.isEmpty)
        #expect(ruleBase.rules.count == count)
        #expect(ruleBase.questions.count == 6 && ruleBase.options.count == 4)
        let shipped = DefaultRules.files.filter { !$0.relativePath.hasPrefix("rules/") && !$0.isTestFile }.count
        #expect(files.count == shipped + (count + SyntheticRuleBase.rulesPerFile - 1) / SyntheticRuleBase.rulesPerFile)
    }

    @Test func theSameSeedGivesTheSameFiles() {
        #expect(SyntheticRuleBase(count: 600, seed: 3).files == SyntheticRuleBase(count: 600, seed: 3).files)
        #expect(SyntheticRuleBase(count: 600, seed: 3).files != SyntheticRuleBase(count: 600, seed: 4).files)
    }

    @Test func compiledAndReferenceAgreeOnAThousandGeneratedRules() throws {
        let ruleBase = try RuleBaseLoader.load(SyntheticRuleBase(count: 1_000, seed: 9).files).0
        let engine = Engine(ruleBase: ruleBase)
        let evaluator = CompiledEvaluator(CompiledRuleBase(ruleBase))
        let ruleByRule = CompiledEvaluator(CompiledRuleBase(ruleBase, bitsetBudget: 0))
        var random = RandomRuleBase(seed: 11)
        for _ in 0..<300 {
            let answers = random.answers(for: ruleBase, complete: Bool.random(using: &random.random))
            let expected = engine.evaluate(answers)
            #expect(evaluator.evaluation(of: answers) == expected)
            #expect(ruleByRule.evaluation(of: answers) == expected)
        }
    }

    @Test func generatedCasesAreValidAnswers() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        let scanner = AnswerLineScanner(ruleBase: ruleBase)
        var cases = SyntheticCases(seed: 5)
        var words = [Int](repeating: 0, count: 6), seen = [Bool](repeating: false, count: 6)
        for index in 0..<200 {
            let line = Array(cases.jsonLine(index).utf8.dropLast())
            let scanned = line.withUnsafeBufferPointer { line in
                words.withUnsafeMutableBufferPointer { words in
                    seen.withUnsafeMutableBufferPointer { scanner.scan(line, into: words, seen: $0) }
                }
            }
            #expect(scanned != .declined, "\(String(decoding: line, as: UTF8.self))")
            #expect(!words.contains(AnswerVector.unanswered))
        }
    }
}
