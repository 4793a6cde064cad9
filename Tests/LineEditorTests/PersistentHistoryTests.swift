import Foundation
@testable import LineEditor
import PseudoTerminalTesting
import Testing

@Suite("History file")
struct PersistentHistoryTests {
    /// The entries of a libedit history file (after its "_HiStOrY_V2_" header).
    private func entries(in file: URL) throws -> [String] {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "_HiStOrY_V2_")
        return Array(lines.dropFirst())
    }

    private func permissions(of file: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    }

    private func makeHistory(_ file: URL?, limit: Int = 500) throws -> PersistentHistory {
        try #require(PersistentHistory(fileURL: file, limit: limit))
    }

    @Test func recordingCreatesFoldersAndAPrivateFile() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("state/advisor/history")
        let history = try makeHistory(file)
        history.record("first")
        #expect(try entries(in: file) == ["first"])
        #expect(try permissions(of: file) == 0o600)
        #expect(try permissions(of: file.deletingLastPathComponent()) == 0o700)
        #expect(history.warnings.isEmpty)
    }

    @Test func fileIsBoundedToTheLimitKeepingTheNewest() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("history")
        let history = try makeHistory(file, limit: 5)
        for number in 1...12 {
            history.record("entry-\(number)")
        }
        #expect(try entries(in: file) == (8...12).map { "entry-\($0)" })
    }

    @Test func loadingAnOversizedFileKeepsTheNewest() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("history")
        let writer = try makeHistory(file, limit: 10)
        for number in 1...10 {
            writer.record("entry-\(number)")
        }
        let reader = try makeHistory(file, limit: 3)
        reader.load()
        try reader.save()
        #expect(try entries(in: file) == ["entry-8", "entry-9", "entry-10"])
        #expect(reader.warnings.isEmpty)
    }

    @Test func replacesAnExistingFileAtomicallyWithMode0600() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("history")
        try Data("_HiStOrY_V2_\nold\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let history = try makeHistory(file)
        history.load()
        history.record("new")
        #expect(try entries(in: file) == ["old", "new"])
        #expect(try permissions(of: file) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["history"])
    }

    @Test func blankLinesAndImmediateRepeatsAreNotRecorded() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("history")
        let history = try makeHistory(file)
        for line in ["a", "", "  ", "a", "b", "a"] {
            history.record(line)
        }
        #expect(try entries(in: file) == ["a", "b", "a"])
    }

    @Test func unwritableLocationBecomesAWarning() throws {
        let folder = try TemporaryDirectory()
        let blocker = folder.file("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        // A path below a regular file cannot be created, even by root.
        let file = blocker.appendingPathComponent("advisor/history")
        let history = try makeHistory(file)
        history.record("one")
        history.record("two")
        #expect(history.warnings.count == 1)
        #expect(history.warnings.first?.contains(file.path) == true)
        #expect(throws: HistoryFileError.self) { try history.save() }
    }

    @Test func unreadableFileBecomesAWarning() throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("history")
        try Data("not a libedit history file\n".utf8).write(to: file)
        let history = try makeHistory(file)
        history.load()
        #expect(history.warnings.count == 1)
    }

    @Test func missingFileIsNotAProblem() throws {
        let folder = try TemporaryDirectory()
        let history = try makeHistory(folder.file("absent/history"))
        history.load()
        #expect(history.warnings.isEmpty)
    }

    @Test func withoutAFileNothingIsWritten() throws {
        let history = try makeHistory(nil)
        history.record("only in memory")
        try history.save()
        #expect(history.warnings.isEmpty)
    }
}
