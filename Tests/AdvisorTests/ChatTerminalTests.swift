import AdvisorKit
import Foundation
import Glibc
import PseudoTerminalTesting
import Testing

/// The guided chat (`advisor` with no arguments) driven through a real pseudo-terminal:
/// line editing, completion, history, Ctrl-C, Ctrl-D, signals, colour and the terminal's settings.
///
/// Deadlines only keep a broken test from hanging; nothing here depends on timing.
@Suite("Chat on a pseudo-terminal", .serialized)
struct ChatTerminalTests {
    /// A running `advisor` chat on a fresh terminal, with its own HOME and state folder.
    final class Session {
        let terminal: PseudoTerminal
        let child: ChildProcess
        let home: TemporaryDirectory
        let settingsBefore: TerminalSettings

        /// `$XDG_STATE_HOME/advisor/history`.
        var historyFile: URL { home.file("state/advisor/history") }

        init(extraEnvironment: [String: String] = [:], arguments: [String] = []) throws {
            let executable = AdvisorBinary.executable.path
            try #require(FileManager.default.isExecutableFile(atPath: executable), "build advisor first (swift build)")
            home = try TemporaryDirectory(prefix: "ChatTerminalTests")
            terminal = try PseudoTerminal()
            // libedit's own cooked mode differs, so only a real restore passes the settings check.
            try terminal.useUncommonSettings()
            settingsBefore = try terminal.settings()
            var environment = [
                "HOME": home.url.path,
                "XDG_STATE_HOME": home.file("state").path,
                "TERM": "xterm",
                "LANG": "C.UTF-8",
                "LC_ALL": "C.UTF-8",
                "PATH": "/usr/bin:/bin",
            ]
            for (key, value) in extraEnvironment { environment[key] = value }
            child = try ChildProcess.launch(executable, arguments: arguments, environment: environment, streams: .terminal(path: terminal.slavePath))
        }

        deinit {
            child.stop()
        }

        var output: OutputReader { terminal.output }

        var transcript: Comment { "terminal output: \(output.transcript)" }

        /// Waits for the editor to read keys, then types `keys`.
        func typeAtPrompt(_ keys: String) throws {
            #expect(try terminal.waitForRawMode(), "the chat never read keys; \(transcript)")
            try terminal.type(keys)
        }

        /// Waits for `text` after `offset` and returns the offset just after it; records an
        /// issue (and returns the end of the output) if it never comes.
        @discardableResult
        func expectOutput(_ text: String, after offset: Int = 0, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
            let end = output.waitFor(text, after: offset, within: ChatTerminalTests.limit)
            #expect(end != nil, "missing \(text.debugDescription); \(transcript)", sourceLocation: sourceLocation)
            return end ?? output.bytes.count
        }

        /// The history file's entries, with libedit's escapes (`\040` for a space) decoded.
        func historyEntries() throws -> [String] {
            let lines = try String(contentsOf: historyFile, encoding: .utf8).split(separator: "\n").map(String.init)
            #expect(lines.first == "_HiStOrY_V2_")
            return lines.dropFirst().map(ChatTerminalTests.decodeHistoryEntry)
        }
    }

    /// Generous, so that only a hang fails.
    static let limit: Duration = .seconds(20)

    /// The questions as the built-in rules put them, which is what the binary asks.
    static let questions: [Question] = (try? DefaultRules.load().questions) ?? []

    /// The first words of `text`: short enough never to be split by the chat's wrapping at 80 columns.
    static func opening(_ text: String, words: Int = 5) -> String {
        text.split(separator: " ").prefix(words).joined(separator: " ")
    }

    /// What to answer to each question in the long flow.
    static func answer(to question: Question) -> String {
        switch question.id {
        case "users": return "about 12 people"
        case "variable_bills": return "we'd rather have a fixed monthly fee"
        case "network_complexity": return "complex"
        case "downtime_cost": return "high"
        default: break
        }
        switch question.kind {
        case .integer(let range, _): return String(range.lowerBound)
        case .boolean: return "yes"
        case .choice(let choices): return choices.first?.value ?? "yes"
        }
    }

    /// One step of a scripted interview: a question answered, or `stop` seen instead.
    enum InterviewStep {
        case answered(question: String, offset: Int)
        case stopped(offset: Int)
    }

