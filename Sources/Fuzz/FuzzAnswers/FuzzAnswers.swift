// libFuzzer target: answer files (`--answers`, JSON or YAML) as bytes.
//
// Built with `-sanitize=fuzzer,address -DFUZZING` by Sources/Fuzz/run-fuzzers.sh; an ordinary
// build makes a replay tool that runs the inputs given on the command line, which the test suite
// uses to replay the corpus. Any input must end in answers or in diagnostics — never a trap.
import AdvisorKit
import Foundation
import FuzzReplay

let ruleBase: RuleBase? = try? DefaultRules.load()

#if FUZZING
/// libFuzzer's entry point: one input, 0 when it was handled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt { fuzzAnswers(bytes, count) }
#endif

func fuzzAnswers(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let ruleBase else { return 0 }
    let data = Data(bytes: bytes, count: count)
    // The fast path must only take files the full reading takes, with the same answers.
    if let fast = AnswerFile.scanned(data, ruleBase: ruleBase) {
        let full = try? AnswerFile.decodeFully(data, path: "fuzz.json", ruleBase: ruleBase)
        precondition(full == fast, "the answer file scanner and the full reading disagree")
    }
    do {
        let decoded = try AnswerFile.decode(data, path: "fuzz.json", ruleBase: ruleBase)
        let engine = Engine(ruleBase: ruleBase)
        if let advice = try? engine.advise(decoded.answers) {
            _ = JSONRenderer.render(advice)
        }
    } catch {
        precondition(!error.diagnostics.isEmpty, "a rejected answer file must say why")
    }
    return 0
}

#if FUZZING
@_cdecl("FuzzAnswers_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzEntry)
}
#else
@main enum Replay {
    static func main() { FuzzReplay.run(fuzzAnswers) }
}
#endif
