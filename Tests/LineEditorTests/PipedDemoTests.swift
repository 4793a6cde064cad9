import Foundation
import Glibc
import PseudoTerminalTesting
import Testing

@Suite("Demo with piped input")
struct PipedDemoTests {
    @Test("non-terminal input: plain lines, no prompt, no escape codes")
    func plainInputAndOutput() throws {
        let demo = try #require(DemoExecutable.path(), "build LineEditorDemo first (swift build)")
        let home = try TemporaryDirectory()
        let input = try FileDescriptors.makePipe()
        let output = try FileDescriptors.makePipe()
        defer {
            close(input.read)
            close(output.read)
        }
        let child = try ChildProcess.launch(
            demo,
            environment: [
                "HOME": home.url.path, "TERM": "xterm", "LANG": "C.UTF-8",
                "LINE_EDITOR_DEMO_HISTORY": home.file("history").path,
            ],
            streams: .pipes(input: input.read, output: output.write)
        )
        defer { child.stop() }
        close(output.write)
        try FileDescriptors.writeAll(Array("hello\n".utf8) + [0xFF] + Array("\n\ncafé\nquit\nnever\n".utf8), to: input.write)
        close(input.write)

        let reader = OutputReader(descriptor: output.read)
        #expect(reader.readToEnd())
        #expect(child.waitForExit() == .exited(0))
        #expect(
            String(decoding: reader.bytes, as: UTF8.self)
                == "got: hello\ngot: \u{FFFD}\ngot: \ngot: café\ngot: quit\n")
    }

    @Test("end of piped input exits with status 0")
    func endOfInput() throws {
        let demo = try #require(DemoExecutable.path(), "build LineEditorDemo first (swift build)")
        let home = try TemporaryDirectory()
        let input = try FileDescriptors.makePipe()
        let output = try FileDescriptors.makePipe()
        defer {
            close(input.read)
            close(output.read)
        }
        let child = try ChildProcess.launch(
            demo, environment: ["HOME": home.url.path, "LINE_EDITOR_DEMO_HISTORY": home.file("history").path],
            streams: .pipes(input: input.read, output: output.write))
        defer { child.stop() }
        close(output.write)
        try FileDescriptors.writeAll(Array("last line without newline".utf8), to: input.write)
        close(input.write)

        let reader = OutputReader(descriptor: output.read)
        #expect(reader.readToEnd())
        #expect(child.waitForExit() == .exited(0))
        #expect(String(decoding: reader.bytes, as: UTF8.self) == "got: last line without newline\n")
    }
}