    /// Waits for the next question or `stop` after `offset`; answers a question from `script` (by
    /// question id) and returns the offset after the echo. Nil (recorded as an issue) when
    /// neither appears in time.
    static func nextStep(_ session: Session, _ script: [String: String], after offset: Int, stop: String) throws -> InterviewStep? {
        let openings = questions.map { opening($0.ask) }
        guard let seen = session.output.waitForFirst(of: openings + [stop], after: offset, within: limit) else {
            Issue.record("neither a question nor \(stop.debugDescription); \(session.transcript)")
            return nil
        }
        guard seen.index < openings.count else { return .stopped(offset: seen.end) }
        let id = questions[seen.index].id
        let line = try #require(script[id], "asked \(id)")
        try session.typeAtPrompt(line + "\r")
        return .answered(question: id, offset: session.expectOutput("> " + line, after: seen.end))
    }

    /// Undoes libedit's `strvis` encoding of history lines (`\040` for a space, `\\` for a backslash).
    static func decodeHistoryEntry(_ entry: String) -> String {
        let source = Array(entry.utf8)
        let isOctal = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte) }
        var bytes: [UInt8] = []
        var index = 0
        while index < source.count {
            let rest = source[index...].dropFirst()
            if source[index] != UInt8(ascii: "\\") || rest.isEmpty {
                bytes.append(source[index])
                index += 1
            } else if rest.count >= 3, rest.prefix(3).allSatisfy(isOctal) {
                bytes.append(rest.prefix(3).reduce(0) { $0 &* 8 &+ ($1 - UInt8(ascii: "0")) })
                index += 4
            } else {
                bytes.append(rest[rest.startIndex])
                index += 2
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("completion, why, answering to a recommendation, history, Ctrl-C, Ctrl-D; terminal restored")
    func fullConversation() throws {
        let questions = Self.questions
        try #require(!questions.isEmpty, "the built-in rules did not load")
        let openings = questions.map { Self.opening($0.ask) }
        try #require(Set(openings).count == openings.count, "question openings must tell the questions apart: \(openings)")
        let users = try #require(questions.firstIndex { $0.id == "users" })
        let session = try Session()

        // 1. The first question, answered in words; another question follows.
        var offset = session.expectOutput("How many people in your business use a computer")
        try session.typeAtPrompt("about 12 people\r")
        offset = session.expectOutput("> about 12 people", after: offset)
        let next = try #require(
            session.output.waitForFirst(of: openings, after: offset, within: Self.limit),
            "no question after the first answer; \(session.transcript)")
        #expect(next.index != users, "the number of users was asked again; \(session.transcript)")
        offset = next.end
        var current = next.index

        // 2. Tab twice on "wh" lists the commands starting with it; Ctrl-U clears the line.
        try session.typeAtPrompt("wh\t\t")
        let listed = session.expectOutput("why-not", after: offset)
        let listing =
            session.output.text(from: offset)
            .components(separatedBy: "\n").first { $0.contains("why-not") } ?? ""
        let words = Set(listing.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        #expect(words.isSuperset(of: ["why", "what-if", "why-not"]), "completions listed: \(listing.debugDescription)")
        offset = listed
        try session.terminal.type("\u{15}")

        // 3. `why` explains the current question (so the line really was cleared), then asks it again.
        try session.terminal.type("why\r")
        offset = session.expectOutput(Self.opening(questions[current].why), after: offset)

        // 4. Answer whichever question is on screen until the recommendation comes.
        var lastLine = "about 12 people"
        var recommended = false
        for _ in 0..<(2 * questions.count) {
            guard let seen = session.output.waitForFirst(of: openings + ["Recommendation:"], after: offset, within: Self.limit) else {
                Issue.record("neither a question nor the recommendation; \(session.transcript)")
                break
            }
            offset = seen.end
            if seen.index == openings.count {
                recommended = true
                break
            }
            current = seen.index
            lastLine = Self.answer(to: questions[current])
            try session.typeAtPrompt(lastLine + "\r")
            offset = session.expectOutput("> " + lastLine, after: offset)
        }
        #expect(recommended, "no recommendation; \(session.transcript)")

        // 5. Up recalls the last line; Ctrl-U clears it, so the next command runs on its own.
        offset = session.expectOutput("\n> ", after: offset)
        try session.typeAtPrompt("\u{1b}[A")
        offset = session.expectOutput("> " + lastLine, after: offset)
        try session.terminal.type("\u{15}answers\r")
        offset = session.expectOutput("So far:", after: offset)

        // 6. Ctrl-C at the prompt does not end the chat.
        try session.typeAtPrompt("\u{03}")
        offset = session.expectOutput("^C", after: offset)
        try session.typeAtPrompt("answers\r")
        offset = session.expectOutput("So far:", after: offset)

        // 7. Ctrl-D on an empty line ends it normally.
        offset = session.expectOutput("\n> ", after: offset)
        try session.typeAtPrompt("\u{04}")
        #expect(session.child.waitForExit(within: Self.limit) == .exited(0), session.transcript)

        // 8. The terminal is as it was before the chat.
        #expect(try session.terminal.settings() == session.settingsBefore)

        // 9. The history is kept, privately.
        let attributes = try FileManager.default.attributesOfItem(atPath: session.historyFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let entries = try session.historyEntries()
        #expect(entries.contains("about 12 people"), "history: \(entries)")
        #expect(entries.contains("why"), "history: \(entries)")
    }

    /// Runs the short flow that settles on a managed service (`40`, then whatever is still asked:
    /// the backups, which decide a caveat, and perhaps the bills) and returns the output from the
    /// end of the first line typed up to the prompt after the recommendation.
    private func recommendationOutput(_ session: Session) throws -> String {
        var offset = session.expectOutput("How many people in your business use a computer")
        try session.typeAtPrompt("40\r")
        let start = session.expectOutput("> 40", after: offset)
        offset = start
        let openings = Self.questions.map { Self.opening($0.ask) }
        let replies = ["backup_monitoring": "yes, our office manager checks them", "variable_bills": "we'd rather have a fixed monthly fee"]
        while let seen = session.output.waitForFirst(of: openings + ["Recommendation:"], after: offset, within: Self.limit),
            seen.index < openings.count
        {
            let reply = try #require(replies[Self.questions[seen.index].id], "asked \(Self.questions[seen.index].id)")
            try session.typeAtPrompt(reply + "\r")
            offset = session.expectOutput("> " + reply, after: seen.end)
        }
        let recommendation = session.expectOutput("Recommendation:", after: offset)
        let end = session.expectOutput("\n> ", after: recommendation)
        let text = String(decoding: session.output.bytes[start..<end], as: UTF8.self)
        #expect(text.contains("Managed services provider"), session.transcript)

        try session.typeAtPrompt("\u{04}")
        #expect(session.child.waitForExit(within: Self.limit) == .exited(0), session.transcript)
        #expect(try session.terminal.settings() == session.settingsBefore)
        return text
    }

    @Test("the recommendation is in colour on a terminal")
    func colourOnTerminal() throws {
        let text = try recommendationOutput(Session())
        #expect(text.contains("\u{1b}["), "no escape sequence in \(text.debugDescription)")
    }

    @Test("NO_COLOR=1 turns colour off")
    func noColour() throws {
        let text = try recommendationOutput(Session(extraEnvironment: ["NO_COLOR": "1"]))
        #expect(!text.contains("\u{1b}"), "escape sequence in \(text.debugDescription)")
    }

    @Test("an unsure answer is confirmed: no asks again with examples, yes takes it")
    func unsureAnswerIsConfirmed() throws {
        let session = try Session(extraEnvironment: ["NO_COLOR": "1"])
        let users = Self.opening(try #require(Self.questions.first { $0.id == "users" }).ask)
        var offset = session.expectOutput(users)
        try session.typeAtPrompt("maybe 12?\r")
        offset = session.expectOutput("Did you mean: 12 users? (yes/no)", after: offset)
        try session.typeAtPrompt("no\r")
        offset = session.expectOutput("All right. I need a whole number of at least 1", after: offset)
        offset = session.expectOutput(users, after: offset)
        try session.typeAtPrompt("probably twelve\r")
        offset = session.expectOutput("Did you mean: 12 users? (yes/no)", after: offset)
        try session.typeAtPrompt("yes\r")
        let others = Self.questions.filter { $0.id != "users" }.map { Self.opening($0.ask) }
        let next = session.output.waitForFirst(of: others, after: offset, within: Self.limit)
        #expect(next != nil, "no next question after yes; \(session.transcript)")
        offset = next?.end ?? offset
        try session.typeAtPrompt("answers\r")
        session.expectOutput("number of users: 12 users", after: offset)

        try session.typeAtPrompt("\u{04}")
        #expect(session.child.waitForExit(within: Self.limit) == .exited(0), session.transcript)
        #expect(try session.terminal.settings() == session.settingsBefore)
    }

    @Test("SIGTERM at the prompt: exit status 143 and the terminal restored")
    func terminationSignal() throws {
        let session = try Session()
        let offset = session.expectOutput("How many people in your business use a computer")
        try session.typeAtPrompt("unfinished")
        session.expectOutput("unfinished", after: offset)
        #expect(try session.terminal.settings().isRaw)

        session.child.send(signal: SIGTERM)
        #expect(session.child.waitForExit(within: Self.limit) == .exited(128 + SIGTERM), session.transcript)
        #expect(try session.terminal.settings() == session.settingsBefore)
    }
}
