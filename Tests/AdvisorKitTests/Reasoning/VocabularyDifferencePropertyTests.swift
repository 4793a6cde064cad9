import BigInt
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorEngine
@testable import AdvisorModel

/// `rules diff` across a changed vocabulary against brute force: random rule bases of up to ten
/// questions, their number ranges often redrawn, each grown into another (questions and choices
/// added, dropped and renamed, ranges changed, questions turned into another kind), compared
/// answer by answer over the union of their questions, each base evaluated by the engine on its
/// own answers (a question it lacks left out, an answer naming a choice it lacks or a number
/// outside its range unanswered; a question of another kind in each, `id (old)` and `id (new)`
/// in the union, answered only in its own base).
@Suite struct VocabularyDifferencePropertyTests {
    /// The answers one base gets from a point of the union space, matched by question id and
    /// choice value (a renamed choice by the value it had in the old base).
    static func answers(_ point: [Int], _ space: ComparisonSpace, for ruleBase: RuleBase, isOld: Bool) -> Answers {
        var answers = Answers(questionCount: ruleBase.questions.count)
        for (union, question) in space.questions.enumerated() {
            var id = question.id
            for (suffix, base) in [(" (old)", true), (" (new)", false)] where id.hasSuffix(suffix) {
                if base != isOld { id = "" } else { id.removeLast(suffix.count) }
            }
            guard let own = ruleBase.questionIndex(id) else { continue }
            let value = space.domains[union][point[union]]
            if case .integer(let number) = value, case .integer(let range, _) = ruleBase.questions[own].kind {
                answers[own] = range.contains(number) ? value : nil
                continue
            }
            guard case .choice(let index) = value else {
                answers[own] = value
                continue
            }
            let choice = question.choices[index]
            var name = choice.value
            if isOld, let before = choice.renamedFrom, ruleBase.questions[own].choices.contains(where: { $0.value == before }) { name = before }
            answers[own] = ruleBase.questions[own].choices.firstIndex { $0.value == name }.map { .choice($0) }
        }
        return answers
    }

    @Test func differencesAcrossVocabulariesAgreeWithBruteForce() throws {
        var generator = RandomRuleBase(seed: 24)
        var changedBases = 0, tried = 0, rangesChanged = 0, kindsChanged = 0
        for round in 0..<120 {
            var old = generator.joinedRuleBase(maxQuestions: 10, maxCombinations: 2_000)
            if round % 2 == 1 { old = generator.withRandomRanges(old) }
            let growth = generator.grown(from: old)
            let new = growth.ruleBase
            let space = try ComparisonSpace(old: old, new: new)
            guard space.total <= 20_000 else { continue }
            tried += 1
            let comparison = try RuleBaseComparison(old: old, new: new)
            #expect(Set(comparison.vocabulary.addedQuestions) == growth.addedQuestions)
            #expect(Set(comparison.vocabulary.removedQuestions) == growth.removedQuestions)
            #expect(Set(comparison.vocabulary.addedChoices.map(\.description)) == growth.addedChoices)
            #expect(Set(comparison.vocabulary.removedChoices.map(\.description)) == growth.removedChoices)
            #expect(Set(comparison.vocabulary.renamedChoices.map(\.description)) == growth.renamedChoices)
            let changed = comparison.vocabulary.changedQuestions
            #expect(Set(changed.filter { $0.aspect == .range }.map(\.description)) == growth.changedRanges)
            #expect(Set(changed.filter { $0.aspect == .kind }.map(\.question)) == growth.changedKinds)
            rangesChanged += growth.changedRanges.count
            kindsChanged += growth.changedKinds.count
            let engines = (Engine(ruleBase: old), Engine(ruleBase: new))
            func leaders(_ point: [Int]) -> (Int, Int) {
                (
                    engines.0.evaluate(Self.answers(point, space, for: old, isOld: true)).recommendation,
                    engines.1.evaluate(Self.answers(point, space, for: new, isOld: false)).recommendation
                )
            }
            var differing = 0
            var pairs: Set<String> = []
            MixedRadix.forEach(space.sizes) { point in
                let (before, after) = leaders(point)
                guard before != after else { return }
                differing += 1
                pairs.insert("o\(before) o\(after)")
            }
            #expect(comparison.isComplete)
            #expect(comparison.changedCombinations == BigUInt(differing))
            #expect(comparison.regions.reduce(BigUInt(0)) { $0 + $1.count } == BigUInt(differing))
            #expect(Set(comparison.changes.map { "\($0.from) \($0.to)" }) == pairs)
            // With no listing, the branch and bound and the solver find the same changes, each
            // example one where the change really happens.
            let solved = try RuleBaseComparison(old: old, new: new, searchBudget: 0)
            #expect(Set(solved.changes.map { "\($0.from) \($0.to)" }) == pairs)
            #expect(solved.undecided.isEmpty)
            for change in solved.changes {
                let point = change.example.enumerated().map { question, pair in
                    (0..<space.sizes[question]).first { RuleBaseComparison.answer($0, of: question, in: space) == pair.answer } ?? -1
                }
                #expect(!point.contains(-1))
                guard !point.contains(-1) else { continue }
                let (before, after) = leaders(point)
                #expect("o\(before)" == change.from && "o\(after)" == change.to)
            }
            if differing > 0 { changedBases += 1 }
        }
        #expect(tried > 75)
        #expect(changedBases > 30)
        #expect(rangesChanged > 15 && kindsChanged > 15, "ranges changed \(rangesChanged), kinds \(kindsChanged)")
    }
}
