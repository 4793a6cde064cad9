// advisor-synth: writes synthetic data for the benchmarks (Sources/Benchmarks/benchmark.sh).
//
//   advisor-synth cases COUNT jsonl|csv     COUNT random cases on standard output
//   advisor-synth rules COUNT FOLDER        a rule base with COUNT generated rules in FOLDER
import Foundation
import SyntheticRules

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("advisor-synth: \(message)\n".utf8))
    exit(EX_USAGE)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3, let count = Int(arguments[arguments.startIndex + 1]), count >= 0 else {
    fail("usage: advisor-synth cases COUNT jsonl|csv | advisor-synth rules COUNT FOLDER")
}
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
    for file in SyntheticRuleBase(count: count).files {
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
