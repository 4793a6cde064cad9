import AdvisorModel

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
        let reasoner = Reasoner(model: model)
        var state = BoundState(model: model, values: reasoner.values(of: answers))
        var changes: [AnswerChange] = []
        for (question, answer) in answers.values.enumerated() {
            guard let answer, let here = model.index(of: answer, question: question) else { continue }
            state.set(question, nil)
            defer { state.set(question, here) }
            if case .integer = answer {
                // One search with the question left open shows at once when no number changes anything.
                if reasoner.settled(&state) == current { continue }
                var outcomes = ValueOutcomes(of: question, in: state, reasoner: reasoner)
                changes += numberChanges(question, here: here, outcomes: &outcomes, current: current)
                continue
            }
            var outcomes = ValueOutcomes(of: question, in: state, reasoner: reasoner)
            for (index, alternative) in space.domains[question].enumerated() where index != here {
                let outcome = outcomes(index)
                if outcome != current { changes.append(AnswerChange(question: question, to: .value(alternative), recommendation: outcome)) }
            }
        }
        return changes
    }

    /// Outward from the answer's stretch (`here`) to the first stretch above and below that changes
    /// the recommendation, and across the stretches next to it with the same outcome.
    private func numberChanges(_ question: QuestionIndex, here: Int, outcomes: inout ValueOutcomes, current: OptionIndex) -> [AnswerChange] {
        let stretches = space.stretches[question]
        var changes: [AnswerChange] = []
        for direction in [-1, 1] {
            var index = here + direction
            while stretches.indices.contains(index), outcomes(index) == current { index += direction }
            guard stretches.indices.contains(index) else { continue }
            var far = index
            while stretches.indices.contains(far + direction), outcomes(far + direction) == outcomes(index) { far += direction }
            let low = min(index, far), high = max(index, far)
            changes.append(
                AnswerChange(
                    question: question, to: .numbers(stretches[low].lowerBound...stretches[high].upperBound),
                    recommendation: outcomes(index)))
        }
        return changes.sorted { lhs, rhs in
            guard case .numbers(let left) = lhs.to, case .numbers(let right) = rhs.to else { return false }
            return left.lowerBound < right.lowerBound
        }
    }
}
