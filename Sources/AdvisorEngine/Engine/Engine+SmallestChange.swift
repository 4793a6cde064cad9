import AdvisorModel

extension Engine {
    /// The fewest answers to change (or to give, for questions not answered yet) so that `option`
    /// would be recommended whatever the remaining open questions are; nil if nothing can do it.
    ///
    /// Tries one question at a time, then two, and so on; within a size, questions in rule-base
    /// order and values in answer-space order, so the result is deterministic (the first such
    /// change in that order). For a number the change names the whole stretch of numbers that
    /// behave alike. Exact: a set of questions is passed over only when a bound proves that no
    /// answers to it can put `option` ahead, and each candidate is checked by the reasoning core.
    public func smallestChange(toward option: OptionIndex, from answers: Answers) -> [AnswerChange]? {
        guard ruleBase.options.indices.contains(option) else { return nil }
        var search = ChangeSearch(engine: self, option: option, answers: answers)
        for size in 1...max(1, answers.values.count) where size <= answers.values.count {
            guard search.sizeCanWork(size) else { continue }
            var subset: [QuestionIndex] = []
            if let changes = search.subsets(of: size, from: 0, &subset) { return changes }
        }
        return nil
    }
}

/// The state of one `smallestChange` search.
private struct ChangeSearch {
    let engine: Engine
    let option: OptionIndex
    let answers: Answers
    let reasoner: Reasoner
    var state: BoundState
    /// Per rival option: the most option − rival can reach with no answer changed (a bound), and
    /// per question how much more changing it could add at most.
    let reach: [Int]
    let gain: [[Int]]
    let needed: [Int]

    init(engine: Engine, option: OptionIndex, answers: Answers) {
        self.engine = engine
        self.option = option
        self.answers = answers
        let model = engine.model
        reasoner = Reasoner(model: model)
        state = BoundState(model: model, values: reasoner.values(of: answers))
        let rivals = (0..<model.optionCount).filter { $0 != option }
        var reach: [Int] = [], gain: [[Int]] = []
        for rival in rivals {
            var total = state.fixed[option] - state.fixed[rival]
            var byQuestion = Array(repeating: 0, count: model.questionCount)
            for rule in 0..<model.ruleCount {
                let weight = model.points[rule * model.optionCount + option] - model.points[rule * model.optionCount + rival]
                let firing = Self.fires(rule, state)
                let now = firing == true ? weight : firing == false ? 0 : max(0, weight)
                if firing != true { total += now }
                for slot in model.questionStart[rule]..<model.questionStart[rule + 1] {
                    byQuestion[model.questions[slot]] += max(0, weight) - now
                }
            }
            reach.append(total)
            gain.append(byQuestion)
        }
        self.reach = reach
        self.gain = gain
        needed = rivals.map { option < $0 ? 0 : 1 }
    }

    /// True, false, or nil when the rule is not decided by the answers given.
    private static func fires(_ rule: Int, _ state: BoundState) -> Bool? {
        guard state.canFire(rule) else { return false }
        let model = state.model
        let read = model.questionStart[rule]..<model.questionStart[rule + 1]
        return read.allSatisfy { !state.isFree(model.questions[$0]) } ? true : nil
    }

    /// False when even the `size` questions that could add the most cannot close some rival's gap.
    func sizeCanWork(_ size: Int) -> Bool {
        zip(zip(reach, gain), needed).allSatisfy { pair, needed in
            pair.0 + pair.1.sorted(by: >).prefix(size).reduce(0, +) >= needed
        }
    }

    /// The first subset of `size` questions (from `start` on, after `subset`) with answers that settle on the option.
    mutating func subsets(of size: Int, from start: Int, _ subset: inout [QuestionIndex]) -> [AnswerChange]? {
        if subset.count == size {
            for question in subset { state.set(question, nil) }
            defer { for question in subset { state.set(question, reasoner.values(of: answers)[question]) } }
            guard state.possible() & Reasoner.bit(option) != 0 else { return nil }
            return assign(subset[...])
        }
        let count = answers.values.count
        guard start < count else { return nil }
        for question in start..<count where count - question >= size - subset.count {
            subset.append(question)
            defer { subset.removeLast() }
            guard canReach(subset, remaining: size - subset.count, after: question) else { continue }
            if let found = subsets(of: size, from: question + 1, &subset) { return found }
        }
        return nil
    }

    /// Whether `subset` plus the best `remaining` questions after `last` could close every rival's gap.
    private func canReach(_ subset: [QuestionIndex], remaining: Int, after last: Int) -> Bool {
        for rival in reach.indices {
            let chosen = subset.reduce(0) { $0 + gain[rival][$1] }
            let rest = remaining == 0 ? 0 : gain[rival][(last + 1)...].sorted(by: >).prefix(remaining).reduce(0, +)
            if reach[rival] + chosen + rest < needed[rival] { return false }
        }
        return true
    }

    /// The first values of the questions in `questions` (each different from its current answer)
    /// that leave the option settled, or nil.
    private mutating func assign(_ questions: ArraySlice<QuestionIndex>) -> [AnswerChange]? {
        guard let question = questions.first else {
            return reasoner.settled(&state) == option ? [] : nil
        }
        let model = engine.model
        let current = model.index(of: answers[question], question: question)
        for index in 0..<model.domainSizes[question] where index != current {
            state.set(question, index)
            defer { state.set(question, nil) }
            guard state.possible() & Reasoner.bit(option) != 0 else { continue }
            if let rest = assign(questions.dropFirst()) {
                let target: AnswerChange.Target =
                    model.stretches[question].isEmpty
                    ? .value(model.domains[question][index]) : .numbers(model.stretches[question][index])
                return [AnswerChange(question: question, to: target, recommendation: option)] + rest
            }
        }
        return nil
    }
}
