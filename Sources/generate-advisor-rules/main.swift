// generate-advisor-rules: writes the built-in rule base, generated from Rules/, into
// Sources/AdvisorEngine/DefaultRules/ (see GeneratedFiles). Run it after changing Rules/:
//
//   swift run generate-advisor-rules
//
// The test suite fails, naming this command, when the generated files differ from Rules/.
import Foundation

do {
    let root = GeneratedFiles.packageRoot
    for file in try GeneratedFiles.generate(fromRulesIn: root.appendingPathComponent("Rules").path) {
        let url = root.appendingPathComponent(file.path)
        let before = try? String(contentsOf: url, encoding: .utf8)
        guard before != file.contents else {
            print("\(file.path): unchanged")
            continue
        }
        try file.contents.write(to: url, atomically: true, encoding: .utf8)
        print("\(file.path): written")
    }
} catch {
    FileHandle.standardError.write(Data("generate-advisor-rules: \(error)\n".utf8))
    exit(EX_DATAERR)
}
