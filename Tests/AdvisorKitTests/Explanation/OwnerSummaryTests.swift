import Foundation
import Testing
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The owner's summary: which reasons, caveats and changes it picks and in what order, its
/// cost line, how it fits one screen, and its text, Markdown and JSON. On a small rule base
/// made for it, so that the order it is built to follow shows.
@Suite struct OwnerSummaryTests {
    /// Three options; the shop leads small teams, the provider large ones; one consultant
    /// covers a handful but is out of the running from three people on.
    static let ruleBase: RuleBase? = try? TestSupport.ruleBase([
        "base.yaml": """
        articles:
          - {name: Guide, sections: [Intro]}
        options:
          - {id: shop, name: Shop, description: A shop you call when something breaks.}
          - {id: msp, name: Managed provider, description: A provider paid by the month.}
          - {id: solo, name: Consultant, description: One person.}
        questions:
          - {id: users, type: integer, min: 1, unit: users, label: Number of users, ask: How many?, why: Size.}
          - {id: backups, type: boolean, label: Backup monitoring, ask: Checked?, why: Data.}
          - id: bills
            type: choice
            label: Variable bills
            ask: Bills?
            why: Money.
            choices:
              - {value: accept, label: fine; we pay as we go}
              - {value: fixed, label: a fixed fee}
        """,
        "rules/rules.yaml": """
        rules:
          - id: small_team
            when: users <= 9
            points: {shop: 3}
            because: A shop suits a small team.
            assumption: Small.
          - id: large_team
            when: users >= 10
            points: {msp: 4}
            because: A provider suits a large team.
            assumption: Large.
          - id: pay_as_you_go
            when: bills == accept
            points: {shop: 1, solo: 1}
            because: Paying by the hour suits you.
            assumption: Bills.
          - id: fixed_fee
            when: bills == fixed
            points: {msp: 4}
            because: A provider's fee is fixed.
            assumption: Fee.
          - id: one_person_stretched
            when: users >= 3
            points: {solo: -5}
            because: One person cannot cover a team.
            assumption: Stretched.
          - id: handful
            when: users <= 5
            points: {solo: 4}
            because: One person can cover a handful.
            assumption: Handful.
          - id: ask_for_estimates
            when: "true"
            caveat: Ask for estimates before work starts.
            if_recommended: shop
            because: Bills grow.
            assumption: Estimates.
          - id: agree_a_cap
            when: bills == accept
            caveat: Agree a monthly cap.
            if_recommended: shop
            because: Hourly bills vary.
            assumption: Cap.
          - id: watch_the_backups
            when: not backups
            caveat: Make one person check the backups.
            because: Nobody checks them.
            assumption: Backups.
        """,
    ])

    static func advice(_ pairs: [String: String]) throws -> Advice {
        let ruleBase = try #require(Self.ruleBase)
        return try Engine(ruleBase: ruleBase).advise(try TestSupport.answers(pairs, in: ruleBase))
    }

    static func rules(_ points: [OwnerSummary.Point], in advice: Advice) -> [String] {
        points.map { advice.ruleBase.rules[$0.rule].id }
    }

    @Test func reasonsWhoseLossWouldChangeTheOutcomeComeFirst() throws {
        // Five users: shop 4 (small team 3, paying by the hour 1), provider 0, consultant 0
        // (1 + 4 − 5); the provider, listed first, is the runner-up. Without the consultant's
        // being stretched (−5, nothing against the runner-up) the consultant would lead with 5;
        // without the small team (+3 against the runner-up) the shop would still lead. So the
        // rule whose loss changes the outcome comes first, then by how far each puts the shop
        // ahead of the runner-up.
        let advice = try Self.advice(["users": "5", "backups": "yes", "bills": "accept"])
        #expect(advice.runnerUp.map { advice.ruleBase.options[$0.option].id } == "msp")
        let summary = OwnerSummary(advice)
        #expect(Self.rules(summary.reasons, in: advice) == ["one_person_stretched", "small_team", "pay_as_you_go"])
        #expect(summary.reasons.first?.text == "One person cannot cover a team.")
    }

