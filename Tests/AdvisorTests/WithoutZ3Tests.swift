import Foundation
import PseudoTerminalTesting
import Testing

/// The advisor links no solver: it starts, and serves every command, where libz3 cannot be found
/// (`ADVISOR_LIBZ3` names a library that does not exist, so the loader finds nothing), with the
/// same output as where it can.
@Suite struct WithoutZ3Tests {
    static let missing = ["ADVISOR_LIBZ3": "/nonexistent/libz3.so.4"]

    static func home() -> [String: String] {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-home-\(UUID().uuidString)").path
        return ["HOME": home, "XDG_STATE_HOME": home]
    }

    @Test func theBinaryDoesNotLinkZ3() throws {
        let ldd = URL(fileURLWithPath: "/usr/bin/ldd")
        try #require(FileManager.default.isExecutableFile(atPath: ldd.path), "ldd is part of Debian's libc-bin")
        let process = Process()
        process.executableURL = ldd
        process.arguments = [AdvisorBinary.executable.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(libraries.contains("libc.so"), "ldd listed the libraries")
        #expect(!libraries.contains("libz3"))
    }

    @Test func answersGiveTheSameReport() throws {
        let arguments = ["--answers", AdvisorBinary.fixture("answers/twelve-users.json"), "--costs", "--format", "json"]
        let with = try AdvisorBinary.run(arguments)
        let without = try AdvisorBinary.run(arguments, environment: Self.missing)
        #expect(with.status == 0)
        #expect(without.status == with.status)
        #expect(without.stdout == with.stdout)
        #expect(without.stderr.isEmpty)
    }

    @Test func batchGivesTheSameRecords() throws {
        // The fixture has rows with mistakes on purpose: both runs report them alike (status 65).
        let arguments = ["batch", AdvisorBinary.fixture("batch/cases.csv")]
        let with = try AdvisorBinary.run(arguments)
        let without = try AdvisorBinary.run(arguments, environment: Self.missing)
        #expect(with.stdout.contains("\"recommendation\""))
        #expect(without.status == with.status)
        #expect(without.stdout == with.stdout)
        #expect(without.stderr == with.stderr)
    }

    @Test func theChatGivesTheSameInterview() throws {
        let lines = ["we're about 12 people", "hourly is fine", "not much", "no, nobody checks them", "no", "why", "quit"]
        let input = Data(lines.map { $0 + "\n" }.joined().utf8)
        let with = try AdvisorBinary.run([], input: input, environment: Self.home())
        let without = try AdvisorBinary.run([], input: input, environment: Self.home().merging(Self.missing) { $1 })
        #expect(with.status == 0)
        #expect(with.stdout.contains("Recommendation:"))
        #expect(without.status == with.status)
        #expect(without.stdout == with.stdout)
    }

    @Test func rulesCheckAndDiffWork() throws {
        let check = try AdvisorBinary.run(["rules", "check", "--strict"], environment: Self.missing)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let diff = try AdvisorBinary.run(["rules", "diff", PackageFolder.root.appendingPathComponent("Rules").path], environment: Self.missing)
        #expect(diff.status == 0, "\(diff.stdout)\(diff.stderr)")
    }
}
