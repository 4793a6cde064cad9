import Foundation
import AdvisorKit
import PseudoTerminalTesting
import Testing

/// `advisor --answers FILE`, run as a built binary on good answer files.
@Suite struct AnswersCommandTests {
    /// The owner's summary is the default (Markdown: the summary, then the full reasoning in a
    /// collapsed section); `--detail full` is the full reasoning; JSON has both, whatever the detail.
    @Test(arguments: [
        ("twelve-users.json", "text", "summary", "twelve-users.txt"),
        ("twelve-users.json", "text", "full", "twelve-users-full.txt"),
        ("twelve-users.json", "json", "summary", "twelve-users.json"),
        ("twelve-users.json", "json", "full", "twelve-users.json"),
        ("twelve-users.json", "markdown", "summary", "twelve-users.md"),
        ("twelve-users.json", "markdown", "full", "twelve-users-full.md"),
        ("growing-firm.yaml", "text", "summary", "growing-firm.txt"),
        ("growing-firm.yaml", "text", "full", "growing-firm-full.txt"),
        ("growing-firm.yaml", "json", "summary", "growing-firm.json"),
        ("handful.yaml", "markdown", "summary", "handful.md"),
    ])
    func outputMatchesGoldenFile(answers: String, format: String, detail: String, golden: String) throws {
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/" + answers), "--format", format, "--detail", detail])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let normalized = result.stdout.replacingOccurrences(of: AdvisorBinary.fixtures.path + "/", with: "")
        #expect(try Golden.check(normalized, against: golden), "output differs from golden/\(golden); ADVISOR_UPDATE_GOLDEN=1 rewrites it")
    }

