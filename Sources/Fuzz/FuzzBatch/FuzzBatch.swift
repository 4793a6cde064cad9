// libFuzzer target: `advisor batch` input, each input read two ways, through the same
// `BatchLinePipeline` as `advisor batch`.
// - As one JSON line. Differential: whenever the fast byte scanner reads the line, the full
//   answer reading must give the same answers; complete answers must get the reference engine's
//   recommendation; every line must end in a result or a problem — never a trap.
// - As CSV (a header and rows, read by CSV.swift as `advisor batch` reads them): every row must
//   end in answers or a problem, and the compiled engine must agree with the reference on the
//   answers it gives.
import AdvisorKit
import CSV
import Foundation
import FuzzReplay

let ruleBase: RuleBase? = try? DefaultRules.load()
let engine = ruleBase.map { Engine(ruleBase: $0) }
let compiled = ruleBase.map { CompiledRuleBase($0) }
// One thread: libFuzzer and the replay tool run the inputs one after another.
nonisolated(unsafe) let pipeline = engine.flatMap { engine in compiled.map { BatchLinePipeline(engine: engine, compiled: $0) } }

#if FUZZING
/// libFuzzer's entry point: one input, 0 when it was handled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt { fuzzBatch(bytes, count) }
#endif

func fuzzBatch(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let ruleBase, let engine, let pipeline else { return 0 }
    let line = UnsafeBufferPointer(start: bytes, count: count)
    let reference = AnswerRecord.decode(Data(line), ruleBase: ruleBase)
    if case .answers(_, _, let byScanner) = pipeline.read(jsonLine: line) {
        let answers = AnswerVector.answers(Array(pipeline.words), questions: ruleBase.questions)
        if byScanner {
            guard case .success(let full) = reference.answers else {
                preconditionFailure("the scanner accepted a line the full reading rejects: \(String(decoding: line, as: UTF8.self))")
            }
            precondition(answers == full, "the scanner and the full reading disagree on \(String(decoding: line, as: UTF8.self))")
        }
        let problem = pipeline.evaluate()
        if answers.unanswered.isEmpty {
            precondition(problem == nil, "complete answers gave a problem: \(String(decoding: line, as: UTF8.self))")
            let recommendation = pipeline.withResult { recommendation, _, _, _ in recommendation }
            precondition(recommendation == engine.evaluate(answers).recommendation, "the engines disagree on \(String(decoding: line, as: UTF8.self))")
        }
    }
    fuzzCSV(Data(line), ruleBase: ruleBase)
    return 0
}

func fuzzCSV(_ data: Data, ruleBase: RuleBase) {
    guard let engine, let compiled, let pipeline, let text = String(data: data, encoding: .utf8),
        let reader = try? CSVReader(string: text, hasHeaderRow: true),
        let columns = try? AnswerColumns(header: reader.headerRow ?? [], ruleBase: ruleBase)
    else { return }
    let evaluator = CompiledEvaluator(compiled)
    while let row = reader.next() {
        guard case .answers = pipeline.read(csvRow: row, columns: columns) else { continue }
        let answers = AnswerVector.answers(Array(pipeline.words), questions: ruleBase.questions)
        precondition(evaluator.evaluation(of: answers) == engine.evaluate(answers), "the engines disagree on the CSV row \(row)")
    }
}

#if FUZZING
@_cdecl("FuzzBatch_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzEntry)
}
#else
@main enum Replay {
    static func main() { FuzzReplay.run(fuzzBatch) }
}
#endif
