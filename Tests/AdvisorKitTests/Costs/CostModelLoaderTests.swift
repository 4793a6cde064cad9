import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Loading cost models: each mistake an author can make is reported with its code and its exact
/// file, line and column; the shipped model loads cleanly and has the parameters scripts rely on.
@Suite struct CostModelLoaderTests {
    static let rules = """
        articles:
          - name: Guide
            sections: [Intro, Costs]
        questions:
          - {id: users, type: integer, min: 1, unit: users, label: Users, ask: How many?, why: Size matters.}
          - {id: backups, type: boolean, label: Backups, ask: Checked?, why: Data matters.}
        options:
          - {id: shop, name: Shop, description: A shop.}
          - {id: msp, name: MSP, description: A provider.}
        rules:
          - {id: sized, when: users > 5, points: {shop: 1}, because: Size., source: "Guide, Intro"}
        """

    /// A valid cost model; tests edit it. Line numbers are given on the right.
    static let costs = """
        costs:
          parameters:
            - id: rate
              value: 100
              unit: USD/hour
              description: An hour.
              assumption: A rate.
            - id: hours
              value: 2
              quiet_year: 1
              bad_year: 4
              cases:
                - when: backups
                  value: 1
              unit: hours/user/year
              description: Hours.
              assumption: A guess.
            - id: fee
              value: 50
              unit: USD/user/month
              description: A fee.
              assumption: A guess.
          estimates:
            - option: shop
              parts:
                - part: labour
                  formula: users * hours * rate
                  description: Hours.
            - option: msp
              parts:
                - part: fees
                  formula: users * fee
                  description: The fee.
        """
    //  1 costs:  3 - id: rate  8 - id: hours  13 - when: backups  18 - id: fee
    //  23 estimates:  24 - option: shop  26 - part: labour  27 formula  29 - option: msp  32 formula

    static func ruleBase() throws -> RuleBase {
        try TestSupport.ruleBase(["rules.yaml": rules])
    }

    static func load(_ text: String, file: String = "costs.yaml", onlyCosts: Bool = false) throws -> (CostModel?, warnings: [Diagnostic]) {
        try CostModelLoader.load([RuleFile(path: file, relativePath: file, contents: text)], ruleBase: ruleBase(), onlyCosts: onlyCosts)
    }

