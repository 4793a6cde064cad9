import PropertyBased
import SyntheticRules
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Generated rule bases (SyntheticRules) of random sizes and seeds, and random mutations of their
/// text, go through loading, `rules check` and both engines without a trap (fixed seeds, so CI
/// runs the same cases; a failure names the size and seeds to replay).
@Suite struct GeneratedRuleBasePropertyTests {
    /// Rule bases up to this size, so that the completeness analysis stays quick.
    static let largestBase = 40

    /// Bytes inserted by mutations: YAML's punctuation, white space, digits and letters.
    static let alphabet = Array(#":-[]{}#&*!|>'" "#.utf8) + Array("\n\t0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// Loads, checks with the full analysis (coverage, truth tables, completeness) and evaluates:
    /// a generated base has no errors, and the engines agree on random answers.
    @Test func generatedRuleBasesCheckCleanlyAndBothEnginesAgree() throws {
        forAll(60, seed: 7_001, zip(Gen.int(in: 1...Self.largestBase), Gen.uint64(in: 1...UInt64.max))) { count, seed in
            let files = SyntheticRuleBase(count: count, seed: seed).files
            let report = RuleBaseChecker.check(files)
            #expect(report.errorCount == 0, "count \(count), seed \(seed): \(report.diagnostics)")
            guard let ruleBase = report.ruleBase else { return }
            #expect(ruleBase.rules.count == count)
            for diagnostic in report.diagnostics {
                guard let location = diagnostic.location else { continue }
                let file = files.first { $0.path == location.file }
                #expect(file.map { Self.isInside(location, $0.contents) } == true, "count \(count), seed \(seed): \(diagnostic)")
            }
            Self.expectEnginesAgree(on: ruleBase, seed: seed, context: "count \(count), seed \(seed)")
        }
    }

    /// A generated rule file with bytes deleted, lines duplicated, characters swapped or random
    /// bytes inserted either loads (and then checks and evaluates like any other) or fails with
    /// errors that each point inside the files, at line ≥ 1 and column ≥ 1.
    @Test func mutatedRuleFilesLoadOrFailWithLocatedErrors() throws {
        let generator = zip(Gen.int(in: 1...Self.largestBase), Gen.uint64(in: 1...UInt64.max), Gen.uint64(in: 1...UInt64.max))
        var loaded = 0, refused = 0
        forAll(500, seed: 7_002, generator) { count, seed, mutationSeed in
            var files = SyntheticRuleBase(count: count, seed: seed).files
            guard let last = files.indices.last else { return }
            var random = SeededRandom(seed: mutationSeed)
            let text = Self.mutate(files[last].contents, times: 1 + random.below(3), &random)
            files[last].contents = text
            let context = "count \(count), seed \(seed), mutation seed \(mutationSeed)"
            do throws(RuleBaseError) {
                let (ruleBase, _) = try RuleBaseLoader.load(files)
                loaded += 1
                _ = RuleBaseChecker.check(files)
                Self.expectEnginesAgree(on: ruleBase, seed: mutationSeed, context: context)
            } catch {
                refused += 1
                #expect(!error.errors.isEmpty, "\(context): refused without an error")
                for diagnostic in error.errors {
                    let location = diagnostic.location
                    let file = files.first { $0.path == location?.file }
                    let inside = location.flatMap { location in file.map { Self.isInside(location, $0.contents) } }
                    #expect(inside == true, "\(context): \(diagnostic) is not inside the files\n\(text)")
                }
            }
        }
        // Both outcomes must occur, or the mutations test only one path.
        #expect(loaded > 10 && refused > 10, "loaded \(loaded), refused \(refused)")
    }

    /// Whether `location` is a position in `text`: a line that exists (the empty one after a
    /// final line break included) and a column from 1 to just past the line's end.
    static func isInside(_ location: AdvisorModel.SourceLocation, _ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count, location.column >= 1 else { return false }
        return location.column <= lines[location.line - 1].unicodeScalars.count + 1
    }

    /// The reference engine and the compiled one (with bitsets, and rule by rule) give the same
    /// evaluation of random answers, complete and partial.
    static func expectEnginesAgree(on ruleBase: RuleBase, seed: UInt64, context: String) {
        let engine = Engine(ruleBase: ruleBase)
        let evaluators = [CompiledEvaluator(CompiledRuleBase(ruleBase)), CompiledEvaluator(CompiledRuleBase(ruleBase, bitsetBudget: 0))]
        var random = RandomRuleBase(seed: seed)
        for index in 0..<40 {
            let answers = random.answers(for: ruleBase, complete: index % 2 == 0)
            let expected = engine.evaluate(answers)
            for evaluator in evaluators {
                let actual = evaluator.evaluation(of: answers)
                #expect(actual == expected, "\(context): answers \(answers.values)")
                if actual != expected { return }
            }
        }
    }

    /// `text` after `times` random mutations.
    static func mutate(_ text: String, times: Int, _ random: inout SeededRandom) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<times where !bytes.isEmpty {
            switch random.below(4) {
            case 0:
                let start = random.below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(40)))
            case 1:
                let lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }.filter { $0 < bytes.count }
                let start = lineStarts[random.below(lineStarts.count)]
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
                bytes.insert(contentsOf: bytes[start..<end], at: end)
            case 2:
                bytes.swapAt(random.below(bytes.count), random.below(bytes.count))
            default:
                let inserted = (0...random.below(8)).map { _ in alphabet[random.below(alphabet.count)] }
                bytes.insert(contentsOf: inserted, at: random.below(bytes.count + 1))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
