import Foundation
import PseudoTerminalTesting
import Testing

/// Files built to hurt: each is refused with a message and a sysexits status, quickly and in
/// bounded memory (the limits are in the README), never with a crash or a hang.
@Suite struct HostileFilesTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let nesting = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)

    static let aliasBomb: String = {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<30 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    @Test(arguments: [
        ("deep.json", nesting, "Maximum nesting level reached"),
        ("bomb.yaml", aliasBomb, "expands to more than 100000 YAML nodes"),
        ("nul.json", "{\"users\": 4\u{0}}", "NUL byte"),
    ])
    func hostileAnswerFiles(name: String, contents: String, message: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(contents.utf8).write(to: folder.appendingPathComponent(name))
        let result = try AdvisorBinary.run(["--answers", name], directory: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aHundredMegabyteFileIsRefusedUnread() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.json")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("{\"users\": 1".utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 100 << 20)  // sparse: 100 MB on paper, nothing on disk
        try handle.close()
        let result = try AdvisorBinary.run(["--answers", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("is 104857600 bytes; the limit is 1048576 bytes"))
    }

    @Test func devicesAndFifosAreNotRead() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("answers.fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        for path in ["/dev/zero", fifo.path] {
            let result = try AdvisorBinary.run(["--answers", path])
            #expect(result.status == 66)
            #expect(result.stderr.contains("is not a regular file"))
        }
    }

    /// A file of `head`, then a line of 100 MB (sparse: zeros on paper, nothing on disk), then `tail`.
    static func fileWithAHugeLine(_ name: String, head: String, tail: String, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent(name)
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data(head.utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.seek(toOffset: UInt64(head.utf8.count + (100 << 20)))
        try handle.write(contentsOf: Data(("\n" + tail).utf8))
        try handle.close()
        return file
    }

    @Test func aHundredMegabyteBatchLineIsSkippedWithAnErrorRecord() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = #"{"id": "a", "users": 30, "variable_bills": "prefer_fixed"}"#
        let file = try Self.fileWithAHugeLine("huge.jsonl", head: good + "\n{\"id\": \"", tail: good + "\n", in: folder)
        let result = try AdvisorBinary.run(["batch", file.path])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix(#"{"line":1,"id":"a","recommendation":"managed_services""#) == true)
        #expect(lines.dropFirst().first == #"{"line":2,"error":{"question":null,"message":"the line is longer than 16 MiB; it was skipped"}}"#)
        #expect(lines.last?.hasPrefix(#"{"line":3,"id":"a","recommendation":"managed_services""#) == true)
        #expect(result.stderr.contains("3 cases, 1 error"))
    }

    @Test func aHundredMegabyteCSVLineEndsTheRunAfterTheRowsBeforeIt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "id,users,variable_bills\n"
        let file = try Self.fileWithAHugeLine("huge.csv", head: header + "a,30,prefer_fixed\nb,7", tail: "c,30,prefer_fixed\n", in: folder)
        let result = try AdvisorBinary.run(["batch", file.path])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1, "only the row before the long line: \(result.stdout.prefix(300))")
        #expect(lines.first?.hasPrefix(#"{"line":2,"id":"a","recommendation":"managed_services""#) == true)
        #expect(
            result.stderr.contains("huge.csv:3: the line is longer than 1 MiB; a CSV row of answers is far shorter, so the rest of the input is not read"),
            "\(result.stderr)")

        // Written to a file, the incomplete records are not left behind.
        let output = folder.appendingPathComponent("out.jsonl")
        let toFile = try AdvisorBinary.run(["batch", file.path, "--output", output.path])
        #expect(toFile.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["huge.csv"])
    }

    @Test func aCSVHeaderOverTheLimitOrBytesThatAreNoTextAreRefused() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let longHeader = "id," + String(repeating: "u", count: 2 << 20) + "\n1,2\n"
        try Data(longHeader.utf8).write(to: folder.appendingPathComponent("header.csv"))
        let long = try AdvisorBinary.run(["batch", "header.csv"], directory: folder)
        #expect(long.status == 65)
        #expect(long.stdout.isEmpty)
        #expect(
            long.stderr
                == "advisor: error: header.csv:1: the line is longer than 1 MiB; a CSV row of answers is far shorter, so the rest of the input is not read\n")

        try Data([0x69, 0x64, 0x0A, 0xFF, 0xFE, 0x80, 0x0A]).write(to: folder.appendingPathComponent("bytes.csv"))
        let bytes = try AdvisorBinary.run(["batch", "bytes.csv"], directory: folder)
        #expect(bytes.status == 65)
        #expect(bytes.stderr.contains("bytes.csv: cannot read the CSV after line 1 (the input is not UTF-8 text)"), "\(bytes.stderr)")
    }

    @Test func aHugeValueIsQuotedShortInTheMessage() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let value = String(repeating: "7", count: 500_000)
        // YAML, where `?` makes a key of any length (libyaml allows 1,024 characters otherwise).
        try Data("users: \"\(value)\"\n? \(value)\n: 1\n".utf8).write(to: folder.appendingPathComponent("answers.yaml"))
        let result = try AdvisorBinary.run(["--answers", "answers.yaml"], directory: folder)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("'7777777777777777777777777777777777777777…' (500000 bytes) is too large a number for users"), "\(result.stderr.prefix(500))"
        )
        #expect(result.stderr.contains("'7777777777777777777777777777777777777777…' (500000 bytes) is not a question"), "\(result.stderr.prefix(500))")
        #expect(result.stderr.utf8.count < 2_000)
    }

    @Test func hostileRuleFilesAreReportedWithTheirPlace() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.aliasBomb.utf8).write(to: folder.appendingPathComponent("bomb.yaml"))
        try Data(("rules: " + Self.nesting).utf8).write(to: folder.appendingPathComponent("deep.yaml"))
        try Data([0x71, 0x3A, 0x20, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("latin.yaml"))
        let result = try AdvisorBinary.run(["rules", "check", "--rules", folder.path])
        #expect(result.status == 78)
        #expect(result.stderr.contains("latin.yaml: is not UTF-8 text"), "\(result.stdout)\(result.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("latin.yaml"))
        let rest = try AdvisorBinary.run(["rules", "check", "--rules", folder.path])
        #expect(rest.status == 78)
        #expect(rest.stdout.contains("bomb.yaml:1:1: error: the file expands to more than 100000 YAML nodes"))
        #expect(rest.stdout.contains("deep.yaml:1:"))
    }

    @Test func linksOutOfTheRuleFolderAreRefused() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: PackageFolder.root.appendingPathComponent("Rules"), to: folder.appendingPathComponent("Rules"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("Rules/rules/passwd.yaml").path, withDestinationPath: "/etc/passwd")
        let result = try AdvisorBinary.run(["rules", "check", "--rules", folder.appendingPathComponent("Rules").path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("is a link that leads outside the rule folder"))
    }
}