    /// The default is the owner's summary: one screen, plain words, ending on how to see the
    /// full reasoning, which `--detail full` prints.
    @Test func theSummaryIsTheDefaultAndTheFullReasoningIsOneOptionAway() throws {
        let file = AdvisorBinary.fixture("answers/twelve-users.json")
        let summary = try AdvisorBinary.run(["--answers", file])
        #expect(summary.status == 0, "\(summary.stderr)")
        let lines = summary.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 24 && lines.allSatisfy { $0.count <= 80 }, "\(summary.stdout)")
        #expect(lines.first == "Recommendation: Break-fix shop")
        #expect(lines.last == "Add --detail full for the full reasoning, --costs for every option's cost.")
        for id in ["accepts_variable_bills", "rule ", "points", "+4", "break_fix", "variable_bills"] {
            #expect(!summary.stdout.contains(id), "the summary names \(id)")
        }
        let full = try AdvisorBinary.run(["--answers", file, "--detail", "full"])
        #expect(full.status == 0)
        #expect(full.stdout.contains("rule accepts_variable_bills") && full.stdout.contains("\nRanking\n"))
        #expect(full.stdout.hasSuffix("Rule base: Rules, SHA-256 \(DefaultRules.identity.shortDigest)\n"))
    }

    @Test func detailGoesWithAReportAndTakesSummaryOrFull() throws {
        let chat = try AdvisorBinary.run(["--detail", "full"])
        #expect(chat.status == 64)
        #expect(chat.stderr.contains("--detail applies to a report from --answers; in the chat, type how for the full reasoning."), "\(chat.stderr)")
        let wrong = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/handful.yaml"), "--detail", "everything"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("'everything'") && wrong.stderr.contains("summary") && wrong.stderr.contains("full"), "\(wrong.stderr)")
        let help = try AdvisorBinary.run(["help", "advise"])
        #expect(help.stdout.contains("--detail <level>"))
    }

    /// JSON keeps every field of the full report, whatever the detail, and adds the summary's sentences.
    @Test func jsonAddsTheSummarysSentences() throws {
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/twelve-users.json"), "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["recommendation"] as? String == "Break-fix shop")
        let why = try #require(summary["why"] as? [[String: String]])
        #expect((2...3).contains(why.count))
        #expect(why.allSatisfy { $0["rule"] != nil && $0["text"] != nil })
        let caveats = try #require(summary["before_you_sign"] as? [[String: String]])
        #expect(caveats.first?["rule"] == "backups_unwatched", "nobody watches the backups: that caveat comes first")
        #expect((summary["cost"] as? String)?.hasPrefix("Typical cost a year: ") == true)
        #expect(summary["runner_up"] as? String == "Managed services provider")
        for key in ["reasons", "caveats", "ranking", "what_would_change", "rule_base"] { #expect(json[key] != nil, "the full report's \(key)") }
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        for format in ["text", "json", "markdown"] {
            for detail in ["summary", "full"] {
                let arguments = ["--answers", AdvisorBinary.fixture("answers/twelve-users.json"), "--format", format, "--detail", detail]
                let first = try AdvisorBinary.run(arguments), second = try AdvisorBinary.run(arguments)
                #expect(first.stdout == second.stdout)
            }
        }
    }

    @Test func readsAnswersFromStandardInput() throws {
        let input = Data(#"{"users": 40, "variable_bills": "prefer_fixed"}"#.utf8)
        let result = try AdvisorBinary.run(["--answers", "-", "--format", "json"], input: input)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["recommendation"] as? String == "managed_services")
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(ranking.count == 4)
        #expect(ranking.compactMap { $0["option"] as? String }.sorted() == ["break_fix", "in_house", "managed_services", "sole_proprietor"])
        #expect((json["unanswered"] as? [String])?.count == 4)
        for key in ["reasons", "caveats", "answers", "what_would_change"] { #expect(json[key] != nil, "missing \(key)") }
        let reason = try #require((json["reasons"] as? [[String: Any]])?.first)
        #expect(reason["rule"] is String && reason["text"] is String && reason["effects"] is [Any])
    }

    @Test func textWrapsToTheGivenWidthWithoutColour() throws {
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/twelve-users.json")], environment: ["COLUMNS": "50"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 50 }, "\(lines.filter { $0.count > 50 })")
        #expect(!result.stdout.contains("\u{1B}["), "no escape codes when not on a terminal")
    }

    @Test func worksFromAnyFolderWithTheBuiltInRules() throws {
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/handful.yaml")], directory: elsewhere)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Recommendation: Break-fix shop"))
    }

    @Test func rulesFolderComesFromTheFlagOrTheEnvironment() throws {
        let rules = PackageFolder.root.appendingPathComponent("Rules").path
        let viaFlag = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/handful.yaml"), "--rules", rules])
        let viaEnvironment = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/handful.yaml")], environment: ["ADVISOR_RULES": rules])
        let builtIn = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/handful.yaml")])
        #expect(viaFlag.status == 0 && viaEnvironment.status == 0)
        #expect(viaFlag.stdout == builtIn.stdout)
        #expect(viaEnvironment.stdout == builtIn.stdout)
        let broken = try AdvisorBinary.run(
            ["--answers", AdvisorBinary.fixture("answers/handful.yaml")], environment: ["ADVISOR_RULES": AdvisorBinary.fixture("broken-rules")])
        #expect(broken.status == 78)
    }

    @Test func unknownQuestionIsAWarningWithASuggestion() throws {
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/typo.json")])
        #expect(result.status == 0)
        #expect(result.stderr.contains("typo.json:1:15: warning: 'variable_bill' is not a question; it is ignored; did you mean 'variable_bills'?"))
    }

    @Test func quitsQuietlyWhenThePipeCloses() throws {
        let answers = AdvisorBinary.fixture("answers/twelve-users.json")
        let result = try AdvisorBinary.shell("\"$0\" --answers \"$1\" | head -n 1", [answers])
        #expect(result.stdout.hasPrefix("Recommendation: Break-fix shop\n"))
        #expect(result.stderr.isEmpty, "nothing on standard error: \(result.stderr)")
    }

    @Test func helpShowsExamplesAndVersionPrints() throws {
        let help = try AdvisorBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("advisor --answers answers.json"))
        #expect(help.stdout.contains("--format"))
        let statuses = help.stdout.split(separator: "Exit status: ").last?.split(whereSeparator: \.isWhitespace).joined(separator: " ") ?? ""
        for status in [
            "0 success", "1 a rule test failed", "64 usage", "65 bad", "66 a file missing", "69 a program it needs is missing", "73 an output file",
            "74 an error writing", "78 a broken rule base",
        ] {
            #expect(statuses.contains(status), "advisor --help should list \(status)")
        }
        let version = try AdvisorBinary.run(["--version"])
        #expect(version.status == 0)
        let lines = version.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        // The built-in rule base's digest is the digest of Rules/ on disk.
        let onDisk = try RuleBaseLoader.load(FileReader.ruleFiles(in: PackageFolder.root.appendingPathComponent("Rules").path)).0
        let digest = try #require(onDisk.identity?.digest)
        #expect(lines.last == "built-in rule base: Rules, SHA-256 \(digest)")
    }
}
