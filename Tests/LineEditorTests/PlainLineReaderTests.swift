import Foundation
import Glibc
import LineEditor
import PseudoTerminalTesting
import Testing

@Suite("PlainLineReader")
struct PlainLineReaderTests {
    /// Reads every line `input` yields through a pipe, up to and including the
    /// first `.endOfInput`, then one more call to check it stays at the end.
    private func readAll(_ input: [UInt8]) throws -> [LineInput] {
        let pipe = try FileDescriptors.makePipe()
        defer { close(pipe.read) }
        try FileDescriptors.writeAll(input, to: pipe.write)
        close(pipe.write)
        let reader = PlainLineReader(fileDescriptor: pipe.read)
        var results: [LineInput] = []
        while results.last != .endOfInput && results.count < 100 {
            results.append(reader.readLine(prompt: "ignored> "))
        }
        results.append(reader.readLine(prompt: "ignored> "))
        return results
    }

    @Test func severalLinesWithEmptyOnes() throws {
        #expect(
            try readAll(Array("one\n\ntwo\n\n".utf8)) == [
                .line("one"), .line(""), .line("two"), .line(""), .endOfInput, .endOfInput,
            ])
    }

    @Test func lastLineWithoutNewline() throws {
        #expect(try readAll(Array("first\nlast".utf8)) == [.line("first"), .line("last"), .endOfInput, .endOfInput])
    }

    @Test func emptyInputIsEndOfInput() throws {
        #expect(try readAll([]) == [.endOfInput, .endOfInput])
    }

    @Test func carriageReturnBeforeNewlineIsDropped() throws {
        #expect(try readAll(Array("dos\r\nunix\n".utf8)) == [.line("dos"), .line("unix"), .endOfInput, .endOfInput])
    }

    @Test func invalidUTF8IsReplacedNotTrapped() throws {
        let input: [UInt8] = [0x61, 0xFF, 0xFE, 0x62, 0x0A, 0xC3, 0x0A, 0x63, 0x61, 0x66, 0xC3, 0xA9, 0x0A, 0xE2, 0x82]
        #expect(
            try readAll(input) == [
                .line("a\u{FFFD}\u{FFFD}b"), .line("\u{FFFD}"), .line("café"), .line("\u{FFFD}"), .endOfInput, .endOfInput,
            ])
    }

    @Test func lineLongerThanOneRead() throws {
        let long = String(repeating: "x", count: 10_000)
        #expect(try readAll(Array("\(long)\nshort\n".utf8)) == [.line(long), .line("short"), .endOfInput, .endOfInput])
    }

    @Test func readsFromFileHandle() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("from handle\n".utf8))
        try pipe.fileHandleForWriting.close()
        let reader = PlainLineReader(fileHandle: pipe.fileHandleForReading)
        #expect(reader.readLine(prompt: "") == .line("from handle"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.warnings.isEmpty)
    }

    @Test func closeEndsInput() throws {
        let pipe = try FileDescriptors.makePipe()
        defer {
            close(pipe.read)
            close(pipe.write)
        }
        try FileDescriptors.writeAll(Array("a\nb\n".utf8), to: pipe.write)
        let reader = PlainLineReader(fileDescriptor: pipe.read)
        #expect(reader.readLine(prompt: "") == .line("a"))
        reader.close()
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }
}
