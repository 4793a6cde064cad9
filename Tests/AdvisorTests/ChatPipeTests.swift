import Foundation
import PseudoTerminalTesting
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
        let result = try Self.chat([
            "about 12 people", "bills can vary, that's fine", "not much", "not really", "no thanks, just fix it when it breaks", "quit",
        ])
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
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Could not save to /nonexistent-folder/x.json: there is no folder /nonexistent-folder."))
        // No temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["case.yaml", "mine.json"])
    }

    @Test func chatOptionsAreValidated() throws {
        let interactive = try AdvisorBinary.run(["--interactive"])
        #expect(interactive.status == 64)
        #expect(interactive.stderr.contains("--interactive goes with --answers"))
        let format = try AdvisorBinary.run(["--format", "json"])
        #expect(format.status == 64)
    }
}

extension ChatPipeTests {
    /// `reload` reports a broken rule base and keeps the old rules; a fixed one is taken up.
    @Test func reloadReportsProblemsAndKeepsWorkingRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-reload-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: PackageFolder.root.appendingPathComponent("Rules"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let size = folder.appendingPathComponent("rules/size.yaml")
        let original = try String(contentsOf: size, encoding: .utf8)

        let process = Process()
        process.executableURL = AdvisorBinary.executable
        process.arguments = ["--rules", folder.path]
        process.environment = ["HOME": folder.path, "XDG_STATE_HOME": folder.path, "PATH": "/usr/bin:/bin"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let transcript = Transcript(output.fileHandleForReading)
        func send(_ line: String, thenWaitFor marker: String) {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            #expect(transcript.wait(for: marker), "never saw \(marker.debugDescription) in: \(transcript.text)")
        }
        send("12", thenWaitFor: "How do you feel about IT bills")
        try original.replacingOccurrences(of: "when: users >= 16", with: "when: user >= 16").write(to: size, atomically: true, encoding: .utf8)
        send("reload", thenWaitFor: "keeping the rules as they were")
        #expect(
            transcript.text.contains(
                "rules/size.yaml:53:11: error: in the condition of rule 'more_than_fifteen_users': unknown question 'user'; did you mean 'users'?"))
        try original.write(to: size, atomically: true, encoding: .utf8)
        send("reload", thenWaitFor: "Reloaded the rules: 6 questions, 4 options, 30 rules.")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let builtIn = try Self.chat(["reload", "quit"])
        #expect(builtIn.stdout.contains("These are the built-in rules"))
    }

    /// Collects a child's output as it comes, so a test can wait for a marker (with a generous
    /// deadline that only guards against hangs).
    final class Transcript: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        init(_ handle: FileHandle) {
            handle.readabilityHandler = { [weak self] handle in
                let chunk = handle.availableData
                guard let self, !chunk.isEmpty else {
                    handle.readabilityHandler = nil
                    return
                }
                self.lock.lock()
                self.data.append(chunk)
                self.lock.unlock()
            }
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }

        func wait(for marker: String) -> Bool {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                if text.contains(marker) { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }
    }
}
