import Foundation
import PseudoTerminalTesting
import Testing

/// Replays each fuzz target's corpus (seeds and every input that once crashed) through the
/// target's entry point, built without the fuzzer: a regression here is a crash found again.
@Suite struct FuzzCorpusTests {
    @Test(arguments: ["FuzzAnswers", "FuzzChat", "FuzzRules", "FuzzBatch", "FuzzTools"])
    func corpusReplaysCleanly(target: String) throws {
        let corpus = PackageFolder.root.appendingPathComponent("Sources/Fuzz/\(target)/Corpus")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { !$0.hasPrefix(".") }
        #expect(inputs.count >= 5, "a corpus of seeds")
        let process = Process()
        process.executableURL = PackageFolder.product(target)
        process.arguments = [corpus.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("replayed \(inputs.count) inputs"))
    }
}
