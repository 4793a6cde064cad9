extension Engine {
    /// The fewest answers to change (or to give, for questions not answered yet) so that `option`
    /// would be recommended whatever the remaining open questions are; nil if nothing can do it.
    ///
    /// Tries one question at a time, then two, and so on; within a size, questions in rule-base
    /// order and values in answer-space order, so the result is deterministic. For a number the
    /// change names the whole stretch of numbers that behave alike.
    public func smallestChange(toward option: OptionIndex, from answers: Answers) -> [AnswerChange]? {
        let questions = Array(answers.values.indices)
        for size in 1...max(1, questions.count) where size <= questions.count {
            for subset in Self.subsets(of: questions, size: size) {
                if let changes = firstChange(toward: option, from: answers, changing: subset[...]) { return changes }
            }
        }
        return nil
    }

    private func firstChange(toward option: OptionIndex, from answers: Answers, changing questions: ArraySlice<QuestionIndex>) -> [AnswerChange]? {
        guard let question = questions.first else {
            return analyze(answers).settledRecommendation == option ? [] : nil
        }
        for (position, value) in space.domains[question].enumerated() where !sameStretch(value, answers[question], question) {
            if let rest = firstChange(toward: option, from: answers.with(question, value), changing: questions.dropFirst()) {
                let target: AnswerChange.Target = space.segments[question].isEmpty
                    ? .value(value) : .numbers(space.segments[question][position])
                return [AnswerChange(question: question, to: target, recommendation: option)] + rest
            }
        }
        return nil
    }

    /// True when two answers fall in the same stretch of the answer space (so changing one into the other changes nothing).
    private func sameStretch(_ value: AnswerValue, _ current: AnswerValue?, _ question: QuestionIndex) -> Bool {
        guard case .integer(let new) = value, case .integer(let old)? = current else { return value == current }
        return space.segment(of: question, containing: new) == space.segment(of: question, containing: old)
    }

    static func subsets(of items: [QuestionIndex], size: Int) -> [[QuestionIndex]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[QuestionIndex]] = []
        for (index, item) in items.enumerated() {
            for rest in subsets(of: Array(items[(index + 1)...]), size: size - 1) { result.append([item] + rest) }
        }
        return result
    }
}
