import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Comparing two small rule bases whose differences are worked out by hand: exact regions,
/// counts and rule lists, and the JSON fields (questions and choices added or removed:
/// `VocabularyComparisonTests`; ranges and kinds changed: `QuestionChangeComparisonTests`).
@Suite struct RuleBaseComparisonTests {
    static let base = """
        articles:
          - {name: Guide, sections: [Intro]}
        options:
          - {id: shop, name: Shop, description: A shop.}
          - {id: msp, name: MSP, description: A provider.}
        """

    static let questions = """
        questions:
          - {id: users, type: integer, min: 1, unit: users, label: Number of users, ask: How many?, why: Size.}
          - id: plan
            type: choice
            label: Plan
            ask: Which plan?
            why: Money.
            choices:
              - {value: a, label: hourly}
              - {value: b, label: fixed}
              - {value: c, label: either}
          - {id: backups, type: boolean, label: Backups, ask: Checked?, why: Data.}
        """

    /// msp wins from 10 users, or below with plan b; otherwise shop (ties go to shop).
    static let rules = """
        rules:
          - {id: big, when: users >= 10, points: {msp: 2}, because: Big., source: "Guide, Intro"}
          - {id: fixed, when: plan == b, points: {msp: 1}, because: Fixed., source: "Guide, Intro"}
          - {id: hourly, when: plan == a, points: {shop: 1}, because: Hourly., source: "Guide, Intro"}
        """

    static func ruleBase(rules: String = rules, questions: String = questions) throws -> RuleBase {
        try TestSupport.ruleBase(["base.yaml": base, "questions.yaml": questions, "rules.yaml": rules])
    }

    static func pairs(_ region: RuleBaseComparison.Region) -> [String] {
        region.constraints.map { "\($0.question)=\($0.description)" }
    }

