// The in-process benchmarks of advisor (ordo-one/benchmark): the compiled engine on the shipped
// rules, loading and evaluating synthetic rule bases of 1,000 and 10,000 rules, and `rules check`.
// Run with `swift package --allow-writing-to-package-directory benchmark` (release mode);
// Sources/Benchmarks/benchmark.sh runs these and the end-to-end figures together.
import AdvisorKit
import Benchmark
import SyntheticRules

/// Answer vectors, from the same generator as the batch input, read as `advisor batch` reads a line.
func sampleVectors(_ ruleBase: RuleBase, compiled: CompiledRuleBase, count: Int = 4_096) -> [[Int]] {
    let pipeline = BatchLinePipeline(engine: Engine(ruleBase: ruleBase), compiled: compiled)
    var cases = SyntheticCases(seed: 42)
    return (0..<count).map { index in
        let line = Array(cases.jsonLine(index).utf8.dropLast())
        _ = line.withUnsafeBufferPointer { pipeline.read(jsonLine: $0) }
        return Array(pipeline.words)
    }
}

/// Loads, type-checks and compiles a rule base.
func load(_ files: [RuleFile]) -> (RuleBase, CompiledRuleBase)? {
    guard let ruleBase = try? RuleBaseLoader.load(files).0 else { return nil }
    return (ruleBase, CompiledRuleBase(ruleBase))
}

/// One compiled evaluation per inner iteration, cycling through `vectors`.
func evaluations(_ benchmark: Benchmark, _ evaluator: CompiledEvaluator, _ vectors: [[Int]]) {
    var index = 0
    for _ in benchmark.scaledIterations {
        vectors[index].withUnsafeBufferPointer { evaluator.evaluate($0) }
        blackHole(evaluator.recommendation)
        index = (index + 1) & (vectors.count - 1)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(3), maxIterations: 1_000)

    let shipped = DefaultRules.files
    guard let (ruleBase, compiled) = load(shipped) else { fatalError("the shipped rules do not load") }
    let vectors = sampleVectors(ruleBase, compiled: compiled)

    Benchmark("Compiled engine: shipped rules, full answers (per evaluation)", configuration: .init(scalingFactor: .mega)) { benchmark in
        evaluations(benchmark, CompiledEvaluator(compiled), vectors)
    }

    Benchmark("Reference engine (condition trees): shipped rules, full answers (per evaluation)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let engine = Engine(ruleBase: ruleBase)
        let answers = vectors.map { AnswerVector.answers($0, questions: ruleBase.questions) }
        var index = 0
        for _ in benchmark.scaledIterations {
            blackHole(engine.evaluate(answers[index]).recommendation)
            index = (index + 1) & (answers.count - 1)
        }
    }

    Benchmark("Load shipped rules (parse, type-check, compile)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(load(shipped)) }
    }

    Benchmark("rules check: shipped rules (load, coverage, completeness)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(RuleBaseChecker.check(shipped).diagnostics.count) }
    }

    for count in [1_000, 10_000] {
        let files = SyntheticRuleBase(count: count).files
        Benchmark("Load \(count) synthetic rules (parse, type-check, compile)", configuration: .init(maxIterations: 20)) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(load(files)) }
        }
        guard let (synthetic, compiledSynthetic) = load(files) else { fatalError("the synthetic rules do not load") }
        let syntheticVectors = sampleVectors(synthetic, compiled: compiledSynthetic)
        Benchmark("Compiled engine: \(count) synthetic rules (per evaluation)", configuration: .init(scalingFactor: .kilo)) { benchmark in
            evaluations(benchmark, CompiledEvaluator(compiledSynthetic), syntheticVectors)
        }
    }
}
