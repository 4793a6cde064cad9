/// A single answer, changed, that would change the recommendation.
public struct AnswerChange: Sendable, Hashable {
    /// The question whose answer changes.
    public var question: QuestionIndex
    /// The answer it changes to.
    public var to: Target
    /// The option that would then be recommended, or nil when the change would make the
    /// recommendation depend on questions not answered yet.
    public var recommendation: OptionIndex?

    /// The new answer.
    public enum Target: Sendable, Hashable {
        /// Any number in this range (for a number question; `upperBound == Int.max` means "or more").
        case numbers(ClosedRange<Int>)
        /// This value.
        case value(AnswerValue)
    }
}

extension Engine {
    /// The nearest single-answer changes that would change the recommendation, question by question.
    ///
    /// For a number: the nearest stretch above and the nearest below with a different outcome,
    /// widened to every adjacent stretch with that same outcome. For yes/no and choices: every
    /// other value with a different outcome. With questions unanswered, a change may also reopen
    /// the decision (its `recommendation` is then nil).
    public func whatWouldChange(_ answers: Answers) -> [AnswerChange] {
        guard let current = settledRecommendation(answers) else { return [] }
        var changes: [AnswerChange] = []
        for (question, answer) in answers.values.enumerated() {
            guard let answer else { continue }
            if case .integer(let value) = answer {
                changes += numberChanges(question, value: value, answers: answers, current: current)
                continue
            }
            for alternative in space.domains[question] where alternative != answer {
                let outcome = settledRecommendation(answers.with(question, alternative))
                if outcome != current {
                    changes.append(AnswerChange(question: question, to: .value(alternative), recommendation: outcome))
                }
            }
        }
        return changes
    }

    private func numberChanges(_ question: QuestionIndex, value: Int, answers: Answers, current: OptionIndex) -> [AnswerChange] {
        let stretches = space.segments[question]
        guard let here = space.segment(of: question, containing: value) else { return [] }
        let outcomes = stretches.map { settledRecommendation(answers.with(question, .integer($0.lowerBound))) }
        var changes: [AnswerChange] = []
        for direction in [-1, 1] {
            var index = here + direction
            while outcomes.indices.contains(index), outcomes[index] == current { index += direction }
            guard outcomes.indices.contains(index) else { continue }
            let outcome = outcomes[index]
            var far = index
            while outcomes.indices.contains(far + direction), outcomes[far + direction] == outcome { far += direction }
            let low = min(index, far), high = max(index, far)
            changes.append(
                AnswerChange(
                    question: question, to: .numbers(stretches[low].lowerBound...stretches[high].upperBound), recommendation: outcome))
        }
        return changes.sorted { lhs, rhs in
            guard case .numbers(let left) = lhs.to, case .numbers(let right) = rhs.to else { return false }
            return left.lowerBound < right.lowerBound
        }
    }
}
