import Foundation
import Testing

/// `null` ("don't know") in answer files and `advisor --answers FILE --open`: the conditional
/// recommendation instead of stopping with 65.
@Suite struct OpenAnswersTests {
    static let dontKnow = AdvisorBinary.fixture("answers/dont-know.json")

    @Test(arguments: [("text", "dont-know-open.txt"), ("json", "dont-know-open.json"), ("markdown", "dont-know-open.md")])
    func outputMatchesGoldenFile(format: String, golden: String) throws {
        let result = try AdvisorBinary.run(["--answers", Self.dontKnow, "--open", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try Golden.check(result.stdout, against: golden), "output differs from golden/\(golden); ADVISOR_UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func withoutOpenTheAnswersStillStopWith65AndPointToIt() throws {
        let result = try AdvisorBinary.run(["--answers", Self.dontKnow])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "dont-know.json: the answers do not settle the recommendation yet (it could be break_fix or managed_services); still needed: downtime_cost (one of low, medium, high); --open shows what each answer would lead to"
            ), "\(result.stderr)")
    }

    @Test func jsonHasTheBranches() throws {
        let result = try AdvisorBinary.run(["--answers", Self.dontKnow, "--open", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["recommendation"] is NSNull)
        #expect(json["depends_on"] as? String == "downtime_cost")
        #expect(json["unknown"] as? [String] == ["downtime_cost"])
        let branches = try #require(json["branches"] as? [[String: Any]])
        #expect(branches.compactMap { $0["recommendation"] as? String } == ["break_fix", "managed_services"])
        let answers = branches.map { ($0["answers"] as? [[String: Any]])?.compactMap { $0["value"] as? String } }
        #expect(answers == [["low", "medium"], ["high"]])
    }

    /// A settled report shows a `null` as "don't know", not as "not answered", in every format.
    @Test func aSettledReportShowsDontKnow() throws {
        let answers = Data(#"{"users": 40, "variable_bills": "prefer_fixed", "downtime_cost": null}"#.utf8)
        let text = try AdvisorBinary.run(["--answers", "-", "--detail", "full"], input: answers)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Cost of downtime: don't know"), "\(text.stdout)")
        #expect(text.stdout.contains("Proactive care: not answered"))
        let markdown = try AdvisorBinary.run(["--answers", "-", "--format", "markdown"], input: answers)
        #expect(markdown.stdout.contains("| Cost of downtime | *don't know (cannot change the recommendation)* |"))
        let json = try AdvisorBinary.run(["--answers", "-", "--format", "json"], input: answers)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["unknown"] as? [String] == ["downtime_cost"])
    }

    @Test func settledAnswersPrintTheSameWithOrWithoutOpen() throws {
        let file = AdvisorBinary.fixture("answers/twelve-users.json")
        let plain = try AdvisorBinary.run(["--answers", file]), open = try AdvisorBinary.run(["--answers", file, "--open"])
        #expect(open.status == 0 && open.stdout == plain.stdout)
    }

    @Test func openWorksWithCosts() throws {
        let result = try AdvisorBinary.run(["--answers", Self.dontKnow, "--open", "--costs"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Recommendation: it depends on cost of downtime\n"))
        #expect(result.stdout.contains("What it would cost (USD a year, estimated)"))
        #expect(result.stdout.contains("The ranges are wider because cost of downtime is not answered"), "\(result.stdout)")
        let json = try AdvisorBinary.run(["--answers", Self.dontKnow, "--open", "--costs", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["costs"] is [Any] && object["branches"] is [Any])
        // The estimate still needs the number of users.
        let noUsers = try AdvisorBinary.run(["--answers", "-", "--open", "--costs"], input: Data(#"{"users": null}"#.utf8))
        #expect(noUsers.status == 65)
        #expect(noUsers.stderr.contains("the cost estimate needs an answer to users"))
    }

    @Test func openGoesWithAReport() throws {
        let alone = try AdvisorBinary.run(["--open"])
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--open goes with --answers <file>"))
        let interactive = try AdvisorBinary.run(["--answers", Self.dontKnow, "--interactive", "--open"])
        #expect(interactive.status == 64)
    }

    /// YAML's `~` and an empty value are null too.
    @Test func yamlNullsAreDontKnowToo() throws {
        let yaml = "users: 12\nvariable_bills: accept\nbackup_monitoring: false\nnetwork_complexity: moderate\ndowntime_cost: ~\nproactive_care: true\n"
        let tilde = try AdvisorBinary.run(["--answers", "-", "--open", "--format", "json"], input: Data(yaml.utf8))
        let empty = try AdvisorBinary.run(
            ["--answers", "-", "--open", "--format", "json"],
            input: Data(yaml.replacingOccurrences(of: "downtime_cost: ~", with: "downtime_cost:").utf8))
        let json = try AdvisorBinary.run(["--answers", Self.dontKnow, "--open", "--format", "json"])
        #expect(tilde.status == 0 && tilde.stdout == json.stdout && empty.stdout == json.stdout)
    }

    /// `--interactive`: the chat does not ask what the file says is not known.
    @Test func theChatStartedFromAFileKeepsItsDontKnows() throws {
        let result = try ChatPipeTests.chat(["answers", "quit"], arguments: ["--answers", Self.dontKnow, "--interactive"])
        #expect(result.status == 0)
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            words.contains(
                "From your answers file: number of users: 12 users; variable bills: occasional, sometimes large bills are fine; backup monitoring: no; network complexity: some servers or shared systems; cost of downtime: don't know; proactive care: yes."
            ))
        #expect(result.stdout.contains("Recommendation: it depends on cost of downtime"))
        #expect(!result.stdout.contains("When your computers are down for a day"), "the question is not asked")
    }

    /// In a batch line `null` is the question left out: a record has no conditional form.
    @Test func inBatchLinesNullIsTheQuestionLeftOut() throws {
        let withNull = #"{"users": 40, "variable_bills": "prefer_fixed", "downtime_cost": null}"#
        let without = #"{"users": 40, "variable_bills": "prefer_fixed"}"#
        let result = try AdvisorBinary.run(["batch"], input: Data((withNull + "\n" + without + "\n").utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { $0.replacingOccurrences(of: #""line":2"#, with: #""line":1"#) }
        #expect(lines.count == 2 && lines[0] == lines[1])
    }
}
