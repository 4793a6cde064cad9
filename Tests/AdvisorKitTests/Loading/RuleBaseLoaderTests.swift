import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Loading rule bases: each mistake an author can make is reported with its code, a helpful
/// message and the exact file, line and column; the shipped rules load cleanly; and rule folders
/// are read from disk safely.
@Suite struct RuleBaseLoaderTests {
    /// An article and two options, and two questions; line numbers in tests below refer to them
    /// and to `rules`.
    static let base = SmallRuleBase.base
    static let questions = SmallRuleBase.questions

    /// One valid rule; tests replace this file. Line 2 is the rule, `when` is on line 3.
    static let rules = """
        rules:
          - id: sized
            when: users > 5
            points: {shop: 1}
            because: Size.
            source: Guide, Intro
        """

    /// The diagnostics of a load that must fail; `files` replace the defaults of the same name.
    func diagnostics(_ files: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        let all = ["base.yaml": Self.base, "questions.yaml": Self.questions, "rules.yaml": Self.rules].merging(files) { $1 }
        do {
            let (_, warnings) = try RuleBaseLoader.load(TestSupport.ruleFiles(all))
            Issue.record("the rule base loaded (warnings: \(warnings))", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Checks that loading `files` fails with exactly one error: `code` at `file:line:column`, mentioning `words`.
    func expectError(
        _ files: [String: String], code: String, at place: String?, mentioning words: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let found = diagnostics(files, sourceLocation: sourceLocation)
        TestSupport.expectOne(.error, in: found, code: code, at: place, mentioning: words, sourceLocation: sourceLocation)
    }

    @Test func theDefaultFixtureLoads() throws {
        let (ruleBase, warnings) = try RuleBaseLoader.load(
            TestSupport.ruleFiles(
                ["base.yaml": Self.base, "questions.yaml": Self.questions, "rules.yaml": Self.rules]))
        #expect(warnings.isEmpty)
        #expect(ruleBase.questions.map(\.id) == ["users", "backups"])
        #expect(ruleBase.options.map(\.id) == ["shop", "msp"])
        #expect(ruleBase.sources == ["Guide, Intro", "Guide, Costs"])
        let rule = try #require(ruleBase.rules.first)
        #expect(rule.id == "sized" && rule.conditionText == "users > 5" && rule.provenance == .source("Guide, Intro"))
        #expect(rule.condition == .integerIn(0, IntegerInterval(lower: 6)))
        #expect(rule.points == [Rule.Effect(option: 0, points: 1)])
        #expect(rule.location == AdvisorModel.SourceLocation(file: "rules.yaml", line: 2, column: 5))
    }

    // MARK: - YAML-level mistakes

    @Test func yamlSyntaxError() {
        expectError(
            ["rules.yaml": "theme: Backups: extra\nrules: []\n"], code: "yaml-syntax", at: "rules.yaml:1:15",
            mentioning: ["syntax error", "mapping values are not allowed"])
    }

    @Test func duplicateKey() {
        let rules = """
            rules:
              - id: sized
                when: users > 5
                points: {shop: 1}
                because: Size.
                when: users > 6
                source: Guide, Intro
            """
        // Yams reports the first of the two keys.
        expectError(["rules.yaml": rules], code: "duplicate-key", at: "rules.yaml:3:5", mentioning: ["'when'", "more than once"])
    }

    @Test func unknownTopLevelKey() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "rules:", with: "rule:")], code: "unknown-key",
            at: "rules.yaml:1:1", mentioning: ["'rule'", "a rule file", "did you mean 'rules'?", "allowed: articles, questions"])
    }

    @Test func unknownKeyInARule() {
        expectError(
            ["rules.yaml": Self.rules + "\n    caveats: Watch out."], code: "unknown-key", at: "rules.yaml:7:5",
            mentioning: ["'caveats'", "in a rule", "did you mean 'caveat'?"])
    }

    // MARK: - Rule fields

    @Test func missingBecause() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "    because: Size.\n", with: "")],
            code: "missing-key", at: "rules.yaml:2:5", mentioning: ["a rule is missing 'because'"])
    }

    @Test func ruleWithoutSourceOrAssumption() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "\n    source: Guide, Intro", with: "")],
            code: "unsourced-rule", at: "rules.yaml:2:5", mentioning: ["rule 'sized'", "no 'source'", "no 'assumption'"])
    }

    @Test func ruleWithSourceAndAssumption() {
        expectError(
            ["rules.yaml": Self.rules + "\n    assumption: We think so."], code: "source-and-assumption",
            at: "rules.yaml:7:17", mentioning: ["rule 'sized'", "both a 'source' and an 'assumption'"])
    }

    @Test func unknownSourceSection() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "Guide, Intro", with: "Guide, Intr")],
            code: "unknown-source", at: "rules.yaml:6:13", mentioning: ["'Guide, Intr'", "did you mean 'Guide, Intro'?"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "Guide, Intro", with: "Handbook, Chapter 9")],
            code: "unknown-source", at: "rules.yaml:6:13", mentioning: ["known sections: Guide, Intro; Guide, Costs"])
    }

    @Test func unknownOptionInPoints() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "{shop: 1}", with: "{msp: 2, shp: 1}")],
            code: "unknown-option", at: "rules.yaml:4:22",
            mentioning: ["'shp'", "rule 'sized'", "did you mean 'shop'?", "options: shop, msp"])
    }

    @Test func nonIntegerPoints() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "{shop: 1}", with: "{shop: lots}")],
            code: "wrong-type", at: "rules.yaml:4:20", mentioning: ["'shop'", "whole number", "'lots'"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "{shop: 1}", with: "{shop: 1.5}")],
            code: "wrong-type", at: "rules.yaml:4:20", mentioning: ["whole number", "'1.5'"])
    }

    @Test func ifRecommendedWithoutCaveat() {
        expectError(
            ["rules.yaml": Self.rules + "\n    if_recommended: shop"], code: "unexpected-key", at: "rules.yaml:7:21",
            mentioning: ["'if_recommended'", "rule 'sized' has no 'caveat'"])
    }

    @Test func ruleThatChangesNothing() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "    points: {shop: 1}\n", with: "")],
            code: "no-effect", at: "rules.yaml:2:5", mentioning: ["rule 'sized'", "neither 'points' nor a 'caveat'"])
    }

    // MARK: - Ids

    @Test func duplicateRuleIdsAcrossFiles() {
        expectError(
            ["rules/more.yaml": Self.rules], code: "duplicate-id", at: "rules/more.yaml:2:9",
            mentioning: ["rule id 'sized'", "already defined at rules.yaml:2:9"])
    }

    @Test func duplicateQuestionIds() {
        let questions = Self.questions.replacingOccurrences(of: "id: backups", with: "id: users")
        expectError(
            ["questions.yaml": questions], code: "duplicate-id", at: "questions.yaml:8:9",
            mentioning: ["question id 'users'", "already defined at questions.yaml:2:9"])
    }

    // MARK: - Conditions located inside the YAML line

    @Test func conditionErrorInAPlainScalar() {
        // `    when: ` is 10 columns; `&&` is at offset 10 of the condition.
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "users > 5", with: "users > 5 && backups")],
            code: "c-style-operator", at: "rules.yaml:3:21", mentioning: ["in the condition of rule 'sized'", "'and'"])
    }

    @Test func conditionErrorInQuotedScalars() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "users > 5", with: "\"users > 5 && backups\"")],
            code: "c-style-operator", at: "rules.yaml:3:22", mentioning: ["'&&'"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "users > 5", with: "'backups and user > 5'")],
            code: "unknown-question", at: "rules.yaml:3:24", mentioning: ["'user'", "did you mean 'users'?"])
    }

    /// Scalars whose text does not map column for column onto one line: a plain or double-quoted
    /// scalar folded over two lines (no line break left in the text), and an escape sequence.
    /// The error must point at the token (`exact`) or at least at the start of the scalar
    /// (3:11), never at a column computed as if the text sat on the first line.
    @Test(arguments: [
        ("users > 5\n      && backups", "rules.yaml:4:7"),
        ("\"users > 5\n      && backups\"", "rules.yaml:4:7"),
        (#""\x75sers > 5 && backups""#, "rules.yaml:3:25"),
    ])
    func conditionErrorInAScalarThatIsNotOneLineOfText(_ when: String, _ exact: String) {
        let found = diagnostics(["rules.yaml": Self.rules.replacingOccurrences(of: "users > 5", with: when)])
        #expect(found.map(\.code) == ["c-style-operator"])
        let place = found.first?.location?.description
        #expect(place == exact || place == "rules.yaml:3:11", "reported at \(place ?? "nowhere")")
    }

    // MARK: - Questions

    @Test func unknownQuestionType() {
        // The rule reads only `users`, so a bad `backups` question does not cascade into condition errors.
        expectError(
            ["questions.yaml": Self.questions.replacingOccurrences(of: "type: boolean", with: "type: bolean")],
            code: "unknown-type", at: "questions.yaml:9:11",
            mentioning: ["'bolean'", "did you mean 'boolean'?", "types: integer, boolean, choice"])
        expectError(
            ["questions.yaml": Self.questions.replacingOccurrences(of: "type: boolean", with: "type: number")],
            code: "unknown-type", at: "questions.yaml:9:11", mentioning: ["'number'"])
    }

    @Test func choiceQuestionWithoutChoices() {
        expectError(
            ["questions.yaml": Self.questions.replacingOccurrences(of: "type: boolean", with: "type: choice")],
            code: "missing-key", at: "questions.yaml:9:11", mentioning: ["question 'backups'", "no 'choices'"])
    }

    static func choiceQuestion(_ choices: String) -> String {
        Self.questions + "\n" + """
              - id: budget
                type: choice
                label: Budget
                ask: How do you pay?
                why: Money matters.
                choices:
            """ + "\n" + choices
    }

    @Test func aliasForTwoChoices() {
        let choices = """
                  - {value: fixed, label: Fixed, aliases: [flat, monthly]}
                  - {value: hourly, label: Hourly, aliases: [Monthly]}
            """
        expectError(
            ["questions.yaml": Self.choiceQuestion(choices)], code: "ambiguous-alias", at: "questions.yaml:20:50",
            mentioning: ["'Monthly'", "already a word for 'fixed'", "question 'budget'"])
    }

    /// An alias of one choice that is the value of a later choice is also a word for two choices.
    @Test func aliasThatIsAnotherChoicesValue() {
        let choices = """
                  - {value: fixed, label: Fixed, aliases: [hourly]}
                  - {value: hourly, label: Hourly}
            """
        let found = diagnostics(["questions.yaml": Self.choiceQuestion(choices)])
        #expect(found.map(\.code) == ["ambiguous-alias"], "\(RuleBaseError(diagnostics: found))")
    }

    /// Answers match aliases ignoring case, spaces, '_' and '-', so aliases equal under that
    /// normalisation point to two choices.
    @Test func aliasesThatDifferOnlyInSpelling() {
        let choices = """
                  - {value: fixed, label: Fixed, aliases: [pay monthly]}
                  - {value: hourly, label: Hourly, aliases: [pay-monthly]}
            """
        let found = diagnostics(["questions.yaml": Self.choiceQuestion(choices)])
        #expect(found.map(\.code) == ["ambiguous-alias"], "\(RuleBaseError(diagnostics: found))")
    }

    // MARK: - Whole rule bases

    @Test func emptyRuleBase() throws {
        let nothing = try #require(throws: RuleBaseError.self) { try RuleBaseLoader.load([]) }
        #expect(nothing.diagnostics.map(\.code) == ["no-questions"])
        #expect(nothing.diagnostics.first?.location == nil)
        let emptyFile = try #require(throws: RuleBaseError.self) { try TestSupport.ruleBase(["rules.yaml": "# nothing yet\n"]) }
        #expect(emptyFile.diagnostics.map(\.code) == ["no-questions"])
        #expect(emptyFile.diagnostics.first?.location?.description == "rules.yaml:1:1")
        #expect(emptyFile.diagnostics.first?.message.contains("defines no questions") == true)
    }

    @Test func everyErrorIsReportedSortedByLocation() {
        let rules = """
            rules:
              - id: sized
                source: Guide, Intr
                when: users > 5 && backups
                points: {shp: 1}
                because: Size.
            typo: 1
            """
        let questions = Self.questions.replacingOccurrences(of: "type: boolean", with: "type: bool")
        let found = diagnostics(["base.yaml": Self.base + "\narticle: []", "questions.yaml": questions, "rules.yaml": rules])
        #expect(found.map(\.code) == ["unknown-key", "unknown-type", "unknown-source", "c-style-operator", "unknown-option", "unknown-key"])
        #expect(
            found.map { $0.location?.description ?? "-" } == [
                "base.yaml:7:1", "questions.yaml:9:11", "rules.yaml:3:13", "rules.yaml:4:21", "rules.yaml:5:14", "rules.yaml:7:1",
            ])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    // MARK: - The shipped rules

    @Test func shippedRulesLoadCleanly() throws {
        let (ruleBase, warnings) = try RuleBaseLoader.load(FileReader.ruleFiles(in: TestSupport.rulesFolder))
        #expect(warnings.isEmpty, "\(warnings)")

        let users = try #require(ruleBase.question("users"))
        guard case .integer(let range, _) = users.kind else {
            Issue.record("users is \(users.kind)")
            return
        }
        #expect(range.lowerBound == 1)
        #expect(ruleBase.question("backup_monitoring")?.kind == .boolean)
        #expect(ruleBase.question("proactive_care")?.kind == .boolean)
        #expect(ruleBase.question("variable_bills")?.choices.map(\.value) == ["accept", "prefer_fixed", "no_preference"])
        #expect(ruleBase.question("network_complexity")?.choices.map(\.value) == ["simple", "moderate", "complex"])
        #expect(ruleBase.question("downtime_cost")?.choices.map(\.value) == ["low", "medium", "high"])
        #expect(ruleBase.options.map(\.id) == ["sole_proprietor", "break_fix", "managed_services", "in_house"])

        #expect(!ruleBase.rules.isEmpty)
        for rule in ruleBase.rules {
            switch rule.provenance {
            case .claims(let claims):
                #expect(!claims.isEmpty && claims.allSatisfy { ruleBase.claims.contains($0) && ruleBase.sources.contains($0.source) }, "\(rule.id)")
            case .source(let section): #expect(ruleBase.sources.contains(section), "\(rule.id) cites \(section)")
            case .assumption(let text): #expect(!text.isEmpty, "\(rule.id)")
            }
            #expect(!rule.points.isEmpty || rule.caveat != nil, "\(rule.id) changes nothing")
        }
        // Every value and alias of a choice reads back as that very choice.
        for question in ruleBase.questions {
            for (index, choice) in question.choices.enumerated() {
                for word in [choice.value] + choice.aliases {
                    #expect(AnswerValueParser.choiceIndex(word, in: question.choices) == index, "\(question.id): '\(word)'")
                }
            }
        }
    }

    // MARK: - Reading a rule folder

    /// A fresh folder under the temporary directory, removed by the caller.
    func temporaryFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-loader-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func ruleFolderIsReadInSortedOrder() throws {
        let folder = try temporaryFolder([
            "tests/d.yaml": "cases: []", "b.yaml": "b", "a.yml": "a", "rules/c.yaml": "c", "tests.yaml": "t", "notes.txt": "n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/rules/link.yaml", withDestinationPath: folder.path + "/b.yaml")

        let files = try FileReader.ruleFiles(in: folder.path + "/")
        #expect(files.map(\.relativePath) == ["a.yml", "b.yaml", "rules/c.yaml", "rules/link.yaml", "tests.yaml", "tests/d.yaml"])
        #expect(files.map(\.isTestFile) == [false, false, false, false, false, true])
        #expect(files.map(\.path) == files.map { folder.path + "/" + $0.relativePath })
        #expect(files.map(\.contents) == ["a", "b", "c", "b", "t", "cases: []"], "a link inside the folder is followed")
    }

    @Test func linkLeadingOutsideTheFolderIsRefused() throws {
        let folder = try temporaryFolder(["rules/a.yaml": "a"])
        let outside = try temporaryFolder(["secret.yaml": "s"])
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        let link = folder.path + "/rules/z.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside.path + "/secret.yaml")
        let error = try #require(throws: FileReadError.self) { try FileReader.ruleFiles(in: folder.path) }
        #expect(error.kind == .unreadable)
        #expect(error.path == link)
        #expect(error.message.contains("outside the rule folder"))
    }

    @Test func missingFolderOrFileInsteadOfFolder() throws {
        let folder = try temporaryFolder(["a.yaml": "a"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try #require(throws: FileReadError.self) { try FileReader.ruleFiles(in: folder.path + "/nowhere") }
        #expect(missing.kind == .missing)
        #expect(missing.path == folder.path + "/nowhere")
        let file = try #require(throws: FileReadError.self) { try FileReader.ruleFiles(in: folder.path + "/a.yaml") }
        #expect(file.kind == .unreadable)
        #expect(file.message.contains("is a file"))
    }
}

extension RuleBaseLoaderTests {
    /// Absurd points are refused at load, so adding up scores can never overflow.
    @Test func pointsOutOfRange() {
        expectError(
            [
                "rules.yaml": """
                rules:
                  - id: sized
                    when: users > 5
                    points: {shop: 9223372036854775807}
                    because: Size.
                    source: Guide, Intro
                """
            ], code: "points-out-of-range", at: "rules.yaml:4:20", mentioning: ["between -1000000 and 1000000", "9223372036854775807"])
    }
}
