import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// `advisor rules check` on the rules that ship in `Rules/`.
@Suite struct CheckingShippedRulesTests {
    /// No errors, and no warnings but ties (the shipped points are being retuned to remove those).
    @Test func shippedRulesHaveNoErrorsAndNoWarningsButTies() throws {
        let report = RuleBaseChecker.check(try FileReader.ruleFiles(in: TestSupport.rulesFolder))
        #expect(report.ruleBase != nil)
        #expect(report.errorCount == 0)
        let others = report.diagnostics.filter { $0.code != "tie" }
        #expect(others.isEmpty, "\(RuleBaseError(diagnostics: others))")
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning && $0.location == nil })
    }

    /// The embedded copy checks the same as the folder (paths aside).
    @Test func embeddedRulesCheckLikeTheFolder() throws {
        let folder = RuleBaseChecker.check(try FileReader.ruleFiles(in: TestSupport.rulesFolder))
        let embedded = RuleBaseChecker.check(DefaultRules.files)
        #expect(embedded.diagnostics.map(\.code) == folder.diagnostics.map(\.code))
        #expect(embedded.diagnostics.map(\.message) == folder.diagnostics.map(\.message))
    }
}
