import Foundation
import MCP
import PseudoTerminalTesting
import Testing

/// The built `advisor mcp`, driven by the protocol SDK's client over pipes.
@Suite struct MCPServerTests {
    static let bakery: [String: Value] = [
        "users": 4, "variable_bills": "accept", "backup_monitoring": false, "network_complexity": "simple",
        "downtime_cost": "medium", "proactive_care": false,
    ]

    @Test func initializesAndListsToolsResourcesAndPrompt() async throws {
        let server = try ServerProcess()
        let initialized = try await server.connect()
        #expect(initialized.serverInfo.name == "advisor")
        #expect(initialized.capabilities.tools != nil)
        #expect(initialized.instructions?.contains("SHA-256") == true)
        let (tools, _) = try await server.client.listTools()
        #expect(tools.map(\.name) == ["list_questions", "next_question", "read_answer", "advise", "why_not", "what_if", "estimate_costs", "check_rules"])
        let advise = try #require(tools.first { $0.name == "advise" })
        guard case .object(let schema) = advise.inputSchema, case .object(let properties)? = schema["properties"],
            case .object(let answers)? = properties["answers"], case .object(let questions)? = answers["properties"]
        else {
            Issue.record("advise has no answers schema")
            return
        }
        #expect(questions.keys.contains("users") && questions.keys.contains("variable_bills"))
        #expect(advise.annotations.readOnlyHint == true)

        let (resources, _) = try await server.client.listResources()
        #expect(resources.map(\.uri) == ["advisor://claims", "advisor://rules"])
        for resource in resources {
            let contents = try await server.client.readResource(uri: resource.uri)
            #expect(contents.first?.text?.isEmpty == false)
        }
        let (prompts, _) = try await server.client.listPrompts()
        #expect(prompts.map(\.name) == ["interview_owner"])
        let (_, messages) = try await server.client.getPrompt(name: "interview_owner")
        guard case .text(let text)? = messages.first?.content else {
            Issue.record("the prompt has no text")
            return
        }
        #expect(text.contains("read_answer"))
        let stopped = await server.stop()
        #expect(stopped.status == 0)
        #expect(stopped.errors.isEmpty)
    }

    @Test func callsEveryTool() async throws {
        let server = try ServerProcess()
        try await server.connect()
        let calls: [(String, [String: Value])] = [
            ("list_questions", [:]),
            ("next_question", ["answers": ["users": 4]]),
            ("read_answer", ["question": "downtime_cost", "text": "we'd lose the day's orders, so quite a bit"]),
            ("advise", ["answers": .object(Self.bakery), "costs": true]),
            ("why_not", ["answers": .object(Self.bakery), "option": "managed_services"]),
            ("what_if", ["answers": .object(Self.bakery), "question": "users", "value": 60]),
            ("estimate_costs", ["answers": .object(Self.bakery), "assume": ["break_fix_hourly_rate": 110]]),
            ("check_rules", ["folder": .string(PackageRoot.rules)]),
        ]
        var digests: Set<String> = []
        for (name, arguments) in calls {
            let result = try await server.call(name, arguments)
            #expect(result.isError == false, "\(name): \(ServerProcess.text(result))")
            guard case .object(let fields)? = result.structuredContent, case .object(let ruleBase)? = fields["rule_base"],
                case .string(let digest)? = ruleBase["digest"]
            else {
                Issue.record("\(name) does not name the rule base")
                continue
            }
            digests.insert(digest)
        }
        #expect(digests.count == 1)
        #expect(digests.first?.count == 64)
        _ = await server.stop()
    }

    @Test func badInputIsAToolErrorAndTheServerGoesOn() async throws {
        let server = try ServerProcess()
        try await server.connect()
        let bad = try await server.call("advise", ["answers": ["users": "lots", "variable_bills": "acept"]])
        #expect(bad.isError == true)
        #expect(ServerProcess.text(bad).contains("answers.users: 'lots' is not a number: users takes a whole number of at least 1"))
        #expect(ServerProcess.text(bad).contains("did you mean 'accept'?"))
        let question = try await server.call("read_answer", ["question": "user", "text": "twelve"])
        #expect(ServerProcess.text(question).hasPrefix("question: 'user' is not a question; did you mean 'users'?"))
        await #expect(throws: MCPError.self) { try await server.call("advice") }
        let after = try await server.call("read_answer", ["question": "users", "text": "twelve of us"])
        #expect(after.isError == false)
        _ = await server.stop()
    }

