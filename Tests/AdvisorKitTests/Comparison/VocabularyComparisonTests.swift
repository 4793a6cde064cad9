import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorModel

/// `rules diff` between rule bases whose questions or choices differ, worked out by hand on the
/// small rule base of `RuleBaseComparisonTests` (msp from 10 users or with plan b, else shop).
@Suite struct VocabularyComparisonTests {
    typealias Base = RuleBaseComparisonTests

    static let remote = Base.questions + "\n  - {id: remote, type: boolean, label: Remote staff, ask: Remote?, why: Spread.}\n"
    static let remoteRule = Base.rules + "\n  - {id: spread, when: remote, points: {msp: 3}, because: Spread., source: \"Guide, Intro\"}\n"
    static let planD = Base.questions.replacingOccurrences(
        of: "- {value: c, label: either}", with: "- {value: c, label: either}\n      - {value: d, label: other}")
    /// Fires for plans c and d where d exists, for c alone where it does not (d is unanswered there).
    static let unplanned = Base.rules + "\n  - {id: unplanned, when: \"not (plan in [a, b])\", points: {msp: 5}, because: Open., source: \"Guide, Intro\"}\n"

    @Test func anAddedQuestionIsNamedAndItsRulesCompared() throws {
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(), new: try Base.ruleBase(rules: Self.remoteRule, questions: Self.remote))
        #expect(comparison.vocabulary.addedQuestions == ["remote"])
        #expect(comparison.vocabulary.removedQuestions.isEmpty)
        #expect(comparison.totalCombinations == 2 * 3 * 2 * 2)
        #expect(comparison.regions.map(Base.pairs) == [["users=1–9", "plan=[a, c]", "remote=true"]])
        #expect(comparison.changedCombinations == 4)
        #expect(comparison.addedRules == ["spread"])
        #expect(
            comparison.text().hasPrefix(
                "questions added: remote\nquestions removed: none\nchoices added: none\nchoices removed: none\n\n"
                    + "Answers whose recommendation changes (old → new):\n  users 1–9, plan in [a, c], remote = true: shop → msp (4 combinations)\n"))
        #expect(comparison.summaryLine.hasSuffix("rules: 1 added, 0 removed, 0 changed; questions: 1 added, 0 removed."))
    }

    @Test func aRemovedQuestionIsNamedTheOtherWayRound() throws {
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(rules: Self.remoteRule, questions: Self.remote), new: try Base.ruleBase())
        #expect(comparison.vocabulary.removedQuestions == ["remote"])
        #expect(comparison.vocabulary.addedQuestions.isEmpty)
        #expect(comparison.regions.map(\.summary) == ["users 1–9, plan in [a, c], remote = true: msp → shop (4 combinations)"])
        #expect(comparison.removedRules == ["spread"])
    }

    /// Plan d is unanswered in the old base: `not (plan in [a, b])` is unknown there, so the rule
    /// does not fire; in the new base it fires.
    @Test func anAnswerNamingAMissingChoiceCountsAsUnanswered() throws {
        let old = try Base.ruleBase(rules: Self.unplanned), new = try Base.ruleBase(rules: Self.unplanned, questions: Self.planD)
        let comparison = try RuleBaseComparison(old: old, new: new)
        #expect(comparison.vocabulary.addedChoices.map(\.description) == ["plan.d"])
        #expect(comparison.regions.map(\.summary) == ["users 1–9, plan = d: shop → msp (2 combinations)"])
        #expect(comparison.changedRules.isEmpty)
        let back = try RuleBaseComparison(old: new, new: old)
        #expect(back.vocabulary.removedChoices.map(\.description) == ["plan.d"])
        #expect(back.regions.map(\.summary) == ["users 1–9, plan = d: msp → shop (2 combinations)"])
    }

    @Test func aChoiceAddedWithoutRulesChangesNoAdviceButIsNamed() throws {
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(), new: try Base.ruleBase(questions: Self.planD))
        #expect(comparison.regions.isEmpty && comparison.changes.isEmpty)
        #expect(!comparison.isEmpty)
        #expect(comparison.text().contains("choices added: plan.d\n"))
        #expect(comparison.text().contains("No answers change their recommendation."))
    }

    @Test func aRenamedChoiceCarriesItsAnswersOver() throws {
        let renamed = Base.questions.replacingOccurrences(of: "- {value: b, label: fixed}", with: "- {value: fixed, label: fixed, renamed_from: b}")
        let rules = Base.rules.replacingOccurrences(of: "plan == b", with: "plan == fixed")
        let new = try Base.ruleBase(rules: rules, questions: renamed)
        #expect(new.question("plan")?.choices[1].renamedFrom == "b")
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(), new: new)
        #expect(comparison.vocabulary.renamedChoices.map(\.description) == ["plan.b → plan.fixed"])
        #expect(comparison.vocabulary.addedChoices.isEmpty && comparison.vocabulary.removedChoices.isEmpty)
        #expect(comparison.regions.isEmpty && comparison.changedRules.isEmpty)
        #expect(comparison.text().contains("choices renamed: plan.b → plan.fixed\n"))
        // Without renamed_from, b is removed and fixed added: answers b lose the fixed rule.
        let unmarked = try Base.ruleBase(rules: rules, questions: renamed.replacingOccurrences(of: ", renamed_from: b", with: ""))
        let apart = try RuleBaseComparison(old: try Base.ruleBase(), new: unmarked)
        #expect(apart.vocabulary.removedChoices.map(\.description) == ["plan.b"])
        #expect(apart.vocabulary.addedChoices.map(\.description) == ["plan.fixed"])
        #expect(apart.regions.map(\.summary) == ["users 1–9, plan = fixed: shop → msp (2 combinations)", "users 1–9, plan = b: msp → shop (2 combinations)"])
    }

    @Test func jsonNamesTheVocabularyFirst() throws {
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(), new: try Base.ruleBase(rules: Self.remoteRule, questions: Self.remote))
        let json = comparison.json()
        let first = try #require(json.range(of: "\"vocabulary\"")), regions = try #require(json.range(of: "\"regions\""))
        #expect(first.lowerBound < regions.lowerBound)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let vocabulary = try #require(object["vocabulary"] as? [String: Any])
        #expect(vocabulary["questions_added"] as? [String] == ["remote"])
        #expect((vocabulary["choices_added"] as? [Any])?.isEmpty == true)
        #expect(object["changed_combinations"] as? Int == 4)
    }
}
