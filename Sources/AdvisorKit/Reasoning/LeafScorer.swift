/// Scores of one complete assignment of a `ScoreModel`, and of the assignments one answer away,
/// without the bookkeeping of the bounds: for sampling and for trying single changes.
struct LeafScorer {
    let model: ScoreModel
    private(set) var value: [Int]
    private var answers: Answers
    private(set) var scores: [Int]
    /// How many rules with points fire (the model keeps only those).
    private(set) var fired: Int

    init(model: ScoreModel, value: [Int]) {
        self.model = model
        self.value = value
        answers = Answers(
            values: (0..<model.questionCount).map { question in
                model.domains[question].isEmpty ? nil : model.domains[question][max(0, value[question])]
            })
        scores = model.constantPoints
        fired = model.constantRules
        for rule in 0..<model.ruleCount where fires(rule) { add(rule, 1) }
    }

    /// The recommendation: the highest score, the first listed on ties.
    var leader: OptionIndex { Self.leader(of: scores, from: 0, count: model.optionCount) }

    /// The recommendation among the `count` scores of `scores` from `start` on.
    static func leader(of scores: [Int], from start: Int, count: Int) -> OptionIndex {
        var best = 0
        for option in 1..<max(1, count) where scores[start + option] > scores[start + best] { best = option }
        return best
    }

    /// Gives `question` the value at `index`, updating the scores through the rules that read it.
    mutating func set(_ question: QuestionIndex, _ index: Int) {
        let rules = model.questionRuleStart[question]..<model.questionRuleStart[question + 1]
        for slot in rules where fires(model.questionRules[slot]) { add(model.questionRules[slot], -1) }
        value[question] = index
        answers[question] = model.domains[question][index]
        for slot in rules where fires(model.questionRules[slot]) { add(model.questionRules[slot], 1) }
    }

    /// The recommendation with `question` at `index` instead (the assignment is left as it was).
    mutating func leader(with question: QuestionIndex, at index: Int) -> OptionIndex {
        let old = value[question]
        set(question, index)
        let result = leader
        set(question, old)
        return result
    }

    /// The scores at every value of `question`, the other answers as they are: entry
    /// `index * model.optionCount + option`. One pass over the rules that read the question (the
    /// values where each fires are its runs), instead of rescoring them at each value.
    func scores(across question: QuestionIndex) -> [Int] {
        let count = model.optionCount, size = model.domainSizes[question]
        var base = scores
        // Per value, what the question's rules add beyond the value before (a difference array).
        var steps = Array(repeating: 0, count: (size + 1) * count)
        func add(_ rule: Int, from low: Int, through high: Int) {
            for option in 0..<count {
                steps[low * count + option] += model.points[rule * count + option]
                steps[(high + 1) * count + option] -= model.points[rule * count + option]
            }
        }
        for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
            let rule = model.questionRules[slot]
            if fires(rule) {
                for option in 0..<count { base[option] -= model.points[rule * count + option] }
            }
            forEachFiringRun(of: rule, across: question) { add(rule, from: $0, through: $1) }
        }
        var result = Array(repeating: 0, count: size * count)
        for index in 0..<size {
            for option in 0..<count {
                base[option] += steps[index * count + option]
                result[index * count + option] = base[option]
            }
        }
        return result
    }

    /// How many rules with points fire at every value of `question`, the other answers as they are.
    func firings(across question: QuestionIndex) -> [Int] {
        let size = model.domainSizes[question]
        var base = fired
        var steps = Array(repeating: 0, count: size + 1)
        for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
            let rule = model.questionRules[slot]
            if fires(rule) { base -= 1 }
            forEachFiringRun(of: rule, across: question) { low, high in
                steps[low] += 1
                steps[high + 1] -= 1
            }
        }
        var result = Array(repeating: 0, count: size)
        for index in 0..<size {
            base += steps[index]
            result[index] = base
        }
        return result
    }

    /// Calls `body` with each run of values of `question` (lowest, highest) at which `rule`, which
    /// reads it, fires, the other answers as they are.
    @inline(__always)
    private func forEachFiringRun(of rule: Int, across question: QuestionIndex, _ body: (Int, Int) -> Void) {
        if let condition = model.general[rule] {
            var probe = answers
            for index in 0..<model.domainSizes[question] {
                probe[question] = model.domains[question][index]
                if condition.truth(probe) == .true { body(index, index) }
            }
            return
        }
        var own = -1
        for read in model.questionStart[rule]..<model.questionStart[rule + 1] {
            if model.questions[read] == question {
                own = read
            } else if !model.allowed[model.allowedStart[read] + value[model.questions[read]]] {
                return
            }
        }
        guard own >= 0 else { return }
        for run in model.runStart[own]..<model.runStart[own + 1] { body(model.runLow[run], model.runHigh[run]) }
    }

    /// The recommendation at every value of `question`, the other answers as they are.
    func leaders(across question: QuestionIndex) -> [OptionIndex] {
        let count = model.optionCount, scores = scores(across: question)
        return (0..<model.domainSizes[question]).map { Self.leader(of: scores, from: $0 * count, count: count) }
    }

    func fires(_ rule: Int) -> Bool {
        if let condition = model.general[rule] { return condition.truth(answers) == .true }
        for slot in model.questionStart[rule]..<model.questionStart[rule + 1]
        where !model.allowed[model.allowedStart[slot] + value[model.questions[slot]]] {
            return false
        }
        return true
    }

    private mutating func add(_ rule: Int, _ sign: Int) {
        fired += sign
        let base = rule * model.optionCount
        for option in 0..<model.optionCount { scores[option] += sign * model.points[base + option] }
    }
}
