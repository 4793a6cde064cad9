import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// A small rule base that checks cleanly, and helpers to check it with one mistake added.
///
/// Scores of the clean base (users cut at 6; backups yes/no): 1–5 users → shop 2 (+1 with
/// backups checked); 6 or more → msp 3, shop 0 or 1. No ties, and some rule always fires.
enum CheckingFixture {
    static let base = SmallRuleBase.base
    static let questions = SmallRuleBase.questions

    /// Rules start on lines 2, 7 and 12; a rule appended with `extraRule` starts on line 17.
    static let rules = """
        rules:
          - id: small
            when: users <= 5
            points: {shop: 2}
            because: Few people.
            assumption: Our guess.
          - id: big
            when: users > 5
            points: {msp: 3}
            because: Many people.
            assumption: Our guess.
          - id: watched
            when: backups
            points: {shop: 1}
            because: Someone checks.
            assumption: Our guess.
        """

    /// The rules with one more rule appended (starting on line 17, column 5).
    static func rulesPlus(id: String, when: String, effect: String) -> String {
        rules + "\n" + """
              - id: \(id)
                when: \(when)
                \(effect)
                because: Testing.
                assumption: Our guess.
            """
    }

    /// The default files with `files` replacing those of the same name.
    static func files(_ files: [String: String] = [:]) -> [RuleFile] {
        TestSupport.ruleFiles(["base.yaml": base, "questions.yaml": questions, "rules.yaml": rules].merging(files) { $1 })
    }

    static func check(_ files: [String: String] = [:]) -> RuleCheckReport {
        RuleBaseChecker.check(Self.files(files))
    }

    /// Checks that `files` produce exactly one diagnostic: a warning `code` at `place`
    /// (`file:line:column`, or nil), whose message mentions every one of `words`.
    @discardableResult
    static func expectOnlyWarning(
        _ files: [String: String], code: String, at place: String?, mentioning words: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let report = check(files)
        #expect(report.ruleBase != nil, "the rule base should load", sourceLocation: sourceLocation)
        #expect(report.warningCount == 1 && report.errorCount == 0, sourceLocation: sourceLocation)
        return TestSupport.expectOne(.warning, in: report.diagnostics, code: code, at: place, mentioning: words, sourceLocation: sourceLocation)
    }
}
