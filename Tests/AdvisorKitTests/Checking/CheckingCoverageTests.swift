import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The checks of `advisor rules check` that look at single questions, options and rules:
/// one small rule base per mistake, with the warning's code, place and wording.
@Suite struct CheckingCoverageTests {
    @Test func theCleanFixtureHasNoDiagnostics() {
        let report = CheckingFixture.check()
        #expect(report.diagnostics.isEmpty, "\(RuleBaseError(diagnostics: report.diagnostics))")
        #expect(report.ruleBase?.rules.map(\.id) == ["small", "big", "watched"])
        #expect(report.errorCount == 0 && report.warningCount == 0)
    }

    @Test func unusedQuestion() {
        let questions =
            CheckingFixture.questions + "\n" + """
                  - id: budget
                    type: choice
                    label: Budget
                    ask: How do you pay?
                    why: Money matters.
                    choices:
                      - {value: fixed, label: Fixed}
                      - {value: hourly, label: Hourly}
                """
        CheckingFixture.expectOnlyWarning(
            ["questions.yaml": questions], code: "unused-question", at: "questions.yaml:13:5",
            mentioning: ["question 'budget'", "no rule's condition"])
    }

    @Test func unfavouredOption() {
        let base = CheckingFixture.base + "\n  - {id: diy, name: Do it yourself, description: Nobody.}"
        CheckingFixture.expectOnlyWarning(
            ["base.yaml": base], code: "unfavoured-option", at: "base.yaml:7:5",
            mentioning: ["option 'diy'", "no rule gives", "positive points"])
    }

    /// Negative points do not favour an option.
    @Test func optionWithOnlyNegativePointsIsUnfavoured() {
        let rules = CheckingFixture.rules.replacingOccurrences(of: "{msp: 3}", with: "{shop: -3}")
        let report = CheckingFixture.check(["rules.yaml": rules])
        let unfavoured = report.diagnostics.filter { $0.code == "unfavoured-option" }
        #expect(unfavoured.map { $0.location?.description } == ["base.yaml:6:5"])
        #expect(unfavoured.first?.message.contains("'msp'") == true)
    }

    @Test func zeroPoints() {
        let rules = CheckingFixture.rules.replacingOccurrences(of: "{msp: 3}", with: "{msp: 3, shop: 0}")
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "zero-points", at: "rules.yaml:7:5",
            mentioning: ["rule 'big'", "option 'shop' 0 points"])
    }

    @Test func neverTrue() {
        let rules = CheckingFixture.rulesPlus(id: "impossible", when: "users > 5 and users < 3", effect: "points: {msp: 1}")
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "never-true", at: "rules.yaml:17:5",
            mentioning: ["rule 'impossible' never fires", "'users > 5 and users < 3'", "false for every answer to users"])
    }

    /// Exactness: `users in 3...4 and not backups and backups` reads two questions and is never true.
    @Test func neverTrueNamesEveryQuestionItReads() {
        let rules = CheckingFixture.rulesPlus(id: "contradiction", when: "users in 3...4 and backups and not backups", effect: "points: {msp: 1}")
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "never-true", at: "rules.yaml:17:5", mentioning: ["to users and backups"])
    }

    /// A condition true for only one stretch of numbers is not never-true.
    @Test func narrowConditionIsFine() {
        let rules = CheckingFixture.rulesPlus(id: "exactly_four", when: "users == 4 and not backups", effect: "points: {msp: 1}")
        let report = CheckingFixture.check(["rules.yaml": rules])
        #expect(report.diagnostics.isEmpty, "\(RuleBaseError(diagnostics: report.diagnostics))")
    }

    @Test func literalFalseIsNeverTrue() {
        let rules = CheckingFixture.rulesPlus(id: "off", when: "\"false\"", effect: "caveat: Never shown.")
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "never-true", at: "rules.yaml:17:5", mentioning: ["rule 'off'", "(it reads no question)"])
    }

    @Test func alwaysTrue() {
        // `users` starts at 1, so `users >= 1 or backups` always holds.
        let rules = CheckingFixture.rulesPlus(id: "everyone", when: "users >= 1 or backups", effect: "caveat: Always shown.")
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "always-true", at: "rules.yaml:17:5",
            mentioning: ["rule 'everyone' always fires", "'users >= 1 or backups'", "true for every answer to users and backups", "write 'true'"])
    }

    /// Authors write `true` on purpose for unconditional caveats.
    @Test func literalTrueIsNotReported() {
        let rules = CheckingFixture.rulesPlus(id: "always_say", when: "\"true\"", effect: "caveat: Always shown.")
        let report = CheckingFixture.check(["rules.yaml": rules])
        #expect(report.diagnostics.isEmpty, "\(RuleBaseError(diagnostics: report.diagnostics))")
    }

    @Test func loadFailurePassesTheLoadersErrorsThrough() throws {
        let rules = CheckingFixture.rules
            .replacingOccurrences(of: "users <= 5", with: "user <= 5")
            .replacingOccurrences(of: "{msp: 3}", with: "{mps: 3}")
        let files = CheckingFixture.files(["rules.yaml": rules])
        let loadError = try #require(throws: RuleBaseError.self) { try RuleBaseLoader.load(files) }
        let report = RuleBaseChecker.check(files)
        #expect(report.ruleBase == nil)
        #expect(report.diagnostics == loadError.diagnostics)
        #expect(report.diagnostics.map(\.code) == ["unknown-question", "unknown-option"])
        #expect(report.errorCount == 2 && report.warningCount == 0)
    }

    @Test func diagnosticsAreSortedByLocationThenCode() {
        var rules = CheckingFixture.rulesPlus(id: "off", when: "\"false\"", effect: "points: {shop: 0}")
        rules = rules.replacingOccurrences(of: "{msp: 3}", with: "{msp: 3, shop: 0}")
        let questions = CheckingFixture.questions + "\n  - {id: spare, type: boolean, label: Spare, ask: Spare?, why: None.}"
        let report = CheckingFixture.check(["rules.yaml": rules, "questions.yaml": questions])
        #expect(report.diagnostics.map(\.code) == ["unused-question", "zero-points", "never-true", "zero-points"])
        #expect(
            report.diagnostics.map { $0.location?.description ?? "-" } == [
                "questions.yaml:13:5", "rules.yaml:7:5", "rules.yaml:17:5", "rules.yaml:17:5",
            ])
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
    }
}
