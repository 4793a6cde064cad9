import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Claims as data: rules and cost parameters cite the article's claims by id, a mistaken id is
/// located with a did-you-mean, and `rules check` reports claims nothing uses and numbers
/// without an interpretation.
@Suite struct ClaimTests {
    /// An article with two claims in two sections (the claims start on lines 5 and 8).
    static let article = """
        articles:
          - name: Guide
            sections: [Intro, Costs]
            claims:
              - id: few_users
                section: Intro
                says: Small offices do well with a shop.
              - id: fees_add_up
                section: Costs
                says: Monthly fees add up.
        options:
          - {id: shop, name: Shop, description: A shop.}
          - {id: msp, name: MSP, description: A provider.}
        """

    /// Two rules citing the claims; the first rule starts on line 2, its `claims` on line 6.
    static let rules = """
        rules:
          - id: small
            when: users <= 5
            points: {shop: 2}
            because: Few people.
            claims: [few_users]
            interpretation: We read a small office as up to five people.
          - id: big
            when: users > 5
            points: {msp: 3}
            because: Many people.
            claims: [few_users, fees_add_up]
            interpretation: Past five people we read the guide as favouring a provider.
        """

    static let questions = """
        questions:
          - {id: users, type: integer, min: 1, unit: users, label: Users, ask: How many?, why: Size matters.}
        """

    static func files(_ replacing: [String: String] = [:]) -> [RuleFile] {
        TestSupport.ruleFiles(["base.yaml": article, "questions.yaml": questions, "rules.yaml": rules].merging(replacing) { $1 })
    }