    func diagnostics(_ text: String, onlyCosts: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do {
            let (_, warnings) = try Self.load(text, onlyCosts: onlyCosts)
            Issue.record("the cost model loaded (warnings: \(warnings))", sourceLocation: sourceLocation)
            return []
        } catch let error as RuleBaseError {
            return error.diagnostics
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Replaces `old` with `new` in the model and expects exactly one error: `code` at `place`.
    func expectError(
        _ old: String, _ new: String, code: String, at place: String, mentioning words: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(Self.costs.contains(old), "fixture lacks \(old)", sourceLocation: sourceLocation)
        let found = diagnostics(Self.costs.replacingOccurrences(of: old, with: new), sourceLocation: sourceLocation)
        TestSupport.expectOne(.error, in: found, code: code, at: place, mentioning: words, sourceLocation: sourceLocation)
    }

    @Test func theFixtureLoads() throws {
        let (loaded, warnings) = try Self.load(Self.costs)
        let model = try #require(loaded)
        #expect(warnings.isEmpty)
        #expect(model.currency == "USD")
        #expect(model.parameters.map(\.id) == ["rate", "hours", "fee"])
        #expect(model.parameters[1].value == CostValue(typical: 2, quietYear: 1, badYear: 4))
        #expect(model.parameters[1].cases.map(\.conditionText) == ["backups"])
        #expect(model.parameters[2].unit.scale == Fraction(12, 1))
        #expect(model.estimates.map { $0.map(\.kind) } == [[.labour], [.fees]])
        #expect(model.parameters(of: 0) == [1, 0])
    }

    @Test func filesWithoutCostsHaveNoModel() throws {
        let (model, warnings) = try Self.load("questions: []\n")
        #expect(model == nil && warnings.isEmpty)
    }

    @Test func formulaMistakesPointIntoTheFormula() {
        expectError(
            "users * hours * rate", "users * hours * rat", code: "unknown-parameter", at: "costs.yaml:27:36", mentioning: ["'rat'", "did you mean 'rate'?"])
        expectError(
            "users * hours * rate", "users * hours + rate", code: "unit-mismatch", at: "costs.yaml:27:34", mentioning: ["cannot add USD/hour to hour/year"])
        expectError(
            "users * hours * rate", "users * hours", code: "unit-mismatch", at: "costs.yaml:27:20",
            mentioning: ["part 'labour' of 'shop'", "hour/year", "USD/year"])
        expectError("users * fee", "users * backups", code: "type-mismatch", at: "costs.yaml:32:28", mentioning: ["'backups' is a yes/no question"])
    }

    @Test func conditionMistakesPointIntoTheCondition() {
        expectError(
            "when: backups", "when: backup", code: "unknown-question", at: "costs.yaml:13:17", mentioning: ["parameter 'hours'", "did you mean 'backups'?"])
        expectError("when: backups", "when: users", code: "number-needs-comparison", at: "costs.yaml:13:17", mentioning: ["'users' is a number"])
        expectError("when: backups", "when: backups > 3", code: "type-mismatch", at: "costs.yaml:13:17", mentioning: ["yes/no question"])
    }

    @Test func valueAndUnitMistakes() {
        expectError("unit: USD/hour", "unit: EUR/hour", code: "bad-unit", at: "costs.yaml:5:13", mentioning: ["EUR", "currency is USD"])
        expectError("unit: USD/hour", "unit: USD//hour", code: "bad-unit", at: "costs.yaml:5:17", mentioning: ["empty part"])
        expectError("value: 100", "value: lots", code: "wrong-type", at: "costs.yaml:4:14", mentioning: ["'value' of parameter 'rate' must be a number"])
        expectError("value: 100", "value: -5", code: "negative-value", at: "costs.yaml:4:14", mentioning: ["cannot be negative"])
        expectError("bad_year: 4", "bad_year: [4]", code: "wrong-type", at: "costs.yaml:11:17", mentioning: ["'bad_year'"])
    }

    @Test func zeroDivisorsAreRefused() {
        let text = Self.costs.replacingOccurrences(of: "users * fee", with: "users * fee * hours / hours")
            .replacingOccurrences(of: "quiet_year: 1", with: "quiet_year: 0")
        let found = diagnostics(text)
        #expect(found.map(\.code) == ["zero-divisor"])
        #expect(found.first?.location?.description == "costs.yaml:8:7")
    }

    @Test func provenanceMistakes() {
        expectError(
            "assumption: A rate.", "source: Guide, Cost\n      interpretation: Ours.", code: "unknown-source", at: "costs.yaml:7:15",
            mentioning: ["did you mean 'Guide, Costs'?"])
        expectError(
            "      assumption: A rate.\n", "", code: "unsourced-parameter", at: "costs.yaml:3:7",
            mentioning: ["parameter 'rate'", "no 'claims'", "no 'assumption'"])
        expectError(
            "assumption: A rate.", "source: Guide, Costs\n      interpretation: Ours.\n      assumption: Both.", code: "source-and-assumption",
            at: "costs.yaml:9:19", mentioning: ["both"])
    }

    /// A parameter that cites the article must say how we read it to arrive at its number.
    @Test func aParameterCitingTheArticleNeedsAnInterpretation() {
        expectError(
            "assumption: A rate.", "source: Guide, Costs", code: "uninterpreted-parameter", at: "costs.yaml:3:7",
            mentioning: ["parameter 'rate'", "no 'interpretation'", "100 USD/hour"])
        expectError(
            "assumption: A rate.", "assumption: A rate.\n      interpretation: Ours.", code: "interpretation-of-assumption", at: "costs.yaml:8:23",
            mentioning: ["rests on an assumption"])
        let cited = Self.costs.replacingOccurrences(
            of: "assumption: A rate.", with: "source: Guide, Costs\n      interpretation: We read the guide's costs as 100 an hour.")
        let model = try? Self.load(cited).0
        #expect(model?.parameters.first?.interpretation == "We read the guide's costs as 100 an hour.")
    }

    @Test func structureMistakes() {
        expectError("- option: msp", "- option: mps", code: "unknown-option", at: "costs.yaml:29:15", mentioning: ["did you mean 'msp'?"])
        expectError("- part: labour", "- part: labor", code: "unknown-part", at: "costs.yaml:26:17", mentioning: ["did you mean 'labour'?"])
        expectError("  estimates:", "  currency: usd\n  estimates:", code: "bad-currency", at: "costs.yaml:23:13", mentioning: ["three capital letters"])
        expectError("  estimates:", "  rates: []\n  estimates:", code: "unknown-key", at: "costs.yaml:23:3", mentioning: ["'rates'", "the 'costs' section"])
        expectError("          description: Hours.\n", "", code: "missing-key", at: "costs.yaml:26:11", mentioning: ["missing 'description'"])
        expectError(
            "    - option: msp\n      parts:\n        - part: fees\n          formula: users * fee\n          description: The fee.", "",
            code: "missing-estimate", at: "costs.yaml:2:3", mentioning: ["no estimate for option 'msp'"])
    }

    @Test func duplicatesAreRefused() {
        let renamed = diagnostics(Self.costs.replacingOccurrences(of: "id: fee", with: "id: rate"))
        #expect(
            renamed.contains {
                $0.code == "duplicate-id" && $0.location?.description == "costs.yaml:18:11" && $0.message.contains("already defined at costs.yaml:3:11")
            })
        let question = diagnostics(Self.costs.replacingOccurrences(of: "id: fee", with: "id: users"))
        #expect(question.contains { $0.code == "duplicate-id" && $0.message.contains("also a question's id") })
        let twoParts = Self.costs.replacingOccurrences(
            of: "- part: fees\n          formula: users * fee\n          description: The fee.",
            with:
                "- part: fees\n          formula: users * fee\n          description: The fee.\n        - part: fees\n          formula: users * fee\n          description: Again."
        )
        #expect(diagnostics(twoParts).map(\.code) == ["duplicate-id"])
    }

    @Test func aSeparateCostFileHoldsOnlyCosts() throws {
        let found = diagnostics("questions: []\n" + Self.costs, onlyCosts: true)
        #expect(found.contains { $0.code == "unknown-key" && $0.location?.description == "costs.yaml:1:1" })
        let (model, _) = try Self.load(Self.costs, onlyCosts: true)
        #expect(model != nil)
        #expect(diagnostics("costs: [1\n", onlyCosts: true).first?.code == "yaml-syntax")
    }

    @Test func theShippedModelLoadsWithTheRequiredParameters() throws {
        let files = try FileReader.ruleFiles(in: TestSupport.rulesFolder)
        let ruleBase = try RuleBaseLoader.load(files).0
        let (loaded, warnings) = try CostModelLoader.load(files, ruleBase: ruleBase)
        let model = try #require(loaded)
        #expect(warnings.isEmpty)
        #expect(CostModelChecker.warnings(for: model).isEmpty)
        #expect(model.currency == "USD")
        let rate = try #require(model.parameterIndex("break_fix_hourly_rate").map { model.parameters[$0] })
        #expect(rate.unitText == "USD/hour")
        let fee = try #require(model.parameterIndex("managed_fee_per_user_month").map { model.parameters[$0] })
        #expect(fee.unitText == "USD/user/month")
        #expect(model.estimates.allSatisfy { !$0.isEmpty }, "every option has an estimate")
        for kind in CostPartKind.allCases {
            #expect(model.estimates.contains { $0.contains { $0.kind == kind } }, "some option has \(kind) costs")
        }
        let embedded = try #require(try CostModelLoader.load(DefaultRules.files, ruleBase: ruleBase).0)
        #expect(embedded.parameters.map(\.id) == model.parameters.map(\.id))
    }

    @Test func checkerWarnsAboutUnusedParametersAndUnreachableCases() throws {
        let text = Self.costs
            .replacingOccurrences(of: "  estimates:", with: "    - {id: spare, value: 1, unit: hours, description: Spare., assumption: None.}\n  estimates:")
            .replacingOccurrences(
                of: "        - when: backups\n          value: 1",
                with: "        - when: \"true\"\n          value: 1\n        - when: backups\n          value: 3")
        let model = try #require(try Self.load(text).0)
        let warnings = CostModelChecker.warnings(for: model)
        #expect(warnings.map(\.code) == ["unused-parameter", "unreachable-case"])
        #expect(warnings.first?.message.contains("'spare'") == true)
        #expect(warnings.last?.message.contains("case 2 of parameter 'hours'") == true)
    }
}
