// advisor-synth: writes synthetic data for the benchmarks (Sources/Benchmarks/benchmark.sh).
//
//   advisor-synth cases COUNT jsonl|csv     COUNT random cases on standard output
//   advisor-synth rules COUNT FOLDER [QUESTIONS [SEED]]
//                                           a rule base with COUNT generated rules in FOLDER, over
//                                           the shipped questions or QUESTIONS in all (SEED: 1)
import Foundation
import SyntheticRules

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("advisor-synth: \(message)\n".utf8))
    exit(EX_USAGE)
}

let arguments = CommandLine.arguments.dropFirst()
let usage = "usage: advisor-synth cases COUNT jsonl|csv | advisor-synth rules COUNT FOLDER [QUESTIONS [SEED]]"
guard (3...5).contains(arguments.count), let count = Int(arguments[arguments.startIndex + 1]), count >= 0 else { fail(usage) }
let extra = arguments.dropFirst(3).map { UInt64($0) }
guard !extra.contains(nil), arguments.first == "rules" || extra.isEmpty else { fail(usage) }
let last = arguments[arguments.startIndex + 2]
switch arguments.first {
case "cases":
    var cases = SyntheticCases()
    var block = last == "csv" ? SyntheticCases.csvHeader : ""
    for index in 0..<count {
        block += last == "csv" ? cases.csvRow(index) : cases.jsonLine(index)
        if block.utf8.count > 1 << 20 {
            FileHandle.standardOutput.write(Data(block.utf8))
            block = ""
        }
    }
    FileHandle.standardOutput.write(Data(block.utf8))
case "rules":
    let folder = URL(fileURLWithPath: last)
    let seed = extra.count > 1 ? extra[1] ?? 1 : 1
    let base =
        extra.isEmpty
        ? SyntheticRuleBase(count: count, seed: seed)
        : SyntheticRuleBase(questions: Int(clamping: extra[0] ?? 6), rules: count, seed: seed)
    for file in base.files {
        let url = folder.appendingPathComponent(file.relativePath)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        } catch {
            fail("cannot write \(url.path): \(error)")
        }
    }
default:
    fail("unknown command \(arguments.first ?? ""); use cases or rules")
}
