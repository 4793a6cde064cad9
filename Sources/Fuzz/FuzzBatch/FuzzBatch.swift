// libFuzzer target: one line of `advisor batch` JSON Lines input. Differential: whenever the fast
// byte scanner accepts a line, the full answer reading must give the same answers and id; and
// the full reading must end in answers or a problem — never a trap.
import AdvisorKit
import Foundation
import FuzzReplay

let ruleBase: RuleBase? = try? DefaultRules.load()
let scanner = ruleBase.map(AnswerLineScanner.init(ruleBase:))

#if FUZZING
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
    return 0
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