    @Test func identicalRuleBasesAreEmpty() throws {
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase())
        #expect(comparison.isEmpty)
        #expect(comparison.regions.isEmpty)
        #expect(comparison.changedCombinations == 0)
        #expect(comparison.totalCombinations == 2 * 3 * 2)
        #expect(comparison.text().contains("No differences: all 12 answer combinations get the same recommendation"))
    }

    @Test func questionsInAnotherOrderStillMatch() throws {
        let reordered = """
            questions:
              - {id: backups, type: boolean, label: Backups, ask: Checked?, why: Data.}
              - {id: users, type: integer, min: 1, label: Users, ask: How many?, why: Size.}
              - {id: plan, type: choice, label: Plan, ask: Which?, why: Money., choices: [{value: a, label: A}, {value: b, label: B}, {value: c, label: C}]}
            """
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase(questions: reordered))
        #expect(comparison.isEmpty)
    }

    @Test func movedThresholdGivesOneRangeAndListedChoices() throws {
        let moved = Self.rules.replacingOccurrences(of: "users >= 10", with: "users >= 8")
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase(rules: moved))
        #expect(comparison.regions.map(Self.pairs) == [["users=8–9", "plan=[a, c]"]])
        #expect(comparison.regions.map(\.from) == ["shop"])
        #expect(comparison.regions.map(\.to) == ["msp"])
        #expect(comparison.regions.map(\.count) == [4])
        #expect(comparison.changedCombinations == 4)
        #expect(comparison.totalCombinations == 3 * 3 * 2)
        #expect(comparison.changedRules == ["big"])
        #expect(comparison.ruleChanges["big"] == ["condition"])
        #expect(
            comparison.text() == """
                Answers whose recommendation changes (old → new):
                  users 8–9, plan in [a, c]: shop → msp (4 combinations)

                rules added: none
                rules removed: none
                rules changed: big (condition)

                4 of 18 answer combinations (numbers grouped at the rules' thresholds) change recommendation; rules: 0 added, 0 removed, 1 changed.

                """)
    }

    @Test func addedRemovedAndChangedRulesAreListed() throws {
        let new = """
            rules:
              - {id: big, when: users > 9, points: {msp: 2}, because: Big., source: "Guide, Intro"}
              - {id: fixed, when: plan == b, points: {msp: 1}, because: A fixed fee., source: "Guide, Intro"}
              - {id: five, when: users == 5, points: {msp: 3}, because: Five., source: "Guide, Intro"}
            """
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase(rules: new))
        #expect(comparison.addedRules == ["five"])
        #expect(comparison.removedRules == ["hourly"])
        // `users > 9` is the same condition as `users >= 10`; only the wording of `fixed` changed.
        #expect(comparison.changedRules == ["fixed"])
        #expect(comparison.ruleChanges["fixed"] == ["because"])
        #expect(comparison.regions.map(Self.pairs) == [["users=exactly 5", "plan=[a, c]"]])
        #expect(comparison.regions.map(\.count) == [4])
        #expect(comparison.totalCombinations == 4 * 3 * 2)
        #expect(!comparison.isEmpty)
        let text = comparison.text()
        #expect(text.contains("  users exactly 5, plan in [a, c]: shop → msp (4 combinations)\n"))
        #expect(text.contains("rules added: five\nrules removed: hourly\nrules changed: fixed (because)\n"))
    }

    @Test func questionsThatCanTakeAnyValueAreOmitted() throws {
        let new = Self.rules.replacingOccurrences(of: "points: {msp: 2}", with: "points: {shop: 2}")
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase(rules: new))
        #expect(comparison.regions.map(Self.pairs) == [["users=10 or more"]])
        #expect(comparison.regions.map(\.from) == ["msp"])
        #expect(comparison.regions.map(\.to) == ["shop"])
        #expect(comparison.regions.map(\.count) == [6])
        #expect(comparison.ruleChanges["big"] == ["points"])
    }

    @Test func yesNoQuestionsAppearWithTheirValue() throws {
        let new = Self.rules + "\n  - {id: unchecked, when: not backups, points: {msp: 1}, because: Risk., source: \"Guide, Intro\"}\n"
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase(rules: new))
        #expect(comparison.regions.map(Self.pairs) == [["users=1–9", "plan=c", "backups=false"]])
        #expect(comparison.regions.first?.summary == "users 1–9, plan = c, backups = false: shop → msp (1 combination)")
        #expect(comparison.addedRules == ["unchecked"])
    }

    @Test func onlyTheRuleTextChangedMeansNoRegions() throws {
        let new = Self.rules.replacingOccurrences(of: "because: Hourly.", with: "because: By the hour.")
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase(rules: new))
        #expect(comparison.regions.isEmpty)
        #expect(comparison.changedRules == ["hourly"])
        #expect(!comparison.isEmpty)
        #expect(comparison.text().hasPrefix("No answers change their recommendation.\n"))
    }

    /// 21 yes/no questions (2^21 combinations, past the million the comparison once refused) are compared in full.
    @Test func manyQuestionsAreCompared() throws {
        let many = (1...21).map { "  - {id: q\($0), type: boolean, label: Q\($0), ask: Q?, why: W.}" }.joined(separator: "\n")
        func ruleBase(_ rules: String) throws -> RuleBase {
            try TestSupport.ruleBase(["base.yaml": Self.base, "questions.yaml": "questions:\n" + many + "\n", "rules.yaml": "rules:\n" + rules])
        }
        let rules = "  - {id: one, when: q1, points: {msp: 1}, because: One., source: \"Guide, Intro\"}\n"
        let same = try RuleBaseComparison(old: try ruleBase(rules), new: try ruleBase(rules))
        #expect(same.isEmpty && same.isComplete)
        #expect(same.totalCombinations == 1 << 21)
        let changed = try RuleBaseComparison(old: try ruleBase(rules), new: try ruleBase(rules.replacingOccurrences(of: "when: q1", with: "when: q1 and q2")))
        #expect(changed.isComplete)
        #expect(changed.regions.map(Self.pairs) == [["q1=true", "q2=false"]])
        #expect(changed.regions.map(\.count) == [1 << 19])
        #expect(changed.changedCombinations == 1 << 19)
        #expect(changed.changes.map { "\($0.from) \($0.to)" } == ["msp shop"])
    }

    @Test func jsonParsesAndHasTheFields() throws {
        let moved = Self.rules.replacingOccurrences(of: "users >= 10", with: "users >= 8")
        let comparison = try RuleBaseComparison(old: try Self.ruleBase(), new: try Self.ruleBase(rules: moved))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(comparison.json().utf8)) as? [String: Any])
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.count == 1)
        #expect(regions.first?["constraints"] as? [String: String] == ["users": "8–9", "plan": "[a, c]"])
        #expect(regions.first?["from"] as? String == "shop")
        #expect(regions.first?["to"] as? String == "msp")
        #expect(regions.first?["count"] as? Int == 4)
        #expect(json["changed_combinations"] as? Int == 4)
        #expect(json["total_combinations"] as? Int == 18)
        #expect(json["complete"] as? Bool == true)
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["example"] as? [String: String] == ["users": "8–9", "plan": "a", "backups": "false"])
        let rules = try #require(json["rules"] as? [String: [String]])
        #expect(rules == ["added": [], "removed": [], "changed": ["big"]])
    }
}
