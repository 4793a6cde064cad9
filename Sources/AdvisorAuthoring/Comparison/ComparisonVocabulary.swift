import AdvisorModel

/// The questions and choices of two rule bases put together, for `rules diff` across a changed
/// vocabulary: the union of both bases' questions (the old base's in its order, then those only
/// in the new one), each choice question with the union of its choices (the old base's, then
/// those only in the new one), and how each base's questions and choices sit in that union.
///
/// Choices are matched by value, or through `renamed_from:`: a new choice renamed from a value
/// the old base has and the new one no longer has takes over that value's answers.
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
    /// What was added, removed or renamed.
    package let changes: RuleBaseComparison.VocabularyChanges

    /// Puts the questions of `old` and `new` together. Throws when a question of both takes
    /// another kind of answer in each (a yes/no question turned into a number), or a number
    /// from another range: no answer then means the same in both.
    package init(old: RuleBase, new: RuleBase) throws(ComparisonError) {
        var questions: [Question] = [], oldQuestion: [QuestionIndex?] = [], newQuestion: [QuestionIndex?] = []
        var oldChoices: [[Int]] = [], newChoices: [[Int]] = []
        var changes = RuleBaseComparison.VocabularyChanges()
        for (oldIndex, question) in old.questions.enumerated() {
            guard let newIndex = new.questionIndex(question.id) else {
                changes.removedQuestions.append(question.id)
                questions.append(question)
                oldQuestion.append(oldIndex)
                newQuestion.append(nil)
                oldChoices.append(Array(question.choices.indices))
                newChoices.append([])
                continue
            }
            let other = new.questions[newIndex]
            var united = question
            var positions: (old: [Int], new: [Int]) = ([], [])
            switch (question.kind, other.kind) {
            case (.integer(let oldRange, _), .integer(let newRange, _)) where oldRange == newRange: break
            case (.boolean, .boolean): break
            case (.choice(let before), .choice(let after)):
                let merged = Self.merge(question.id, before, after, &changes)
                united.kind = .choice(merged.choices)
                positions = (merged.old, merged.new)
            default:
                throw .differentAnswers(question: question.id, old: question.expectation, new: other.expectation)
            }
            oldChoices.append(positions.old)
            newChoices.append(positions.new)
            questions.append(united)
            oldQuestion.append(oldIndex)
            newQuestion.append(newIndex)
        }
        for (newIndex, question) in new.questions.enumerated() where old.questionIndex(question.id) == nil {
            changes.addedQuestions.append(question.id)
            questions.append(question)
            oldQuestion.append(nil)
            newQuestion.append(newIndex)
            oldChoices.append([])
            newChoices.append(Array(question.choices.indices))
        }
        self.questions = questions
        self.oldQuestion = oldQuestion
        self.newQuestion = newQuestion
        self.oldChoices = oldChoices
        self.newChoices = newChoices
        self.changes = changes
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
    /// answer naming a choice the base lacks counts as unanswered there. A question the base lacks
    /// is read by none of its rules.
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
        return ConditionTranslation(question: unionPosition, choices: isOld ? oldChoices : newChoices)
    }
}
