import AtomicFiles
import Foundation
import PseudoTerminalTesting
import Testing

/// Replacing a file through a temporary file beside it.
@Suite struct AtomicFileWriterTests {
    static func permissions(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    static func contents(of folder: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    /// The process's umask, read without setting it (tests run in parallel).
    static func umask() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        return try #require(Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
    }

    @Test func aNewFileGetsThePermissionsOfAPlainCreate() throws {
        let folder = try TemporaryDirectory(prefix: "atomic")
        try AtomicFileWriter.write(Array("new\n".utf8), to: folder.file("new.txt").path)
        #expect(try String(contentsOf: folder.file("new.txt"), encoding: .utf8) == "new\n")
        #expect(try Self.permissions(folder.file("new.txt")) == 0o666 & ~Self.umask())
        #expect(try Self.contents(of: folder) == ["new.txt"])
    }

    @Test func aReplacedFileKeepsItsPermissionsUnlessTheyAreFixed() throws {
        let folder = try TemporaryDirectory(prefix: "atomic")
        for name in ["kept", "fixed"] {
            try Data("old, and longer than the new contents\n".utf8).write(to: folder.file(name))
            try FileManager.default.setAttributes([.posixPermissions: 0o604], ofItemAtPath: folder.file(name).path)
        }
        try AtomicFileWriter.write(Array("new\n".utf8), to: folder.file("kept").path)
        try AtomicFileWriter.write(Array("new\n".utf8), to: folder.file("fixed").path, permissions: .fixed(0o600))
        #expect(try Self.permissions(folder.file("kept")) == 0o604)
        #expect(try Self.permissions(folder.file("fixed")) == 0o600)
        #expect(try String(contentsOf: folder.file("kept"), encoding: .utf8) == "new\n")
        #expect(try Self.contents(of: folder) == ["fixed", "kept"])
    }

    @Test func theTemporaryFileIsBesideTheFileUnderANameThatCannotBeGuessed() throws {
        let folder = try TemporaryDirectory(prefix: "atomic")
        let path = folder.file("out.jsonl").path
        let first = try AtomicFileWriter(replacing: path)
        let second = try AtomicFileWriter(replacing: path)
        defer { second.discard() }
        #expect(first.temporaryPath != second.temporaryPath)
        #expect(first.temporaryPath.hasPrefix(folder.url.path + "/.out.jsonl.advisor-"))
        #expect(first.temporaryPath.count == (folder.url.path + "/.out.jsonl.advisor-XXXXXX").count)
        try first.write(Array("records\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is in place before commit")
        try first.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "records\n")
    }

    @Test func discardingLeavesTheFileAsItWas() throws {
        let folder = try TemporaryDirectory(prefix: "atomic")
        try Data("before\n".utf8).write(to: folder.file("kept"))
        let writer = try AtomicFileWriter(replacing: folder.file("kept").path)
        try writer.write(Array("half".utf8))
        writer.discard()
        #expect(try String(contentsOf: folder.file("kept"), encoding: .utf8) == "before\n")
        #expect(try Self.contents(of: folder) == ["kept"])
    }

    @Test func aStreamWriterThatFailsLeavesTheFileAsItWas() throws {
        let folder = try TemporaryDirectory(prefix: "atomic")
        let path = folder.file("history").path
        try AtomicFileWriter.write(to: path, permissions: .fixed(0o600)) { stream in fputs("one\n", stream) >= 0 }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\n")
        #expect(throws: AtomicFileError.self) {
            try AtomicFileWriter.write(to: path) { stream in
                fputs("two\n", stream)
                return false
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one\n")
        #expect(try Self.contents(of: folder) == ["history"])
    }

    @Test func aFolderOrAMissingFolderIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try TemporaryDirectory(prefix: "atomic")
        #expect(throws: AtomicFileError(step: .create, reason: "it is a folder")) {
            try AtomicFileWriter.write([], to: folder.url.path)
        }
        let missing = folder.file("missing").path
        #expect(throws: AtomicFileError(step: .create, reason: "there is no folder \(missing)")) {
            try AtomicFileWriter.write([], to: missing + "/x")
        }
        try Data().write(to: folder.file("plain"))
        #expect(throws: AtomicFileError(step: .create, reason: "\(folder.file("plain").path) is not a folder")) {
            try AtomicFileWriter.write([], to: folder.file("plain").path + "/x")
        }
    }
}
