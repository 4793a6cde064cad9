import Testing
@testable import AdvisorAuthoring
@testable import AdvisorEngine
@testable import AdvisorModel

/// `rules check` reads every alias and phrase back through the chat's reader (`misread-phrase`).
@Suite struct VocabularyReadBackTests {
    /// The shipped rules and the remote-staff question of `AuthorsOwnWordsTests`, its aliases edited.
    static func check(_ edit: (String) -> String = { $0 }) -> [Diagnostic] {
        let files =
            DefaultRules.files.filter { !$0.isTestFile } + [
                RuleFile(path: "remote.yaml", relativePath: "remote.yaml", contents: edit(AuthorsOwnWordsTests.remote))
            ]
        return RuleBaseChecker.check(files).diagnostics.filter { $0.code == DiagnosticCode.misreadPhrase.rawValue }
    }

    @Test func theShippedRulesAndAnAuthorsQuestionReadBackCleanly() {
        #expect(RuleBaseChecker.check(DefaultRules.files).diagnostics.filter { $0.code == DiagnosticCode.misreadPhrase.rawValue }.isEmpty)
        #expect(Self.check().isEmpty)
    }

    /// Words another question answers to, or everyday answers, would not name the new question.
    @Test func wordsTakenOutOfTurnByAnotherQuestionAreReported() throws {
        let warnings = Self.check { $0.replacingOccurrences(of: "aliases: [partly remote, half remote]", with: "aliases: [partly remote, no idea, fixed fee]") }
        #expect(
            warnings.map(\.message) == [
                "remote_staff: 'no idea' (a mix of office and home) is an everyday \"I don't know\" to the chat, "
                    + "so typed while another question is asked it answers that one; reword it",
                "remote_staff: 'fixed fee' (a mix of office and home) is read as wants a fixed monthly cost for variable_bills when typed out of turn; reword it",
            ])
        // Each at the alias itself (`aliases: [partly remote, no idea, fixed fee]` on line 13), not at the question.
        #expect(warnings.map { $0.location?.description } == ["remote.yaml:13:34", "remote.yaml:13:43"])
    }

    /// A choice's phrase written in a block list, and a phrase of a number question: each warning
    /// at the phrase's own line and column.
    @Test func warningsPointAtThePhraseItself() throws {
        let block = Self.check {
            $0.replacingOccurrences(
                of: "aliases: [all in the office, office based]",
                with: "aliases: [all in the office, office based]\n        phrases:\n          - we all come in\n          - \"nobody works from home\"")
        }
        #expect(block.count == 1, "\(block.map(\.message))")
        // The quoted scalar starts at its opening quote: line 19, column 13.
        #expect(block.map { $0.location?.description } == ["remote.yaml:19:13"])
        // A number question without mentions whose phrases another question answers to.
        let sites = """
              - id: sites
                type: integer
                min: 1
                label: Sites
                ask: How many sites?
                why: Each site needs a visit.
                phrases: {1: [one site, fixed fee]}
            rules:
            """
        let number = Self.check { $0.replacingOccurrences(of: "rules:", with: sites) }
        // Typed while sites is asked, its own phrase is read as its answer; typed out of turn it
        // is a fact about sites too (a count phrase in a clause of its own), but while the other
        // question is asked, it is that one's answer, which is what is reported.
        #expect(
            number.map(\.message) == [
                "sites: 'one site' (1) is read as a few computers, a router and cloud services for network_complexity when that is asked, not as an answer to sites; reword it, or give sites 'mentions'",
                "sites: 'fixed fee' (1) is read as wants a fixed monthly cost for variable_bills when that is asked, not as an answer to sites; reword it, or give sites 'mentions'",
            ])
        // `phrases: {1: [one site, fixed fee]}` on line 23.
        #expect(number.map { $0.location?.description } == ["remote.yaml:23:19", "remote.yaml:23:29"])
    }

    /// Phrases that are everyday answers: "nobody works from home" is a plain no to the reader.
    @Test func everydayAnswersAreReported() {
        let warnings = Self.check {
            $0.replacingOccurrences(
                of: "aliases: [all in the office, office based]", with: "aliases: [all in the office, office based]\n        phrases: [nobody works from home]")
        }
        #expect(
            warnings.map(\.message) == [
                "remote_staff: 'nobody works from home' (everyone in the office) is an everyday no to the chat, "
                    + "so typed while another question is asked it answers that one; reword it"
            ])
    }

    /// In turn: a word two choices share (the loader refuses it; built here in code) cannot give
    /// both back.
    @Test func aWordNotReadInTurnIsReported() {
        let here = SourceLocation(file: "q.yaml", line: 3, column: 5)
        let question = Question(
            id: "plan", label: "Plan", ask: "?", why: ".",
            kind: .choice([Choice(value: "a", label: "hourly", aliases: ["either way"]), Choice(value: "b", label: "fixed", aliases: ["either way"])]),
            location: here, mentions: ["plan"])
        let warnings = VocabularyReadBack.diagnostics(RuleBase(questions: [question], options: [], rules: [], sources: []))
        // The strict reading takes the first choice's alias, so the second choice's is misread.
        #expect(warnings.map(\.message) == ["plan: 'either way' (fixed) is read as hourly when plan is asked; reword it"])
        #expect(warnings.first?.location == here)
    }

    /// A hint must be read as its answer to confirm: one whose words say it plainly is reported,
    /// and hints are never checked out of turn (they are never taken as facts).
    @Test func aHintReadAsSureIsReported() {
        let plain = Self.check {
            $0.replacingOccurrences(
                of: "aliases: [partly remote, half remote]", with: "aliases: [partly remote, half remote]\n        hints: [hybrid, some days at home]")
        }
        #expect(
            plain.map(\.message) == [
                "remote_staff: 'hybrid' (a mix of office and home) is a hint but is taken as a sure answer when remote_staff is asked "
                    + "(its words say it plainly); make it a phrase, or reword it"
            ])
        #expect(plain.map { $0.location?.description } == ["remote.yaml:14:17"])
    }
}
