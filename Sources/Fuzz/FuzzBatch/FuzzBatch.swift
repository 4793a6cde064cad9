// libFuzzer target: `advisor batch` input, each input read two ways.
// - As one JSON line. Differential: whenever the fast byte scanner accepts a line, the full
//   answer reading must give the same answers and id; the full reading must end in answers or a
//   problem — never a trap.
// - As CSV (a header and rows, read by CSV.swift as `advisor batch` reads them): every row must
//   end in answers or a problem, and the compiled engine must agree with the reference on the
//   answers it gives.
import AdvisorKit
import CSV
import Foundation
import FuzzReplay

let ruleBase: RuleBase? = try? DefaultRules.load()
let scanner = ruleBase.map(AnswerLineScanner.init(ruleBase:))
let engine = ruleBase.map { Engine(ruleBase: $0) }
let compiled = ruleBase.map { CompiledRuleBase($0) }

#if FUZZING
/// libFuzzer's entry point: one input, 0 when it was handled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt { fuzzBatch(bytes, count) }
#endif

func fuzzBatch(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let ruleBase, let scanner else { return 0 }
    let line = UnsafeBufferPointer(start: bytes, count: count)
    let reference = AnswerRecord.decode(Data(line), ruleBase: ruleBase)
    var words = [Int](repeating: 0, count: scanner.questionCount)
    var seen = [Bool](repeating: false, count: scanner.questionCount)
    let scanned = words.withUnsafeMutableBufferPointer { words in
        seen.withUnsafeMutableBufferPointer { seen in scanner.scan(line, into: words, seen: seen) }
    }
    if scanned != nil {
        let fast = AnswerVector.answers(words, questions: ruleBase.questions)
        guard case .success(let answers) = reference.answers else {
            preconditionFailure("the scanner accepted a line the full reading rejects: \(String(decoding: line, as: UTF8.self))")
        }
        precondition(fast == answers, "the scanner and the full reading disagree on \(String(decoding: line, as: UTF8.self))")
    }
    fuzzCSV(Data(line), ruleBase: ruleBase)
    return 0
}

func fuzzCSV(_ data: Data, ruleBase: RuleBase) {
    guard let engine, let compiled, let text = String(data: data, encoding: .utf8),
          let reader = try? CSVReader(string: text, hasHeaderRow: true),
          let columns = try? AnswerColumns(header: reader.headerRow ?? [], ruleBase: ruleBase) else { return }
    var words = [Int](repeating: 0, count: ruleBase.questions.count)
    let evaluator = CompiledEvaluator(compiled)
    while let row = reader.next() {
        guard !AnswerColumns.isBlank(row) else { continue }
        _ = columns.id(of: row)
        if words.withUnsafeMutableBufferPointer({ columns.read(row, into: $0) }) == nil {
            let answers = AnswerVector.answers(words, questions: ruleBase.questions)
            precondition(evaluator.evaluation(of: answers) == engine.evaluate(answers), "the engines disagree on the CSV row \(row)")
        }
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
