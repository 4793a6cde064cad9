import AdvisorModel

extension Engine {
    /// Unanswered questions that cannot change `recommendation` but can decide a caveat shown with
    /// it: each is read by a caveat rule that applies to the recommendation and whose condition the
    /// answers so far leave undecided. In question order. The chat asks these before it gives
    /// advice, so that a condition the article sets (someone must watch the backups) is never left
    /// out because it moves no points.
    public func caveatQuestions(_ answers: Answers, recommendation: OptionIndex) -> [QuestionIndex] {
        var questions: Set<QuestionIndex> = []
        for rule in ruleBase.rules where rule.caveatApplies(to: recommendation) && rule.condition.truth(answers) == .unknown {
            questions.formUnion(rule.condition.questions.filter { answers[$0] == nil })
        }
        return questions.sorted()
    }
}
