import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorModel

/// `rules diff` across a question whose range or kind of answer changed, worked out by hand on
/// the small rule base of `RuleBaseComparisonTests` (msp from 10 users or with plan b, else shop).
@Suite struct QuestionChangeComparisonTests {
    typealias Base = RuleBaseComparisonTests

    static func users(_ range: String) -> String {
        Base.questions.replacingOccurrences(of: "min: 1, unit: users", with: range + ", unit: users")
    }

    static let header = "questions added: none\nquestions removed: none\nchoices added: none\nchoices removed: none\n"

    /// Users up to 20 in the new base: from 21 the old base's `users >= 10` fires, the new one's
    /// is unknown (unanswered there), so msp gives way to shop unless the plan is b.
    @Test func aNarrowedRangeCountsNumbersOutsideItAsUnanswered() throws {
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(), new: try Base.ruleBase(questions: Self.users("min: 1, max: 20")))
        #expect(comparison.vocabulary.changedQuestions.map(\.description) == ["users 1 or more → 1–20"])
        #expect(comparison.totalCombinations == 3 * 3 * 2)
        #expect(comparison.regions.map(\.summary) == ["users 21 or more, plan in [a, c]: msp → shop (4 combinations)"])
        #expect(comparison.changedRules.isEmpty && comparison.addedRules.isEmpty)
        #expect(!comparison.isEmpty)
        #expect(
            comparison.text().hasPrefix(
                Self.header + "ranges changed: users 1 or more → 1–20 (a number outside one range counts there as unanswered)\n\n"
                    + "Answers whose recommendation changes (old → new):\n  users 21 or more, plan in [a, c]: msp → shop (4 combinations)\n"))
        #expect(comparison.summaryLine.hasSuffix("rules: 0 added, 0 removed, 0 changed; questions: 0 added, 0 removed, 1 changed."))
        // The other way round: numbers from 21 are new answers, and msp wins there.
        let widened = try RuleBaseComparison(old: try Base.ruleBase(questions: Self.users("min: 1, max: 20")), new: try Base.ruleBase())
        #expect(widened.regions.map(\.summary) == ["users 21 or more, plan in [a, c]: shop → msp (4 combinations)"])
    }

    /// Ranges apart (1–5, then 12–30): no answer falls between them, each base answers only its
    /// own numbers. A new rule for plan c changes the advice on both sides of the gap.
    @Test func rangesApartLeaveAGapNoAnswerFallsIn() throws {
        let open = Base.rules + "\n  - {id: open, when: plan == c, points: {msp: 5}, because: Open., source: \"Guide, Intro\"}\n"
        let comparison = try RuleBaseComparison(
            old: try Base.ruleBase(questions: Self.users("min: 1, max: 5")), new: try Base.ruleBase(rules: open, questions: Self.users("min: 12, max: 30")))
        #expect(comparison.vocabulary.changedQuestions.map(\.description) == ["users 1–5 → 12–30"])
        #expect(comparison.totalCombinations == 2 * 3 * 2)
        #expect(
            comparison.regions.map(\.summary) == [
                "users 12–30, plan = a: shop → msp (2 combinations)", "plan = c: shop → msp (4 combinations)",
            ])
        #expect(comparison.changedCombinations == 6)
        #expect(comparison.addedRules == ["open"])
    }

    /// A run of stretches across the gap between two ranges is written as two runs.
    @Test func numbersAcrossAGapAreWrittenAsTwoRuns() {
        #expect(RuleBaseComparison.numbers(joining: [1...5, 12...19, 20...30]) == "1–5 or 12–30")
        #expect(RuleBaseComparison.numbers(joining: [1...5, 6...9]) == "1–9")
        #expect(RuleBaseComparison.numbers(joining: [1...5, 7...Int.max]) == "1–5 or 7 or more")
    }

    /// Backups turned from yes/no into a choice: two questions in the comparison, each answered
    /// in its own base only; the new rule for `never` moves shop to msp below 10 users.
    @Test func aQuestionOfAnotherKindIsComparedAsTwo() throws {
        let questions = Base.questions.replacingOccurrences(
            of: "- {id: backups, type: boolean,",
            with: "- {id: backups, type: choice, choices: [{value: daily, label: daily}, {value: never, label: never}],")
        let neglect = Base.rules + "\n  - {id: neglect, when: backups == never, points: {msp: 4}, because: Risk., source: \"Guide, Intro\"}\n"
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(), new: try Base.ruleBase(rules: neglect, questions: questions))
        let change = try #require(comparison.vocabulary.changedQuestions.first)
        #expect(change.aspect == .kind && change.question == "backups")
        #expect(change.description == "backups: yes or no (true or false) → one of daily, never")
        #expect(comparison.vocabulary.addedQuestions.isEmpty && comparison.vocabulary.removedQuestions.isEmpty)
        #expect(comparison.totalCombinations == 2 * 3 * 2 * 2)
        #expect(comparison.regions.map(\.summary) == ["users 1–9, plan in [a, c], backups (new) = never: shop → msp (4 combinations)"])
        #expect(
            comparison.text().hasPrefix(
                Self.header + "kind changed: backups: yes or no (true or false) → one of daily, never "
                    + "(compared as two questions, backups (old) and backups (new), each read by its own rule base only)\n\n"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(comparison.json().utf8)) as? [String: Any])
        let vocabulary = try #require(json["vocabulary"] as? [String: Any])
        let changed = try #require(vocabulary["questions_changed"] as? [[String: String]])
        #expect(changed == [["question": "backups", "change": "kind", "old": "yes or no (true or false)", "new": "one of daily, never"]])
        // The other way round: the rule that read the choice is gone.
        let back = try RuleBaseComparison(old: try Base.ruleBase(rules: neglect, questions: questions), new: try Base.ruleBase())
        #expect(back.regions.map(\.summary) == ["users 1–9, plan in [a, c], backups (old) = never: msp → shop (4 combinations)"])
    }

    /// A number question turned into yes/no, read by a rule in each base: the rule's condition
    /// changed, and the advice follows each base's own question.
    @Test func aNumberTurnedIntoYesOrNo() throws {
        let questions = Base.questions.replacingOccurrences(
            of: "{id: users, type: integer, min: 1, unit: users,", with: "{id: users, type: boolean,")
        let rules = Base.rules.replacingOccurrences(of: "when: users >= 10", with: "when: users")
        let comparison = try RuleBaseComparison(old: try Base.ruleBase(), new: try Base.ruleBase(rules: rules, questions: questions))
        #expect(comparison.vocabulary.changedQuestions.map(\.description) == ["users: a whole number of at least 1 → yes or no (true or false)"])
        #expect(comparison.changedRules == ["big"])
        #expect(comparison.totalCombinations == 2 * 2 * 3 * 2)
        #expect(
            comparison.regions.map(\.summary) == [
                "users (old) 1–9, users (new) = true, plan in [a, c]: shop → msp (4 combinations)",
                "users (old) 10 or more, users (new) = false, plan in [a, c]: msp → shop (4 combinations)",
            ])
    }
}
