import Foundation
import Testing

/// The chat driven through standard input (not a terminal): plain lines in, plain text out.
@Suite struct ChatPipeTests {
    static func chat(_ lines: [String], arguments: [String] = [], directory: URL? = nil) throws -> AdvisorBinary.Result {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let input = Data(lines.map { $0 + "\n" }.joined().utf8)
        return try AdvisorBinary.run(arguments, input: input, environment: ["HOME": home.path, "XDG_STATE_HOME": home.path], directory: directory)
    }

    @Test func anInterviewThroughAPipe() throws {
        let result = try Self.chat(["about 12 people", "not really", "bills can vary, that's fine", "not much", "quit"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("How many people in your business use a computer for their work?"))
        #expect(result.stdout.contains("Recommendation: Break-fix shop"))
        #expect(!result.stdout.contains("\u{1B}"), "no escape codes")
        #expect(!result.stdout.contains("> "), "no prompts")
    }

    @Test func endOfInputBeforeTheEndLeavesQuietly() throws {
        let result = try Self.chat(["12"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("Recommendation:"))
    }

    @Test func answersFileStartsTheChatPartway() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-partial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"users": 12, "proactive_care": true}"#.utf8).write(to: folder.appendingPathComponent("partial.json"))
        let result = try Self.chat(["quit"], arguments: ["--answers", "partial.json", "--interactive"], directory: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("From your answers file: number of users: 12 users; proactive care: yes."))
        #expect(!result.stdout.contains("How many people"), "does not ask what the file answered")
    }

    @Test func saveWritesAFileThatAnswersAccepts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.chat(["40", "save mine.json", "save /nonexistent-folder/x.json", "save-test case.yaml", "quit"], directory: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Saved your answers (use them with advisor --answers mine.json) to mine.json."))
        #expect(result.stdout.contains("Could not save to /nonexistent-folder/x.json"))
        #expect(result.stdout.contains("Saved this conversation as a rule test case to case.yaml."))
        let replay = try AdvisorBinary.run(["--answers", "mine.json"], directory: folder)
        #expect(replay.status == 0)
        #expect(replay.stdout.hasPrefix("Recommendation: Managed services provider"))
        let testCase = try String(contentsOf: folder.appendingPathComponent("case.yaml"), encoding: .utf8)
        #expect(testCase.contains("recommendation: managed_services"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func chatOptionsAreValidated() throws {
        let interactive = try AdvisorBinary.run(["--interactive"])
        #expect(interactive.status == 64)
        #expect(interactive.stderr.contains("--interactive goes with --answers"))
        let format = try AdvisorBinary.run(["--format", "json"])
        #expect(format.status == 64)
    }
}
