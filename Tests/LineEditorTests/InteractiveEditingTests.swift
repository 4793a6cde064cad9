import Foundation
import Glibc
import PseudoTerminalTesting
import Testing

/// Drives the LineEditorDemo program through a real pseudo-terminal.
@Suite("Editing on a pseudo-terminal", .serialized)
struct InteractiveEditingTests {
    /// A running demo on a fresh terminal, with its own HOME and history file.
    final class Session {
        let terminal: PseudoTerminal
        let child: ChildProcess
        let home: TemporaryDirectory
        let historyFile: URL
        let settingsBefore: TerminalSettings

        init() throws {
            let demo = try #require(DemoExecutable.path(), "build LineEditorDemo first (swift build)")
            home = try TemporaryDirectory()
            historyFile = home.file("state/advisor/history")
            terminal = try PseudoTerminal()
            try terminal.useUncommonSettings()
            settingsBefore = try terminal.settings()
            child = try ChildProcess.launch(
                demo,
                environment: [
                    "HOME": home.url.path,
                    "XDG_STATE_HOME": home.file("state").path,
                    "LINE_EDITOR_DEMO_HISTORY": historyFile.path,
                    "TERM": "xterm",
                    "LANG": "C.UTF-8",
                    "LC_ALL": "C.UTF-8",
                    "PATH": "/usr/bin:/bin",
                ],
                streams: .terminal(path: terminal.slavePath)
            )
        }

        deinit {
            child.stop()
        }

        var transcript: Comment { "terminal output: \(terminal.output.transcript)" }

        /// Waits for the editor to read keys, then types `keys`.
        func typeAtPrompt(_ keys: String) throws {
            #expect(try terminal.waitForRawMode(), "editor never read keys; \(transcript)")
            try terminal.type(keys)
        }

        /// Waits for `text` after `offset`; records an issue if it never comes.
        @discardableResult
        func expectOutput(_ text: String, after offset: Int = 0) -> Int {
            let end = terminal.output.waitFor(text, after: offset)
            #expect(end != nil, "missing \(text.debugDescription); \(transcript)")
            return end ?? terminal.output.bytes.count
        }

        func historyEntries() throws -> [String] {
            let lines = try String(contentsOf: historyFile, encoding: .utf8)
                .split(separator: "\n").map(String.init)
            #expect(lines.first == "_HiStOrY_V2_")
            return Array(lines.dropFirst())
        }
    }

    @Test("completion, UTF-8, history, Ctrl-C and Ctrl-D; the terminal is restored")
    func editingSession() throws {
        let session = try Session()

        // Tab with two candidates and nothing to add lists them; the line is kept.
        try session.typeAtPrompt("hel\t\t")
        var offset = session.expectOutput("hello  help")
        try session.terminal.type("p\r")
        offset = session.expectOutput("got: help", after: offset)

        // Non-ASCII input comes back intact.
        try session.typeAtPrompt("café\r")
        offset = session.expectOutput("got: café", after: offset)

        // One candidate completes the word and adds a space.
        try session.typeAtPrompt("his\t\r")
        offset = session.expectOutput("got: history \r\n", after: offset)

        // Up recalls earlier lines.
        try session.typeAtPrompt("\u{1b}[A\u{1b}[A\r")
        offset = session.expectOutput("got: café", after: offset)

        // Ctrl-C mid-line reports an interruption and discards the line.
        try session.typeAtPrompt("partial")
        offset = session.expectOutput("partial", after: offset)
        try session.terminal.type("\u{03}")
        offset = session.expectOutput("interrupted", after: offset)
        try session.typeAtPrompt("after\r")
        offset = session.expectOutput("got: after", after: offset)
        #expect(!session.terminal.output.transcript.contains("got: partial"))

        // Ctrl-D on an empty line ends the program normally.
        try session.typeAtPrompt("\u{04}")
        let termination = session.child.waitForExit()
        #expect(termination == .exited(0), session.transcript)

        #expect(try session.terminal.settings() == session.settingsBefore)
        #expect(try session.historyEntries() == ["help", "café", "history\\040", "café", "after"])
        let attributes = try FileManager.default.attributesOfItem(atPath: session.historyFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test(
        "SIGTERM and SIGHUP while editing: exit 128+signal, terminal restored, history kept",
        arguments: [SIGTERM, SIGHUP])
    func terminationSignal(_ signalNumber: Int32) throws {
        let session = try Session()

        try session.typeAtPrompt("keep-me\r")
        var offset = session.expectOutput("got: keep-me")
        try session.typeAtPrompt("unfinished")
        offset = session.expectOutput("unfinished", after: offset)
        #expect(try session.terminal.settings().isRaw)

        session.child.send(signal: signalNumber)
        let termination = session.child.waitForExit()
        #expect(termination == .exited(128 + signalNumber), session.transcript)

        #expect(try session.terminal.settings() == session.settingsBefore)
        #expect(try session.historyEntries() == ["keep-me"])
    }
}
