import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// `rules check` warns (`unfit-for-summary`) about a text owners read in their summary — a
/// scoring rule's `because`, a caveat — that is too long for one screen or names an identifier.
@Suite struct CheckingSummaryTextTests {
    /// The clean rules with one more rule, starting on line 17, column 5.
    static func rulesPlus(_ rule: String) -> [String: String] {
        ["rules.yaml": CheckingFixture.rules + "\n" + rule]
    }

    static let longText = String(repeating: "Paying by the hour suits owners who can live with an occasional bill. ", count: 5)

    @Test func aReasonTooLongForTheSummary() {
        let rule = """
              - id: long_reason
                when: users > 20
                points: {msp: 1}
                because: \(Self.longText)
                assumption: Our guess.
            """
        CheckingFixture.expectOnlyWarning(
            Self.rulesPlus(rule), code: "unfit-for-summary", at: "rules.yaml:17:5",
            mentioning: ["rule 'long_reason'", "its 'because' text takes 5 lines of the summary at 80 columns (4 at most)", "owners read it"])
    }

    @Test func aCaveatNamingAnIdentifier() {
        let rule = """
              - id: odd_caveat
                when: "true"
                caveat: Ask for managed_services in the contract, and `users_per_staff` too.
                because: Testing.
                assumption: Our guess.
            """
        CheckingFixture.expectOnlyWarning(
            Self.rulesPlus(rule), code: "unfit-for-summary", at: "rules.yaml:17:5",
            mentioning: ["rule 'odd_caveat'", "its caveat text names 'managed_services' and 'users_per_staff', which read as code"])
    }

    /// A caveat rule's `because` is shown only in the full reasoning.
    @Test func aCaveatRulesReasonIsNotChecked() {
        let rule = """
              - id: plain_caveat
                when: "true"
                caveat: Ask for estimates.
                because: \(Self.longText) See rule_ids.
                assumption: Our guess.
            """
        #expect(CheckingFixture.check(Self.rulesPlus(rule)).diagnostics.isEmpty)
    }

    @Test func theLimitIsTheSummarysOwn() {
        let fits = String(repeating: "word ", count: 50)
        #expect(TextWrapping.wrap(fits, width: 80, indent: "  • ", hangingIndent: "    ").count == OwnerSummary.textLineLimit)
        #expect(SummaryTextCheck.problems(in: fits).isEmpty)
        #expect(SummaryTextCheck.problems(in: fits + fits).count == 1)
        #expect(SummaryTextCheck.identifiers(in: "a well-known, plain sentence (with 16 users) in `quotes`") == ["quotes"])
        #expect(SummaryTextCheck.identifiers(in: "snake_case and _leading and trailing_ and a_b_c") == ["snake_case", "a_b_c"])
    }
}
