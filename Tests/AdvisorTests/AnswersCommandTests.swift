import Foundation
import AdvisorKit
import PseudoTerminalTesting
import Testing

/// `advisor --answers FILE`, run as a built binary on good answer files.
@Suite struct AnswersCommandTests {
    @Test(arguments: [
        ("twelve-users.json", "text", "twelve-users.txt"),
        ("twelve-users.json", "json", "twelve-users.json"),
        ("twelve-users.json", "markdown", "twelve-users.md"),
        ("growing-firm.yaml", "text", "growing-firm.txt"),
        ("growing-firm.yaml", "json", "growing-firm.json"),
        ("handful.yaml", "markdown", "handful.md"),
    ])
    func outputMatchesGoldenFile(answers: String, format: String, golden: String) throws {
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/" + answers), "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let normalized = result.stdout.replacingOccurrences(of: AdvisorBinary.fixtures.path + "/", with: "")
        #expect(try Golden.check(normalized, against: golden), "output differs from golden/\(golden); ADVISOR_UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        for format in ["text", "json", "markdown"] {
            let arguments = ["--answers", AdvisorBinary.fixture("answers/twelve-users.json"), "--format", format]
            let first = try AdvisorBinary.run(arguments), second = try AdvisorBinary.run(arguments)
            #expect(first.stdout == second.stdout)
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
            "0 success", "1 a rule test failed", "64 usage", "65 bad", "66 a file missing", "73 an output file", "74 an error writing", "78 a broken rule base",
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
