import AdvisorKit
import Foundation
import Glibc
import PseudoTerminalTesting
import Testing

/// "I don't know" through to a conditional recommendation, and an unfinished conversation
/// carried over a closed terminal (SIGHUP), in a real pseudo-terminal. Every session has its own
/// temporary state folder (`XDG_STATE_HOME`); sessions that share one share it on purpose.
@Suite("Don't know and resume on a pseudo-terminal", .serialized)
struct ChatResumeTerminalTests {
    typealias Session = ChatTerminalTests.Session
    static let limit = ChatTerminalTests.limit
    static let questions = ChatTerminalTests.questions
    static let openings = questions.map { ChatTerminalTests.opening($0.ask) }

    /// Answers that leave the outcome open as long as possible; `downtime_cost` is not known.
    static let answers = [
        "users": "about 12 people", "variable_bills": "bills can vary, that's fine", "backup_monitoring": "no",
        "network_complexity": "some servers", "downtime_cost": "skip", "proactive_care": "yes",
    ]

    /// A chat whose state folder is `state` (shared between sessions of one test).
    static func session(_ state: TemporaryDirectory, arguments: [String] = []) throws -> Session {
        try Session(extraEnvironment: ["XDG_STATE_HOME": state.url.path], arguments: arguments)
    }

    /// The kept conversations: one file each in `advisor/conversations/`.
    static func savedFiles(_ state: TemporaryDirectory) -> [URL] {
        let folder = state.file("advisor/conversations")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Waits for the next question and answers it from `answers`; returns the offset after the
    /// echo, or nil once `stop` appears instead of a question.
    static func answerNext(_ session: Session, after offset: Int, stop: String) throws -> (offset: Int, question: String)? {
        guard case .answered(let id, let next)? = try ChatTerminalTests.nextStep(session, answers, after: offset, stop: stop) else { return nil }
        return (next, id)
    }

    @Test("skip leaves a question open and the chat ends with a conditional recommendation; how and why work")
    func skipThroughToAConditionalRecommendation() throws {
        let state = try TemporaryDirectory(prefix: "ChatResume")
        let session = try Self.session(state)
        var offset = 0
        var asked: [String] = []
        for _ in 0..<(2 * Self.questions.count) {
            guard let step = try Self.answerNext(session, after: offset, stop: "Recommendation:") else { break }
            offset = step.offset
            asked.append(step.question)
        }
        #expect(asked.contains("downtime_cost"), "asked: \(asked)")
        #expect(Set(asked).count == asked.count, "a question was asked twice: \(asked)")
        // The owner's summary of what it depends on.
        offset = session.expectOutput("it depends on cost of downtime", after: offset)
        offset = session.expectOutput("If cost of downtime is “a lot; work stops and money is lost”: Managed", after: offset)
        offset = session.expectOutput("Whatever the answer", after: offset)
        offset = session.expectOutput("Type change cost of downtime when you know it, or how for the full reasoning.", after: offset)

        // how: the full reasoning, with the rules by id and the answers.
        try session.typeAtPrompt("how\r")
        offset = session.expectOutput("rule managed_does_upkeep", after: offset)
        offset = session.expectOutput("Cost of downtime: don't know", after: offset)
        try session.typeAtPrompt("why\r")
        offset = session.expectOutput("which you left open", after: offset)
        session.expectOutput("\n> ", after: offset)

        // The advice was given and the owner leaves normally: nothing is offered next time.
        try session.typeAtPrompt("\u{04}")
        #expect(session.child.waitForExit(within: Self.limit) == .exited(0), session.transcript)
        #expect(try session.terminal.settings() == session.settingsBefore)
        #expect(Self.savedFiles(state).isEmpty)
    }

    @Test("a conversation cut off by SIGHUP is offered back: yes carries on, no starts afresh, --fresh does not ask")
    func resumeAfterHangUp() throws {
        let state = try TemporaryDirectory(prefix: "ChatResume")

        // 1. Two answers, then the terminal goes away.
        let first = try Self.session(state)
        var offset = 0
        var answered: [String] = []
        for _ in 0..<2 {
            let step = try #require(try Self.answerNext(first, after: offset, stop: "Recommendation:"))
            offset = step.offset
            answered.append(step.question)
        }
        let third = try #require(first.output.waitForFirst(of: Self.openings, after: offset, within: Self.limit), first.transcript)
        #expect(!answered.contains(Self.questions[third.index].id))
        #expect(try first.terminal.waitForRawMode(), "the chat never read keys; \(first.transcript)")
        first.child.send(signal: SIGHUP)
        #expect(first.child.waitForExit(within: Self.limit) == .exited(128 + SIGHUP), first.transcript)
        #expect(try first.terminal.settings() == first.settingsBefore)
        let kept = Self.savedFiles(state)
        try #require(kept.count == 1, "\(kept)")
        let attributes = try FileManager.default.attributesOfItem(atPath: kept[0].path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // 2. The next start offers it; yes restores it and asks the question it was on.
        let second = try Self.session(state)
        offset = second.expectOutput("Carry on? (yes/no)")
        let offer = second.output.text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            offer.range(
                of: #"You have an unfinished conversation from \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d with 2 answers\. Carry on\? \(yes/no\)"#,
                options: .regularExpression) != nil, "\(offer)")
        #expect(!second.output.text().contains("How many people"), "no greeting before the reply")
        try second.typeAtPrompt("yes\r")
        offset = second.expectOutput("Carrying on where you left off.", after: offset)
        offset = second.expectOutput("So far: number of users: 12 users;", after: offset)
        second.expectOutput(Self.openings[third.index], after: offset)
        try second.typeAtPrompt("\u{04}")
        #expect(second.child.waitForExit(within: Self.limit) == .exited(0), second.transcript)
        #expect(Self.savedFiles(state) == kept, "left before the advice: still unfinished")

        // 3. --fresh starts afresh without asking and leaves the saved conversation alone.
        let fresh = try Self.session(state, arguments: ["--fresh"])
        offset = fresh.expectOutput("How many people in your business use a computer")
        #expect(!fresh.output.text().contains("unfinished conversation"))
        try fresh.typeAtPrompt("\u{04}")
        #expect(fresh.child.waitForExit(within: Self.limit) == .exited(0), fresh.transcript)
        #expect(Self.savedFiles(state) == kept)

        // 4. No discards it and starts afresh; the offer does not come back.
        let thirdSession = try Self.session(state)
        offset = thirdSession.expectOutput("Carry on? (yes/no)")
        try thirdSession.typeAtPrompt("maybe\r")
        offset = thirdSession.expectOutput("Please answer yes or no", after: offset)
        try thirdSession.typeAtPrompt("no\r")
        offset = thirdSession.expectOutput("Starting afresh.", after: offset)
        thirdSession.expectOutput("How many people in your business use a computer", after: offset)
        #expect(Self.savedFiles(state).isEmpty)
        try thirdSession.typeAtPrompt("\u{04}")
        #expect(thirdSession.child.waitForExit(within: Self.limit) == .exited(0), thirdSession.transcript)
        let last = try Self.session(state)
        last.expectOutput("How many people in your business use a computer")
        #expect(!last.output.text().contains("unfinished conversation"))
    }

    @Test("a damaged saved conversation is reported in one line, set aside, and the chat starts afresh")
    func damagedSavedConversationIsSetAside() throws {
        let state = try TemporaryDirectory(prefix: "ChatResume")
        let folder = state.file("advisor/conversations")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{"version": 1, "answers": {"users": "#.utf8).write(to: folder.appendingPathComponent("20261120-100000-1-1.json"))
        let session = try Self.session(state)
        let offset = session.expectOutput("advisor: warning: the saved conversation ")
        session.expectOutput("How many people in your business use a computer", after: offset)
        let report = session.output.text().components(separatedBy: "\n").first { $0.contains("saved conversation") } ?? ""
        #expect(report.contains("cannot be used: it is not a JSON object (cut short or damaged); set aside as"), "\(report)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.hasPrefix("20261120-100000-1-1.") && $0.hasSuffix(".set-aside.json") }, "\(names)")
        #expect(Self.savedFiles(state).filter { !$0.lastPathComponent.hasSuffix(".set-aside.json") }.isEmpty)
    }

    /// The one conversation that earlier versions kept (`advisor/conversation.json`) is still offered.
    @Test("a conversation kept by an earlier version is offered and carried on")
    func aConversationKeptByAnEarlierVersionIsOffered() throws {
        let state = try TemporaryDirectory(prefix: "ChatResume")
        let folder = state.file("advisor")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let questions = Self.questions.map { question -> String in
            let type: String
            switch question.kind {
            case .integer: type = "integer"
            case .boolean: type = "boolean"
            case .choice: type = "choice"
            }
            return #"{"id": "\#(question.id)", "type": "\#(type)"}"#
        }
        let saved =
            #"{"version": 1, "savedAt": "2026-11-20T10:00:00Z", "questions": [\#(questions.joined(separator: ", "))], "answers": {"users": "12"}, "dontKnow": [], "assumptions": {}}"#
        try Data(saved.utf8).write(to: folder.appendingPathComponent("conversation.json"))
        let session = try Self.session(state)
        var offset = session.expectOutput("Carry on? (yes/no)")
        #expect(session.output.text().split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("from 20 November 2026 at"))
        #expect(session.output.text().split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("with 1 answer. Carry on?"))
        try session.typeAtPrompt("yes\r")
        offset = session.expectOutput("So far: number of users: 12 users.", after: offset)
        try session.typeAtPrompt("\u{04}")
        #expect(session.child.waitForExit(within: Self.limit) == .exited(0), session.transcript)
    }
}

/// Scripts never meet the saved conversation: piped chats and `--answers` runs neither read nor write it.
@Suite struct SavedConversationScriptTests {
    @Test func pipesAndAnswerFilesLeaveTheSavedConversationAlone() throws {
        let state = try TemporaryDirectory(prefix: "SavedConversationScript")
        let file = state.file("advisor/conversation.json")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let saved = Data(#"{"version": 1, "savedAt": "2026-11-20T10:00:00Z", "questions": [], "answers": {}, "dontKnow": [], "assumptions": {}}"#.utf8)
        try saved.write(to: file)
        let environment = ["HOME": state.url.path, "XDG_STATE_HOME": state.url.path]
        let piped = try AdvisorBinary.run([], input: Data("12\nskip\nquit\n".utf8), environment: environment)
        #expect(piped.status == 0)
        #expect(!piped.stdout.contains("unfinished conversation"))
        #expect(piped.stdout.contains("Noted: variable bills: don't know."))
        let report = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/dont-know.json"), "--open"], environment: environment)
        #expect(report.status == 0)
        #expect(try Data(contentsOf: file) == saved, "untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["conversation.json"])
        let fresh = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/dont-know.json"), "--fresh"], environment: environment)
        #expect(fresh.status == 64)
        #expect(fresh.stderr.contains("--fresh goes with the chat"))
    }
}