    @Test func aRuleThatSetsTheRecommendationBackAgainstTheRunnerUpIsNoReason() throws {
        // The provider leads on size (4 against the shop's 1); paying by the hour, which helps
        // the shop (the runner-up), is no reason for the provider.
        let advice = try Self.advice(["users": "20", "backups": "yes", "bills": "accept"])
        #expect(advice.reasons.map { advice.ruleBase.rules[$0].id }.contains("pay_as_you_go"))
        #expect(Self.rules(OwnerSummary(advice).reasons, in: advice) == ["large_team", "one_person_stretched"])
    }

    @Test func theCaveatAboutTheBusinessComesFirstThenThoseFromTheAnswers() throws {
        let advice = try Self.advice(["users": "5", "backups": "no", "bills": "accept"])
        #expect(advice.caveats.map { advice.ruleBase.rules[$0].id } == ["ask_for_estimates", "agree_a_cap", "watch_the_backups"])
        let summary = OwnerSummary(advice)
        #expect(Self.rules(summary.beforeYouSign, in: advice) == ["watch_the_backups", "agree_a_cap", "ask_for_estimates"])
        #expect(summary.beforeYouSign.first?.text == "Make one person check the backups.")
    }

    @Test func theNearestChangesInTheOwnersWords() throws {
        let advice = try Self.advice(["users": "8", "backups": "yes", "bills": "accept"])
        let summary = OwnerSummary(advice)
        // 8 → 10 users is a quarter further (8 → 2, for the consultant, three quarters): the
        // nearest change of a question only; a different choice is one step.
        #expect(
            summary.changes == ["If you grew past 9 users, Managed provider would lead.", "If variable bills were “a fixed fee”, Managed provider would lead."])
        let large = try Self.advice(["users": "40", "backups": "yes", "bills": "accept"])
        #expect(OwnerSummary(large).changes == ["If you had 3 to 9 users, Shop would lead."])
        #expect(summary.runnerUp == "Managed provider")
    }

    @Test func theOwnersWordsForEachKindOfAnswer() throws {
        let ruleBase = try #require(Self.ruleBase)
        let users = try #require(ruleBase.questionIndex("users")), backups = try #require(ruleBase.questionIndex("backups"))
        let bills = try #require(ruleBase.questionIndex("bills"))
        let phrase = { (to: AnswerChange.Target, question: QuestionIndex, from: AnswerValue?) in
            OwnerPhrasing.sentence(for: AnswerChange(question: question, to: to, recommendation: 1), from: from, in: ruleBase)
        }
        #expect(phrase(.numbers(16...99), users, .integer(12)) == "If you grew past 15 users (up to 99), Managed provider would lead.")
        #expect(phrase(.numbers(2...Int.max), users, .integer(1)) == "If you grew past 1 user, Managed provider would lead.")
        #expect(phrase(.numbers(6...15), users, .integer(40)) == "If you had 6 to 15 users, Managed provider would lead.")
        #expect(phrase(.value(.boolean(true)), backups, .boolean(false)) == "If you said yes to backup monitoring, Managed provider would lead.")
        #expect(phrase(.value(.choice(0)), bills, .choice(1)) == "If variable bills were “fine”, Managed provider would lead.")
        #expect(OwnerPhrasing.makes(.choice(0), for: ruleBase.questions[bills]) == "variable bills “fine”")
        #expect(OwnerPhrasing.makes(.integer(20), for: ruleBase.questions[users]) == "number of users 20")
        #expect(OwnerPhrasing.makes(.boolean(false), for: ruleBase.questions[backups]) == "backup monitoring “no”")
    }

    @Test func theCostLineNamesTheRecommendationAndTheCheapestOtherInTheModelsCurrency() throws {
        let (engine, model) = try CostTestSupport.shipped()
        let answers = try TestSupport.answers(CostTestSupport.twelveUsers, in: engine.ruleBase)
        let advice = try engine.advise(answers)
        let costs = CostAssumptions(model: model)
        let estimates = try CostEstimator(assumptions: costs, ruleBase: engine.ruleBase).estimates(answers)
        let others = estimates.filter { $0.option != advice.recommendation }
        let cheapest = try #require(others.cheapest)
        let line = try #require(OwnerSummary(advice, costs: costs).cost)
        #expect(
            line
                == "Typical cost a year: \(CostPhrasing.money(estimates[advice.recommendation].expected, model.currency)); the cheapest other, \(engine.ruleBase.options[cheapest].name): \(CostPhrasing.money(estimates[cheapest].expected, model.currency))."
        )
        #expect(OwnerSummary(advice).cost == nil, "no cost model, no cost line")
        // When no other option costs less, the line says so.
        let cheapestRecommended = try #require(
            OwnerTextProperty.completeAnswers(engine).lazy.map { try? engine.advise($0) }.compactMap { $0 }.first { advice in
                let all = (try? CostEstimator(assumptions: costs, ruleBase: engine.ruleBase).estimates(advice.answers)) ?? []
                return all.cheapest == advice.recommendation
            })
        #expect(OwnerSummary(cheapestRecommended, costs: costs).cost?.contains(" USD, the least of all; the cheapest other, ") == true)
    }

    @Test func theNextLineSuitsWhereTheSummaryIsRead() throws {
        let advice = try Self.advice(["users": "5", "backups": "yes", "bills": "accept"])
        #expect(OwnerSummary(advice, setting: .chat).nextSteps == "Type how for the full reasoning, why-not OPTION or what-if.")
        #expect(OwnerSummary(advice, setting: .report).nextSteps == "Add --detail full for the full reasoning.")
    }

    @Test func theTextReadsInOrderAndFitsTheWidth() throws {
        let advice = try Self.advice(["users": "5", "backups": "no", "bills": "accept"])
        let text = TextRenderer(width: 80).render(OwnerSummary(advice, setting: .chat))
        #expect(
            text == """
                Recommendation: Shop
                  A shop you call when something breaks.

                Why
                  • One person cannot cover a team.
                  • A shop suits a small team.
                  • Paying by the hour suits you.

                Before you sign
                  • Make one person check the backups.
                  • Agree a monthly cap.
                  • Ask for estimates before work starts.

                What would change it
                  • If you had 2 users or fewer, Consultant would lead.
                  • If variable bills were “a fixed fee”, Managed provider would lead.
                Runner-up: Managed provider.
                Type how for the full reasoning, why-not OPTION or what-if.

                """)
        let coloured = TextRenderer(width: 80, colors: true).render(OwnerSummary(advice))
        #expect(coloured.contains("\u{1B}[1mRecommendation: \u{1B}[0m\u{1B}[1;32mShop"))
    }

    @Test func whatDoesNotFitTheScreenIsLeftOutLeastImportantFirst() throws {
        let advice = try Self.advice(["users": "5", "backups": "no", "bills": "accept"])
        // Texts as long as `rules check` lets pass (four lines each): with the least the
        // summary keeps (two reasons, one caveat, one change), it fits.
        let long = String(repeating: "word ", count: 50)
        #expect(TextWrapping.wrap("Reason 0. " + long, width: 80, indent: "  • ", hangingIndent: "    ").count == OwnerSummary.textLineLimit)
        var summary = OwnerSummary(
            outcome: .recommendation(option: 0, name: "Shop", description: "A shop."),
            reasons: (0..<3).map { OwnerSummary.Point(rule: $0, text: "Reason \($0). " + long) },
            beforeYouSign: (5..<8).map { OwnerSummary.Point(rule: $0, text: "Caveat \($0). " + long) },
            cost: nil, changes: ["First change.", "Second change."], runnerUp: "Managed provider", nextSteps: "Next.")
        summary = summary.fitted()
        #expect(summary.reasons.count == 2)
        #expect(summary.beforeYouSign.map(\.rule) == [5])
        #expect(summary.changes == ["First change."])
        #expect(TextRenderer(width: 80).lines(summary).count <= OwnerSummary.screenLines)
        // What fits is kept.
        let small = OwnerSummary(advice)
        #expect(small.fitted() == small && small.reasons.count == 3 && small.beforeYouSign.count == 3)
    }

    @Test func markdownOpensOnTheSummaryWithTheFullReasoningCollapsed() throws {
        let advice = try Self.advice(["users": "5", "backups": "no", "bills": "accept"])
        let markdown = MarkdownRenderer.render(advice, summary: OwnerSummary(advice))
        #expect(
            markdown.hasPrefix("# IT support recommendation: Shop\n\nA shop you call when something breaks.\n\n## Why\n\n- One person cannot cover a team.\n"))
        let parts = markdown.components(separatedBy: "<details>\n<summary>The full reasoning</summary>\n\n")
        try #require(parts.count == 2, "one collapsed section")
        #expect(!parts[0].contains("small_team") && !parts[0].contains("+3"), "no ids or points before the full reasoning")
        #expect(parts[1].hasPrefix("## IT support recommendation: Shop\n"), "its headings one level down")
        #expect(parts[1].contains("### Why Shop") && parts[1].contains("rule `small_team`"))
        #expect(parts[1].hasSuffix("\n</details>\n"))
    }

    @Test func jsonKeepsEverythingAndAddsTheSummarysSentences() throws {
        let advice = try Self.advice(["users": "5", "backups": "no", "bills": "accept"])
        let full = try #require(try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(advice).utf8)) as? [String: Any])
        let withSummary = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(advice, summary: OwnerSummary(advice)).utf8)) as? [String: Any])
        #expect(Set(withSummary.keys) == Set(full.keys).union(["summary"]))
        let summary = try #require(withSummary["summary"] as? [String: Any])
        #expect(summary["recommendation"] as? String == "Shop")
        #expect((summary["why"] as? [[String: String]])?.first == ["rule": "one_person_stretched", "text": "One person cannot cover a team."])
        #expect((summary["before_you_sign"] as? [[String: String]])?.map { $0["rule"] } == ["watch_the_backups", "agree_a_cap", "ask_for_estimates"])
        #expect(summary["cost"] is NSNull)
        #expect((summary["what_would_change"] as? [String])?.count == 2)
        #expect(summary["runner_up"] as? String == "Managed provider")
    }

    @Test func theSummaryOfConditionalAdviceSaysWhatItDependsOn() throws {
        let ruleBase = try #require(Self.ruleBase)
        let engine = Engine(ruleBase: ruleBase)
        let bills = try #require(ruleBase.questionIndex("bills"))
        let answers = try TestSupport.answers(["users": "9", "backups": "no"], in: ruleBase)
        let conditional = try #require(engine.conditionalAdvice(answers, unknown: [bills]))
        let summary = OwnerSummary(conditional, setting: .chat)
        guard case .dependsOn(_, let label, let branches) = summary.outcome else {
            Issue.record("a conditional outcome")
            return
        }
        #expect(label == "Variable bills")
        #expect(branches.count == 2)
        #expect(summary.runnerUp == nil && summary.changes.isEmpty)
        #expect(summary.nextSteps == "Type change variable bills when you know it, or how for the full reasoning.")
        #expect(summary.beforeYouSign.map { ruleBase.rules[$0.rule].id } == ["watch_the_backups"])
        let text = TextRenderer(width: 80).render(summary)
        #expect(text.hasPrefix("Recommendation: it depends on variable bills\n  • If variable bills is"))
    }
}
