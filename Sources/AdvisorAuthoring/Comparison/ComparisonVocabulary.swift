import AdvisorModel

/// The questions and choices of two rule bases put together, for `rules diff` across a changed
/// vocabulary: the union of both bases' questions (the old base's in its order, then those only
/// in the new one), each choice question with the union of its choices (the old base's, then
/// those only in the new one), and how each base's questions and choices sit in that union.
///
/// Choices are matched by value, or through `renamed_from:`: a new choice renamed from a value
/// the old base has and the new one no longer has takes over that value's answers.
///
/// A number question whose range changed ranges over both ranges; a number outside one base's
/// range counts there as unanswered. A question whose kind of answer changed (a yes/no question
/// turned into a choice) is two questions of the union, `id (old)` read only by the old base's
/// rules and `id (new)` only by the new one's, since no answer means the same in both.
package struct ComparisonVocabulary {
    /// The union questions; a choice question holds the union of its choices.
    package let questions: [Question]
    /// For each union question, its position in the old base, nil when only the new one has it.
    package let oldQuestion: [QuestionIndex?]
    /// For each union question, its position in the new base, nil when only the old one has it.
    package let newQuestion: [QuestionIndex?]
    /// For each union question, the union position of each of the old base's choices (empty for other kinds).
    package let oldChoices: [[Int]]
    /// For each union question, the union position of each of the new base's choices.
    package let newChoices: [[Int]]
    /// For each union number question, the old base's own range; nil for other questions and
    /// those the old base lacks.
    package let oldRanges: [ClosedRange<Int>?]
    /// For each union number question, the new base's own range.
    package let newRanges: [ClosedRange<Int>?]
    /// What was added, removed or renamed.
    package let changes: RuleBaseComparison.VocabularyChanges

    /// Puts the questions of `old` and `new` together. It does not throw: a question whose kind
    /// or range changed is compared as described above (the error type stays for callers).
    package init(old: RuleBase, new: RuleBase) throws(ComparisonError) {
        var union = Union()
        var changes = RuleBaseComparison.VocabularyChanges()
        for (oldIndex, question) in old.questions.enumerated() {
            guard let newIndex = new.questionIndex(question.id) else {
                changes.removedQuestions.append(question.id)
                union.append(question, old: oldIndex, new: nil)
                continue
            }
            let other = new.questions[newIndex]
            switch (question.kind, other.kind) {
            case (.integer(let oldRange, let unit), .integer(let newRange, _)):
                var united = question
                if oldRange != newRange {
                    let hull = min(oldRange.lowerBound, newRange.lowerBound)...max(oldRange.upperBound, newRange.upperBound)
                    united.kind = .integer(range: hull, unit: unit)
                    changes.changedQuestions.append(.init(question: question.id, aspect: .range, old: Self.spell(oldRange), new: Self.spell(newRange)))
                }
                union.append(united, old: oldIndex, new: newIndex, ranges: (oldRange, newRange))
            case (.boolean, .boolean):
                union.append(question, old: oldIndex, new: newIndex)
            case (.choice(let before), .choice(let after)):
                let merged = Self.merge(question.id, before, after, &changes)
                var united = question
                united.kind = .choice(merged.choices)
                union.append(united, old: oldIndex, new: newIndex, choices: (merged.old, merged.new))
            default:
                // Another kind of answer: two questions, each read by one base only.
                changes.changedQuestions.append(.init(question: question.id, aspect: .kind, old: question.expectation, new: other.expectation))
                var before = question, after = other
                before.id = question.id + " (old)"
                after.id = other.id + " (new)"
                union.append(before, old: oldIndex, new: nil)
                union.append(after, old: nil, new: newIndex)
            }
        }
        for (newIndex, question) in new.questions.enumerated() where old.questionIndex(question.id) == nil {
            changes.addedQuestions.append(question.id)
            union.append(question, old: nil, new: newIndex)
        }
        questions = union.questions
        oldQuestion = union.oldQuestion
        newQuestion = union.newQuestion
        oldChoices = union.oldChoices
        newChoices = union.newChoices
        oldRanges = union.oldRanges
        newRanges = union.newRanges
        self.changes = changes
    }

    /// The union's columns, filled a question at a time.
    private struct Union {
        var questions: [Question] = [], oldQuestion: [QuestionIndex?] = [], newQuestion: [QuestionIndex?] = []
        var oldChoices: [[Int]] = [], newChoices: [[Int]] = []
        var oldRanges: [ClosedRange<Int>?] = [], newRanges: [ClosedRange<Int>?] = []

        /// Adds `question`, at `old` and `new` in the bases; a question of one base keeps its own
        /// choices and range there.
        mutating func append(
            _ question: Question, old: QuestionIndex?, new: QuestionIndex?, choices: (old: [Int], new: [Int])? = nil,
            ranges: (old: ClosedRange<Int>, new: ClosedRange<Int>)? = nil
        ) {
            var own: ClosedRange<Int>?
            if case .integer(let range, _) = question.kind { own = range }
            questions.append(question)
            oldQuestion.append(old)
            newQuestion.append(new)
            oldChoices.append(choices?.old ?? (old == nil ? [] : Array(question.choices.indices)))
            newChoices.append(choices?.new ?? (new == nil ? [] : Array(question.choices.indices)))
            oldRanges.append(old == nil ? nil : ranges?.old ?? own)
            newRanges.append(new == nil ? nil : ranges?.new ?? own)
        }
    }

    /// "1–10000", "1 or more", "exactly 5", as the regions write numbers.
    private static func spell(_ range: ClosedRange<Int>) -> String {
        RuleBaseComparison.numbers(range)
    }

    /// The union of a question's choices: the old ones in order, then the new ones not matched.
    private static func merge(
        _ id: String, _ before: [Choice], _ after: [Choice], _ changes: inout RuleBaseComparison.VocabularyChanges
    ) -> (choices: [Choice], old: [Int], new: [Int]) {
        var choices = before
        let afterValues = Set(after.map(\.value))
        var newPositions: [Int] = []
        for choice in after {
            if let position = before.firstIndex(where: { $0.value == choice.value }) {
                newPositions.append(position)
            } else if let old = choice.renamedFrom, !afterValues.contains(old), let position = before.firstIndex(where: { $0.value == old }) {
                // Renamed: the new spelling stands for the answers of both.
                choices[position] = choice
                newPositions.append(position)
                changes.renamedChoices.append(RuleBaseComparison.VocabularyChanges.Rename(question: id, from: old, to: choice.value))
            } else {
                newPositions.append(choices.count)
                choices.append(choice)
                changes.addedChoices.append(RuleBaseComparison.VocabularyChanges.ChoiceName(question: id, value: choice.value))
            }
        }
        let taken = Set(newPositions)
        for (position, choice) in before.enumerated() where !taken.contains(position) {
            changes.removedChoices.append(RuleBaseComparison.VocabularyChanges.ChoiceName(question: id, value: choice.value))
        }
        return (choices, Array(before.indices), newPositions)
    }

    /// The conditions of the old base (`isOld`) or the new one over the union questions, each true
    /// exactly where the base's own condition is certainly true (`Condition.truth`) once an
    /// answer naming a choice the base lacks, or a number outside its range, counts as unanswered
    /// there. A question the base lacks is read by none of its rules.
    package func rules(of ruleBase: RuleBase, isOld: Bool) -> [Rule] {
        let translation = translation(isOld: isOld)
        return ruleBase.rules.map { rule in
            var copy = rule
            copy.condition = translation.certainlyTrue(rule.condition)
            return copy
        }
    }

    /// How one base's conditions move to the union questions.
    package func translation(isOld: Bool) -> ConditionTranslation {
        let positions = isOld ? oldQuestion : newQuestion
        var unionPosition: [QuestionIndex: QuestionIndex] = [:]
        for (union, own) in positions.enumerated() { if let own { unionPosition[own] = union } }
        var narrower: [QuestionIndex: ClosedRange<Int>] = [:]
        for (union, own) in (isOld ? oldRanges : newRanges).enumerated() {
            guard let own, case .integer(let range, _) = questions[union].kind, range != own else { continue }
            narrower[union] = own
        }
        return ConditionTranslation(question: unionPosition, choices: isOld ? oldChoices : newChoices, ranges: narrower)
    }
}