    @Test func aMalformedRequestGetsAnErrorAndTheServerGoesOn() async throws {
        let server = try ServerProcess()
        try await server.connect()
        try server.writeRaw("this is not JSON {\n")
        try server.writeRaw("{\"jsonrpc\":\"2.0\",\"id\":\"odd\",\"method\":\"tools/call\",\"params\":{\"name\":5}}\n")
        let after = try await server.call("list_questions")
        #expect(after.isError == false)
        _ = await server.stop()
    }

    @Test(
        arguments: [
            (
                [],
                [
                    "users": 4, "variable_bills": "accept", "backup_monitoring": false, "network_complexity": "simple", "downtime_cost": "medium",
                    "proactive_care": false,
                ]
            ),
            (
                ["--costs", "--assume", "break_fix_hourly_rate=110"],
                [
                    "users": 12, "variable_bills": "prefer_fixed", "backup_monitoring": true, "network_complexity": "moderate", "downtime_cost": "high",
                    "proactive_care": true,
                ]
            ),
            (["--open"], ["users": 8, "downtime_cost": .null]),
        ] as [([String], [String: Value])])
    func adviseIsTheCommandLineJSONByteForByte(options: [String], answers: [String: Value]) async throws {
        let server = try ServerProcess()
        try await server.connect()
        var arguments: [String: Value] = ["answers": .object(answers)]
        if options.contains("--open") { arguments["open"] = true }
        if options.contains("--costs") {
            arguments["costs"] = true
            arguments["assume"] = ["break_fix_hourly_rate": 110]
        }
        let result = try await server.call("advise", arguments)
        #expect(result.isError == false, "\(ServerProcess.text(result))")
        let file = server.folder.appendingPathComponent("answers.json")
        try JSONEncoder().encode(answers).write(to: file)
        let command = try runAdvisor(["--answers", file.path, "--format", "json"] + options, in: server.folder)
        #expect(command.status == 0)
        #expect(ServerProcess.text(result) == command.output)
        _ = await server.stop()
    }

    @Test func aThousandCallsInARowKeepMemoryFlatAndWriteNoFiles() async throws {
        let server = try ServerProcess()
        try await server.connect()
        let names = ["advise", "read_answer", "next_question", "why_not", "estimate_costs"]
        var warm: Int?
        for call in 0..<1000 {
            let name = names[call % names.count]
            var arguments: [String: Value] = ["answers": .object(Self.bakery)]
            if name == "read_answer" { arguments = ["question": "users", "text": "about \(call % 90 + 1) people"] }
            if name == "why_not" { arguments["option"] = "in_house" }
            let result = try await server.call(name, arguments)
            #expect(result.isError == false)
            if call == 199 { warm = server.residentKilobytes }
        }
        let end = try #require(server.residentKilobytes)
        let start = try #require(warm)
        // Flat: after a warm-up of 200 calls, 800 more add less than 8 MB.
        #expect(end - start < 8_192, "resident memory grew from \(start) kB to \(end) kB")
        let stopped = await server.stop()
        #expect(stopped.status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: server.folder.path)
        #expect(written.isEmpty, "the server wrote \(written)")
    }
}

extension MCPServerTests {
    @Test func withoutTheServerProgramItSaysWhatToInstall() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("advisor")
        try FileManager.default.copyItem(at: PackageFolder.product("advisor"), to: alone)
        let process = Process()
        process.executableURL = alone
        process.arguments = ["mcp"]
        let errors = Pipe()
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 69)
        #expect(message.contains("install advisor-mcp beside advisor"))
    }

    @Test func brokenRulesAreReportedBeforeServing() throws {
        let result = try runAdvisor(["mcp", "--rules", "/no/such/rules"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 66)
    }
}

enum PackageRoot {
    static var rules: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Rules").path
    }
}
