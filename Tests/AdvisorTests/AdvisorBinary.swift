import Foundation
import PseudoTerminalTesting

/// Runs the built `advisor` executable, as a user would, and captures what it prints.
struct AdvisorBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The fixtures beside these tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The executable, built with the tests.
    static var executable: URL { PackageFolder.product("advisor") }

    static func fixture(_ path: String) -> String { fixtures.appendingPathComponent(path).path }

    /// Runs `advisor` with `arguments`, feeding `input` on standard input. The environment is
    /// the test's own minus colour and rule overrides, plus `environment`.
    static func run(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:], directory: URL? = nil) throws -> Result {
        try launch(executable, arguments, input: input, environment: environment, directory: directory)
    }

    /// Runs a bash `script` (a pipeline, say) with `$0` the advisor executable and `$1`… the
    /// `arguments`, in the same environment as `run`.
    static func shell(_ script: String, _ arguments: [String] = []) throws -> Result {
        try launch(URL(fileURLWithPath: "/bin/bash"), ["-c", script, executable.path] + arguments)
    }

    private static func launch(
        _ program: URL, _ arguments: [String], input: Data = Data(), environment: [String: String] = [:], directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["ADVISOR_RULES"] = nil
        env["NO_COLOR"] = nil
        env["COLUMNS"] = "80"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = stderr.fileHandleForReading.readDataToEndOfFile() }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}

/// Compares output with a golden file in `Fixtures/golden` (`GoldenFile`; `ADVISOR_UPDATE_GOLDEN=1`
/// rewrites the file instead).
enum Golden {
    static func check(_ actual: String, against name: String) throws -> Bool {
        try GoldenFile.mismatch(actual, against: name, in: AdvisorBinary.fixtures.appendingPathComponent("golden")) == nil
    }
}
