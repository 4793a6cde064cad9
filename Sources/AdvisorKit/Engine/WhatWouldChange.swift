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
        // One search with the question left open shows at once when no number changes anything.
        if settledRecommendation(answers.with(question, nil)) == current { return [] }
        // Each stretch's outcome is worked out only when the walk below reaches it: outward from
        // the answer to the first stretch that changes the recommendation, and across that run.
        var outcomes: [Int: OptionIndex?] = [:]
        func outcome(_ index: Int) -> OptionIndex? {
            if let known = outcomes[index] { return known }
            let found = settledRecommendation(answers.with(question, .integer(stretches[index].lowerBound)))
            outcomes[index] = found
            return found
        }
        var changes: [AnswerChange] = []
        for direction in [-1, 1] {
            var index = here + direction
            while stretches.indices.contains(index), outcome(index) == current { index += direction }
            guard stretches.indices.contains(index) else { continue }
            let found = outcome(index)
            var far = index
            while stretches.indices.contains(far + direction), outcome(far + direction) == found { far += direction }
            let low = min(index, far), high = max(index, far)
            changes.append(
                AnswerChange(
                    question: question, to: .numbers(stretches[low].lowerBound...stretches[high].upperBound), recommendation: found))
        }
        return changes.sorted { lhs, rhs in
            guard case .numbers(let left) = lhs.to, case .numbers(let right) = rhs.to else { return false }
            return left.lowerBound < right.lowerBound
        }
    }
}
