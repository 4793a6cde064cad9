import Foundation
import PseudoTerminalTesting
import Testing

/// `advisor rules check | test | docs | diff`, run as a built binary.
@Suite struct RulesCommandTests {
    static let shippedRules = PackageFolder.root.appendingPathComponent("Rules")

    /// A temporary copy of the shipped rules with `edit` applied to the file at `path`.
    static func editedRules(_ path: String, _ edit: (String) -> String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: shippedRules, to: folder)
        let file = folder.appendingPathComponent(path)
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func shippedRulesPassTheStrictCheck() throws {
        let result = try AdvisorBinary.run(["rules", "check", "--strict", "--rules", Self.shippedRules.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("rule files checked: 0 errors, 0 warnings\n"))
        let builtIn = try AdvisorBinary.run(["rules", "check", "--strict"])
        #expect(builtIn.status == 0)
    }

    @Test func errorsShowTheLineWithACaretAndExit78() throws {
        let rules = AdvisorBinary.fixture("broken-rules")
        let result = try AdvisorBinary.run(["rules", "check", "--rules", rules])
        #expect(result.status == 78)
        #expect(
            result.stdout.contains(
                """
                \(rules)/rules/size.yaml:3:11: error: in the condition of rule 'big': unknown question 'user'; did you mean 'users'? [unknown-question]
                    when: user > 10
                          ^
                """))
        #expect(result.stdout.hasSuffix("2 rule files checked: 2 errors, 0 warnings\n"))
    }

    @Test func jsonDiagnosticsForTools() throws {
        let result = try AdvisorBinary.run(["rules", "check", "--format", "json", "--rules", AdvisorBinary.fixture("broken-rules")])
        #expect(result.status == 78)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 2)
        let first = try #require(list.first)
        #expect(first["line"] as? Int == 3 && first["column"] as? Int == 11)
        #expect(first["severity"] as? String == "error" && first["code"] as? String == "unknown-question")
        #expect((first["file"] as? String)?.hasSuffix("rules/size.yaml") == true)
        #expect((first["message"] as? String)?.contains("did you mean 'users'?") == true)
    }

    @Test func warningsFailOnlyWithStrict() throws {
        // A point of 0 is a warning, not an error.
        let rules = try Self.editedRules("rules/billing.yaml") {
            $0.replacingOccurrences(of: "points: {break_fix: 4, sole_proprietor: 2}", with: "points: {break_fix: 4, sole_proprietor: 0}")
        }
        defer { try? FileManager.default.removeItem(at: rules) }
        let relaxed = try AdvisorBinary.run(["rules", "check", "--rules", rules.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("billing.yaml:4:5: warning: rule 'accepts_variable_bills' gives option 'sole_proprietor' 0 points"))
        let strict = try AdvisorBinary.run(["rules", "check", "--strict", "--rules", rules.path])
        #expect(strict.status == 78)
    }

    /// The chat's words: an alias of two answers of one question is an error; a phrase of two
    /// questions, a warning.
    @Test func vocabularyClashesAreReportedWhereTheyAre() throws {
        let shared = try Self.editedRules("questions.yaml") {
            $0.replacingOccurrences(of: "yes: [want, want that,", with: "yes: [hourly, want, want that,")
        }
        defer { try? FileManager.default.removeItem(at: shared) }
        let warned = try AdvisorBinary.run(["rules", "check", "--rules", shared.path])
        #expect(warned.status == 0, "\(warned.stdout)")
        #expect(warned.stdout.contains("warning: 'hourly' of question 'proactive_care' is also an alias or phrase of question 'variable_bills'"))
        #expect(warned.stdout.contains("[shared-alias]"))
        #expect(try AdvisorBinary.run(["rules", "check", "--strict", "--rules", shared.path]).status == 78)

        let clash = try Self.editedRules("questions.yaml") {
            $0.replacingOccurrences(of: "aliases: [no preference, either,", with: "aliases: [no preference, hourly, either,")
        }
        defer { try? FileManager.default.removeItem(at: clash) }
        let failed = try AdvisorBinary.run(["rules", "check", "--rules", clash.path])
        #expect(failed.status == 78)
        #expect(
            failed.stdout.contains(
                "error: 'hourly' is already a word for 'accept' in question 'variable_bills'; an alias must point to one choice [ambiguous-alias]"))
    }

    @Test func docsListTheChatsWords() throws {
        let markdown = try AdvisorBinary.run(["rules", "docs"])
        #expect(markdown.stdout.contains("- **Words that name it:** “backup”, “back up”"))
        #expect(markdown.stdout.contains("- **Understood as 1 in the chat:** “just me”"))
        #expect(markdown.stdout.contains("| Answer | Meaning | Also understood | In the chat, also |"))
    }

