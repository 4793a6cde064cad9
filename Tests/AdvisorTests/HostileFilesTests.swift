import Foundation
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
        FileManager.default.createFile(atPath: file.path, contents: Data("{\"users\": 1".utf8))
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
        try FileManager.default.copyItem(at: AdvisorBinary.packageRoot.appendingPathComponent("Rules"), to: folder.appendingPathComponent("Rules"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("Rules/rules/passwd.yaml").path, withDestinationPath: "/etc/passwd")
        let result = try AdvisorBinary.run(["rules", "check", "--rules", folder.appendingPathComponent("Rules").path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("is a link that leads outside the rule folder"))
    }
}