    func expectError(
        _ files: [String: String], code: String, at place: String, mentioning words: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try RuleBaseLoader.load(Self.files(files))
            Issue.record("the rule base loaded", sourceLocation: sourceLocation)
        } catch {
            TestSupport.expectOne(.error, in: error.diagnostics, code: code, at: place, mentioning: words, sourceLocation: sourceLocation)
        }
    }

    @Test func claimsLoadAndNameTheirSections() throws {
        let (ruleBase, warnings) = try RuleBaseLoader.load(Self.files())
        #expect(warnings.isEmpty)
        #expect(ruleBase.claims.map(\.id) == ["few_users", "fees_add_up"])
        #expect(ruleBase.claims.first?.location.description == "base.yaml:5:9")
        let big = try #require(ruleBase.rules.last)
        #expect(big.provenance.claims.map(\.id) == ["few_users", "fees_add_up"])
        #expect(big.provenance.source == "Guide, Intro; Guide, Costs")
        #expect(big.interpretation == "Past five people we read the guide as favouring a provider.")
        #expect(RuleBaseChecker.check(Self.files()).diagnostics.isEmpty)
    }

    @Test func anUnknownClaimIsLocatedWithADidYouMean() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "[few_users]", with: "[few_user]")],
            code: "unknown-claim", at: "rules.yaml:6:14", mentioning: ["rule 'small'", "'few_user'", "did you mean 'few_users'?"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "[few_users, fees_add_up]", with: "[few_users, nothing_like_it]")],
            code: "unknown-claim", at: "rules.yaml:12:25", mentioning: ["'nothing_like_it'", "advisor rules docs lists the claims"])
    }

    @Test func citationMistakes() {
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "claims: [few_users]\n", with: "source: Guide, Intro\n")],
            code: "section-citation", at: "rules.yaml:6:13", mentioning: ["whole section 'Guide, Intro'", "claims: [few_users]"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "[few_users]", with: "[]")],
            code: "empty-claims", at: "rules.yaml:6:13", mentioning: ["'claims' of rule 'small' is empty"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "[few_users]", with: "[few_users, few_users]")],
            code: "duplicate-id", at: "rules.yaml:6:25", mentioning: ["'few_users' twice"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "claims: [few_users]\n", with: "claims: [few_users]\n    assumption: Ours.\n")],
            code: "claims-and-assumption", at: "rules.yaml:7:17", mentioning: ["both 'claims' and an 'assumption'"])
        expectError(
            ["rules.yaml": Self.rules.replacingOccurrences(of: "claims: [few_users]\n", with: "assumption: Ours.\n")],
            code: "interpretation-of-assumption", at: "rules.yaml:7:21", mentioning: ["rests on an assumption"])
    }

    @Test func claimMistakes() {
        expectError(
            ["base.yaml": Self.article.replacingOccurrences(of: "section: Costs", with: "section: Cost")],
            code: "unknown-section", at: "base.yaml:9:18", mentioning: ["claim 'fees_add_up'", "'Cost'", "did you mean 'Costs'?"])
        expectError(
            [
                "base.yaml": Self.article.replacingOccurrences(of: "id: fees_add_up", with: "id: few_users"),
                "rules.yaml": Self.rules.replacingOccurrences(of: "[few_users, fees_add_up]", with: "[few_users]"),
            ],
            code: "duplicate-id", at: "base.yaml:8:13", mentioning: ["claim id 'few_users'", "base.yaml:5:13"])
        expectError(
            ["base.yaml": Self.article.replacingOccurrences(of: "        says: Monthly fees add up.\n", with: "")],
            code: "missing-key", at: "base.yaml:8:9", mentioning: ["a claim is missing 'says'"])
    }

    @Test func aClaimNothingUsesIsAWarningUnlessItSaysWhy() throws {
        let onlyFirst = Self.rules.replacingOccurrences(of: "[few_users, fees_add_up]", with: "[few_users]")
        let report = RuleBaseChecker.check(Self.files(["rules.yaml": onlyFirst]))
        TestSupport.expectOne(
            .warning, in: report.diagnostics, code: "unused-claim", at: "base.yaml:8:9",
            mentioning: ["claim 'fees_add_up'", "Guide, Costs", "unused_because"], sourceLocation: #_sourceLocation)
        let explained = Self.article.replacingOccurrences(
            of: "says: Monthly fees add up.", with: "says: Monthly fees add up.\n        unused_because: The guide's costs are not ours.")
        #expect(RuleBaseChecker.check(Self.files(["base.yaml": explained, "rules.yaml": onlyFirst])).diagnostics.isEmpty)
        let stale = RuleBaseChecker.check(Self.files(["base.yaml": explained]))
        TestSupport.expectOne(
            .warning, in: stale.diagnostics, code: "used-claim-marked-unused", at: "base.yaml:8:9",
            mentioning: ["rule 'big' cites it"], sourceLocation: #_sourceLocation)
    }

    /// A claim cited only by a cost parameter counts as used.
    @Test func aClaimCitedByACostParameterIsUsed() {
        let onlyFirst = Self.rules.replacingOccurrences(of: "[few_users, fees_add_up]", with: "[few_users]")
        let costs = """
            costs:
              parameters:
                - {id: fee, value: 50, unit: USD/user/month, description: A fee., claims: [fees_add_up], interpretation: We read it as 50.}
              estimates:
                - {option: shop, parts: [{part: fees, formula: users * fee, description: Fees.}]}
                - {option: msp, parts: [{part: fees, formula: users * fee, description: Fees.}]}
            """
        let report = RuleBaseChecker.check(Self.files(["rules.yaml": onlyFirst, "costs.yaml": costs]))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test func aNumberInTheConditionOfACitingRuleNeedsAnInterpretation() {
        let uninterpreted = Self.rules.replacingOccurrences(of: "    interpretation: We read a small office as up to five people.\n", with: "")
        let report = RuleBaseChecker.check(Self.files(["rules.yaml": uninterpreted]))
        TestSupport.expectOne(
            .warning, in: report.diagnostics, code: "uninterpreted-number", at: "rules.yaml:2:5",
            mentioning: ["rule 'small'", "'users <= 5'", "add an 'interpretation'"], sourceLocation: #_sourceLocation)
        // An assumption states our own number already, and a condition without a number needs no reading.
        let assumed = uninterpreted.replacingOccurrences(of: "claims: [few_users]", with: "assumption: Five is our guess.")
        #expect(RuleBaseChecker.check(Self.files(["rules.yaml": assumed])).diagnostics.isEmpty)
        let noNumber = uninterpreted.replacingOccurrences(of: "when: users <= 5", with: "when: \"true\"")
        #expect(!RuleBaseChecker.check(Self.files(["rules.yaml": noNumber])).diagnostics.contains { $0.code == "uninterpreted-number" })
    }
}