    @Test func shippedTestCasesPassWithASummaryLine() throws {
        let result = try AdvisorBinary.run(["rules", "test"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"(^|\n)\d+ passed, 0 failed\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
        let filtered = try AdvisorBinary.run(["rules", "test", "--filter", "TWELVE"])
        #expect(filtered.stdout.hasSuffix("3 passed, 0 failed\n"))
        let none = try AdvisorBinary.run(["rules", "test", "--filter", "no such case"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no test case name contains 'no such case'"))
    }

    @Test func aFailingCaseShowsWhereAndWhy() throws {
        let rules = try Self.editedRules("tests/small_business.yaml") {
            $0.replacingOccurrences(
                of: """
                      - name: A handful of users who want a fixed monthly cost
                        answers: {users: 5, variable_bills: prefer_fixed, backup_monitoring: true, network_complexity: simple, downtime_cost: low, proactive_care: false}
                        expect:
                          recommendation: managed_services
                    """,
                with: """
                      - name: A handful of users who want a fixed monthly cost
                        answers: {users: 5, variable_bills: prefer_fixed, backup_monitoring: true, network_complexity: simple, downtime_cost: low, proactive_care: false}
                        expect:
                          recommendation: in_house
                    """)
        }
        defer { try? FileManager.default.removeItem(at: rules) }
        let result = try AdvisorBinary.run(["rules", "test", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL \(rules.path)/tests/small_business.yaml:38:5: A handful of users who want a fixed monthly cost"))
        #expect(result.stdout.contains("  expected in_house, got managed_services"))
        #expect(result.stdout.contains("  ranking: managed_services "))
        #expect(result.stdout.contains("  rules fired: "))
        #expect(result.stdout.hasSuffix("15 passed, 1 failed\n"))
    }

    @Test func docsInMarkdownAndDot() throws {
        let markdown = try AdvisorBinary.run(["rules", "docs"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# How the advisor decides"))
        #expect(markdown.stdout.contains("more_than_fifteen_users"))
        let dot = try AdvisorBinary.run(["rules", "docs", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph"))
    }

    @Test func diffShowsWhoseAdviceChanges() throws {
        let same = try AdvisorBinary.run(["rules", "diff", Self.shippedRules.path])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        let moved = try Self.editedRules("rules/size.yaml") {
            $0.replacingOccurrences(of: "when: users >= 16", with: "when: users >= 13")
        }
        defer { try? FileManager.default.removeItem(at: moved) }
        let result = try AdvisorBinary.run(["rules", "diff", Self.shippedRules.path, moved.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("users 13–15"))
        #expect(result.stdout.contains("break_fix → managed_services"))
        #expect(result.stdout.contains("rules changed: more_than_fifteen_users"))
        let json = try AdvisorBinary.run(["rules", "diff", "--format", "json", Self.shippedRules.path, moved.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["regions"] as? [Any])?.isEmpty == false)
        let missing = try AdvisorBinary.run(["rules", "diff", "/nonexistent-rules"])
        #expect(missing.status == 66)
    }

    /// A new choice read by a new rule: named first, then where the advice changes (an answer
    /// naming the choice counts as unanswered under the shipped rules).
    @Test func diffComparesAGrownVocabulary() throws {
        let grown = try Self.editedRules("rules/complexity.yaml") {
            $0 + """

                  - id: cloud_first_network
                    when: network_complexity == cloud_first
                    points: {managed_services: 1, break_fix: -1}
                    because: With no office network there is little for a technician to come in and fix.
                    assumption: Our reading; the article does not speak of cloud-only setups.

                """
        }
        defer { try? FileManager.default.removeItem(at: grown) }
        let questions = grown.appendingPathComponent("questions.yaml")
        let text = try String(contentsOf: questions, encoding: .utf8).replacingOccurrences(
            of: "    choices:\n      - value: simple\n",
            with:
                "    choices:\n      - value: cloud_first\n        label: cloud services only\n        aliases: [cloud services only]\n      - value: simple\n")
        try text.write(to: questions, atomically: true, encoding: .utf8)
        let result = try AdvisorBinary.run(["rules", "diff", Self.shippedRules.path, grown.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix("questions added: none\nquestions removed: none\nchoices added: network_complexity.cloud_first\n"))
        #expect(result.stdout.contains("network_complexity = cloud_first"))
        #expect(result.stdout.contains("rules added: cloud_first_network"))
        let back = try AdvisorBinary.run(["rules", "diff", "--format", "json", grown.path, Self.shippedRules.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as? [String: Any])
        let removed = (object["vocabulary"] as? [String: Any])?["choices_removed"] as? [[String: String]]
        #expect(removed == [["question": "network_complexity", "choice": "cloud_first"]])
    }

    /// A range changed: compared over both ranges, named first, exit status 1 (something changed).
    @Test func diffComparesAChangedRange() throws {
        let widened = try Self.editedRules("questions.yaml") {
            $0.replacingOccurrences(of: "    min: 1\n    unit: users\n", with: "    min: 0\n    unit: users\n")
        }
        defer { try? FileManager.default.removeItem(at: widened) }
        let result = try AdvisorBinary.run(["rules", "diff", Self.shippedRules.path, widened.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "questions added: none\nquestions removed: none\nchoices added: none\nchoices removed: none\n"
                    + "ranges changed: users 1 or more → 0 or more (a number outside one range counts there as unanswered)\n\n"),
            "\(result.stdout)")
        let json = try AdvisorBinary.run(["rules", "diff", "--format", "json", Self.shippedRules.path, widened.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let changed = (object["vocabulary"] as? [String: Any])?["questions_changed"] as? [[String: String]]
        #expect(changed == [["question": "users", "change": "range", "old": "1 or more", "new": "0 or more"]])
    }
}
