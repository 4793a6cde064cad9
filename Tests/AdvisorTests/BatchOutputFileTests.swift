import Foundation
import Glibc
import PseudoTerminalTesting
import Testing

/// `advisor batch --output FILE`: the records go to a temporary file beside FILE, renamed over it
/// when the run ends, so FILE is either the whole output or as it was.
@Suite struct BatchOutputFileTests {
    /// The names in `folder`, hidden ones included, sorted.
    static func contents(of folder: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    static func permissions(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test(arguments: [
        ["batch/cases.jsonl"],
        ["batch/cases.csv", "--format", "csv"],
        ["batch/cases.jsonl", "--fail-fast"],
    ])
    func theFileHoldsExactlyWhatStandardOutputWouldShow(arguments: [String]) throws {
        let folder = try TemporaryDirectory(prefix: "advisor-output")
        let file = folder.file("results")
        // A longer file there before must not leave its tail behind.
        try Data(String(repeating: "previous results\n", count: 1_000).utf8).write(to: file)
        let command = ["batch", AdvisorBinary.fixture(arguments[0])] + arguments.dropFirst()
        let toStandardOutput = try AdvisorBinary.run(command)
        let toFile = try AdvisorBinary.run(command + ["--output", file.path])
        #expect(toFile.status == 65)
        #expect(toFile.status == toStandardOutput.status)
        #expect(toFile.stdout.isEmpty)
        #expect(toFile.stderr == toStandardOutput.stderr)
        #expect(!toStandardOutput.stdout.isEmpty)
        #expect(try Data(contentsOf: file) == Data(toStandardOutput.stdout.utf8))
        #expect(try Self.contents(of: folder) == ["results"])
    }

    /// A new file gets 0666 less the umask, as a plain create would; a file replaced keeps its mode.
    @Test func permissionsAreThoseOfAPlainCreateOrOfTheFileReplaced() throws {
        let folder = try TemporaryDirectory(prefix: "advisor-output")
        let cases = AdvisorBinary.fixture("batch/cases.jsonl")
        let script = #"umask 027 && exec "$0" batch "$1" --output "$2""#
        for name in ["new.jsonl", "old.jsonl"] {
            if name == "old.jsonl" {
                try Data("old\n".utf8).write(to: folder.file(name))
                try FileManager.default.setAttributes([.posixPermissions: 0o604], ofItemAtPath: folder.file(name).path)
            }
            #expect(try AdvisorBinary.shell(script, [cases, folder.file(name).path]).status == 65)
        }
        #expect(try Self.permissions(folder.file("new.jsonl")) == 0o640)
        #expect(try Self.permissions(folder.file("old.jsonl")) == 0o604)
        #expect(try String(contentsOf: folder.file("old.jsonl"), encoding: .utf8).hasPrefix(#"{"line":1,"#))
    }

    /// Interrupted mid-run, advisor removes its temporary file and ends by the signal (which the
    /// shell reports as 128 + its number: 130, 143, 129); the file that was there is untouched.
    ///
    /// The cases come through a pipe that stays open, so the run cannot end before the signal
    /// whatever the machine's speed; the test waits for records in the temporary file first.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalMidRunRemovesTheTemporaryFileAndLeavesTheFileAsItWas(signal: Int32) throws {
        let folder = try TemporaryDirectory(prefix: "advisor-output")
        let file = folder.file("results.jsonl")
        try Data("previous results\n".utf8).write(to: file)
        let input = try FileDescriptors.makePipe()
        let output = try FileDescriptors.makePipe()
        defer {
            close(input.write)
            close(output.read)
        }
        let child = try ChildProcess.launch(
            AdvisorBinary.executable.path, arguments: ["batch", "-", "--output", file.path],
            environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
            streams: .pipes(input: input.read, output: output.write))
        defer { child.stop() }
        close(input.read)
        close(output.write)

        let lines = (1...20_000).map { BatchCommandTests.line($0, users: 1 + $0 % 120) }.joined(separator: "\n") + "\n"
        try FileDescriptors.writeAll(Array(lines.utf8), to: input.write)
        let deadline = ContinuousClock.now + .seconds(120)
        var temporary: String?
        while temporary == nil && ContinuousClock.now < deadline {
            temporary = try Self.contents(of: folder).first { name in
                name.hasPrefix(".results.jsonl.advisor-")
                    && ((try? FileManager.default.attributesOfItem(atPath: folder.file(name).path)[.size] as? Int) ?? 0) > 0
            }
            if temporary == nil { usleep(10_000) }
        }
        let listing = try Self.contents(of: folder)
        #expect(temporary != nil, "no temporary file with records appeared: \(listing)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "previous results\n", "the file is not written before the end")

        child.send(signal: signal)
        #expect(child.waitForExit(within: .seconds(60)) == .signaled(signal))
        let reader = OutputReader(descriptor: output.read)
        _ = reader.readToEnd()
        #expect(try Self.contents(of: folder) == ["results.jsonl"], "\(reader.transcript)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "previous results\n")
    }

    @Test func aFolderThatIsMissingOrNotAFolderIsRefusedAtOnce() throws {
        let folder = try TemporaryDirectory(prefix: "advisor-output")
        try Data("x\n".utf8).write(to: folder.file("plain"))
        let cases = AdvisorBinary.fixture("batch/cases.jsonl")
        let cannotCreate: [(output: String, reason: String)] = [
            (folder.file("missing/results.jsonl").path, "there is no folder \(folder.file("missing").path)"),
            (folder.file("plain/results.jsonl").path, "\(folder.file("plain").path) is not a folder"),
            (folder.url.path, "it is a folder"),
        ]
        for (output, reason) in cannotCreate {
            let result = try AdvisorBinary.run(["batch", cases, "--output", output])
            #expect(result.status == 73)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "advisor: error: \(output): cannot write it (\(reason))\n")
        }
        #expect(try Self.contents(of: folder) == ["plain"])
    }

    /// A failure after the temporary file was made (here a CSV header naming a column twice)
    /// removes it and leaves the file as it was.
    @Test func aFailureMidWayRemovesTheTemporaryFile() throws {
        let folder = try TemporaryDirectory(prefix: "advisor-output")
        let file = folder.file("results.csv")
        try Data("previous results\n".utf8).write(to: file)
        let result = try AdvisorBinary.run(["batch", "--input", "csv", "--output", file.path], input: Data("users,users\n1,2\n".utf8))
        #expect(result.status == 65)
        #expect(result.stderr.contains("the column 'users' appears twice"))
        #expect(try Self.contents(of: folder) == ["results.csv"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "previous results\n")
    }

    /// Devices are written directly: nothing is created beside /dev/null.
    @Test func aDeviceIsWrittenDirectly() throws {
        let result = try AdvisorBinary.run(["batch", AdvisorBinary.fixture("batch/cases.jsonl"), "--output", "/dev/null"])
        #expect(result.status == 65)
        #expect(result.stderr.hasSuffix("advisor: 8 cases, 4 errors; recommended: sole_proprietor 0, break_fix 1, managed_services 2, in_house 1\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: "/dev").filter { $0.hasPrefix(".null.advisor-") }.isEmpty)
    }
}
