// libFuzzer target: a rule file as bytes, checked together with the shipped rule files (so
// conditions meet real questions), and the same bytes as a single condition. Any input must
// end in a rule base or in located diagnostics — never a trap.
import AdvisorKit
import Foundation
import FuzzReplay

let shippedFiles = DefaultRules.files.filter { !$0.isTestFile }
let questions = (try? DefaultRules.load())?.questions ?? []

#if FUZZING
/// libFuzzer's entry point: one input, 0 when it was handled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt { fuzzRules(bytes, count) }
#endif

func fuzzRules(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let text = String(data: data, encoding: .utf8) else { return 0 }
    let fuzzed = RuleFile(path: "Rules/rules/fuzz.yaml", relativePath: "rules/fuzz.yaml", contents: text)
    let report = RuleBaseChecker.check(shippedFiles + [fuzzed])
    precondition(report.ruleBase != nil || report.errorCount > 0, "a rule base that did not load must say why")
    _ = DiagnosticRenderer.text(report.diagnostics, files: shippedFiles + [fuzzed])
    if text.count < 2_000 {
        _ = try? ConditionChecker(questions: questions).check(text)
    }
    return 0
}

#if FUZZING
@_cdecl("FuzzRules_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzEntry)
}
#else
@main enum Replay {
    static func main() { FuzzReplay.run(fuzzRules) }
}
#endif
