import AdvisorModel

/// Whether one condition can come out true (or false) for some answers, decided exactly.
///
/// A search over the values of the questions the condition reads, one question at a time, that
/// stops a branch as soon as Kleene's logic decides the condition there; so `a and b and … and t`
/// over twenty yes/no questions takes twenty steps, not a million. Used by `rules check` for
/// `never-true`/`always-true`, and by the core to drop rules that can never fire.
package enum ConditionSatisfiability {
    /// True when some answers (one value of each domain per question) make `condition` equal `value`.
    package static func canBe(_ value: Bool, _ condition: Condition, domains: [[AnswerValue]]) -> Bool {
        let read = condition.questions.filter { domains.indices.contains($0) }
        var answers = Answers(questionCount: domains.count)
        return search(value ? .true : .false, condition, read[...], &answers, domains)
    }

    /// A witness: answers to the questions read that make `condition` equal `value`, if any.
    package static func example(_ value: Bool, _ condition: Condition, domains: [[AnswerValue]]) -> Answers? {
        let read = condition.questions.filter { domains.indices.contains($0) }
        var answers = Answers(questionCount: domains.count)
        return search(value ? .true : .false, condition, read[...], &answers, domains) ? answers : nil
    }

    private static func search(
        _ wanted: Truth, _ condition: Condition, _ open: ArraySlice<QuestionIndex>, _ answers: inout Answers, _ domains: [[AnswerValue]]
    ) -> Bool {
        let truth = condition.truth(answers)
        if truth != .unknown { return truth == wanted }
        guard let question = open.first else { return false }
        for value in domains[question] {
            answers[question] = value
            if search(wanted, condition, open.dropFirst(), &answers, domains) { return true }
        }
        answers[question] = nil
        return false
    }
}
