import Foundation
import Testing

/// Every kind of bad input ends with one clear message and the right sysexits status.
@Suite struct BadInputTests {
    static func runWithAnswers(_ text: String, name: String = "answers.json") throws -> AdvisorBinary.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return try AdvisorBinary.run(["--answers", name], directory: folder)
    }

    static let complete =
        #""variable_bills": "accept", "backup_monitoring": true, "network_complexity": "simple", "downtime_cost": "low", "proactive_care": false"#

    @Test(arguments: [
        (#"{"users": -3, \#(complete)}"#, "answers.json:1:11: error: '-3' is out of range for users: expected a whole number of at least 1"),
        (#"{"users": 0, \#(complete)}"#, "'0' is out of range for users"),
        (#"{"users": 7.5, \#(complete)}"#, "'7.5' is not a whole number"),
        (#"{"users": 99999999999999999999, \#(complete)}"#, "'99999999999999999999' is too large a number for users"),
        (#"{"users": "many", \#(complete)}"#, "'many' is not a number: users takes a whole number of at least 1"),
        (
            #"{"users": 4, "variable_bills": "acept", "backup_monitoring": true}"#,
            "'acept' is not a choice of variable_bills: expected one of accept, prefer_fixed, no_preference; did you mean 'accept'?"
        ),
        (
            #"{"users": 4, "variable_bills": "accept", "backup_monitoring": "maybe"}"#,
            "'maybe' is not a valid answer to backup_monitoring: expected yes or no (true or false)"
        ),
        (#"{"users": [4]}"#, "users: expected a whole number of at least 1, found a list"),
        ("{\"users\": 4,\n  \"backup_monitoring\" true}", "answers.json:2:"),
        ("", "the file is empty"),
        ("   \n", "the file is empty"),
        ("[1, 2]", "expected an object mapping question ids to answers"),
        ("42", "expected an object mapping question ids to answers"),
        ("{\"users\": 4, \"a\": \"b\0\"}", "NUL byte"),
    ])
    func badAnswersExitWith65(text: String, message: String) throws {
        let result = try Self.runWithAnswers(text)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
    }

    @Test func invalidUTF8IsRefused() throws {
        let folder = FileManager.default.temporaryDirectory
        let file = folder.appendingPathComponent("advisor-latin1-\(UUID().uuidString).json")
        try Data([0x7B, 0x22, 0x75, 0x22, 0x3A, 0x22, 0xE9, 0x22, 0x7D]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try AdvisorBinary.run(["--answers", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("not UTF-8 text (invalid byte at offset 6)"))
    }

    @Test func unsettledAnswersNameWhatIsStillNeeded() throws {
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/unsettled.json")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("the answers do not settle the recommendation yet"))
        #expect(result.stderr.contains("variable_bills (one of accept, prefer_fixed, no_preference)"))
        #expect(result.stderr.contains("proactive_care (yes or no (true or false))"))
    }

    @Test func missingFileAndFolderExitWith66() throws {
        let missing = try AdvisorBinary.run(["--answers", "/nonexistent/answers.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "advisor: error: /nonexistent/answers.json: no such file\n")
        let folder = try AdvisorBinary.run(["--answers", FileManager.default.temporaryDirectory.path])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("is a folder, not a file"))
        let device = try AdvisorBinary.run(["--answers", "/dev/zero"])
        #expect(device.status == 66)
        #expect(device.stderr.contains("not a regular file"))
        let noRules = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/handful.yaml"), "--rules", "/nonexistent-rules"])
        #expect(noRules.status == 66)
        #expect(noRules.stderr.contains("no such rule folder"))
    }

    @Test func brokenRuleBaseReportsEveryProblemWithItsLocation() throws {
        let rules = AdvisorBinary.fixture("broken-rules")
        let result = try AdvisorBinary.run(["--answers", AdvisorBinary.fixture("answers/handful.yaml"), "--rules", rules])
        #expect(result.status == 78)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "advisor: \(rules)/rules/size.yaml:3:11: error: in the condition of rule 'big': unknown question 'user'; did you mean 'users'?",
                "advisor: \(rules)/rules/size.yaml:7:5: error: rule 'unsourced' cites no 'claims' of the article, no 'source' and no 'assumption'; every rule must say where its advice comes from",
            ])
    }

    @Test func usageErrorsExitWith64() throws {
        let badFormat = try AdvisorBinary.run(["--answers", "x.json", "--format", "xml"])
        #expect(badFormat.status == 64)
        #expect(badFormat.stderr.contains("text") && badFormat.stderr.contains("markdown"))
        let unknownFlag = try AdvisorBinary.run(["--answer", "x.json"])
        #expect(unknownFlag.status == 64)
    }
}
