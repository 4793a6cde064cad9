import AdvisorModel

/// Scores of one complete assignment of a `ScoreModel`, and of the assignments one answer away,
/// without the bookkeeping of the bounds: for sampling and for trying single changes.
package struct LeafScorer {
    package let model: ScoreModel
    package private(set) var value: [Int]
    private var answers: Answers
    package private(set) var scores: [Int]
    /// How many rules with points fire (the model keeps only those).
    package private(set) var fired: Int

    package init(model: ScoreModel, value: [Int]) {
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
    package var leader: OptionIndex { Self.leader(of: scores, from: 0, count: model.optionCount) }

    /// The recommendation among the `count` scores of `scores` from `start` on.
    package static func leader(of scores: [Int], from start: Int, count: Int) -> OptionIndex {
        var best = 0
        for option in 1..<max(1, count) where scores[start + option] > scores[start + best] { best = option }
        return best
    }

    /// Gives `question` the value at `index`, updating the scores through the rules that read it.
    package mutating func set(_ question: QuestionIndex, _ index: Int) {
        let rules = model.questionRuleStart[question]..<model.questionRuleStart[question + 1]
        for slot in rules where fires(model.questionRules[slot]) { add(model.questionRules[slot], -1) }
        value[question] = index
        answers[question] = model.domains[question][index]
        for slot in rules where fires(model.questionRules[slot]) { add(model.questionRules[slot], 1) }
    }

    /// The recommendation with `question` at `index` instead (the assignment is left as it was).
    package mutating func leader(with question: QuestionIndex, at index: Int) -> OptionIndex {
        let old = value[question]
        set(question, index)
        let result = leader
        set(question, old)
        return result
    }

    /// The scores at every value of `question`, the other answers as they are: entry
    /// `index * model.optionCount + option`.
    package func scores(across question: QuestionIndex) -> [Int] { sweep(across: question, countingFirings: false) }

    /// The scores at every value of `question` as `scores(across:)`, each value's followed by how
    /// many rules with points fire there: entry `index * (model.optionCount + 1) + option`, and
    /// `+ model.optionCount` for the firings.
    package func scoresAndFirings(across question: QuestionIndex) -> [Int] { sweep(across: question, countingFirings: true) }

    /// How many rules with points fire at every value of `question`, the other answers as they are.
    func firings(across question: QuestionIndex) -> [Int] {
        let width = model.optionCount + 1, sums = scoresAndFirings(across: question)
        return (0..<model.domainSizes[question]).map { sums[$0 * width + model.optionCount] }
    }

    /// One pass over the rules that read `question` (the values where each fires are its runs)
    /// instead of rescoring them at each value: per value, the scores, then the firings when
    /// `countingFirings`.
    private func sweep(across question: QuestionIndex, countingFirings: Bool) -> [Int] {
        let count = model.optionCount, size = model.domainSizes[question]
        let width = count + (countingFirings ? 1 : 0)
        var base = countingFirings ? scores + [fired] : scores
        // Per value, what the question's rules add beyond the value before (a difference array).
        var steps = Array(repeating: 0, count: (size + 1) * width)
        func add(_ rule: Int, from low: Int, through high: Int) {
            for option in 0..<count {
                steps[low * width + option] += model.points[rule * count + option]
                steps[(high + 1) * width + option] -= model.points[rule * count + option]
            }
            if countingFirings {
                steps[low * width + count] += 1
                steps[(high + 1) * width + count] -= 1
            }
        }
        for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
            let rule = model.questionRules[slot]
            if fires(rule) {
                for option in 0..<count { base[option] -= model.points[rule * count + option] }
                if countingFirings { base[count] -= 1 }
            }
            forEachFiringRun(of: rule, across: question) { add(rule, from: $0, through: $1) }
        }
        var result = Array(repeating: 0, count: size * width)
        for index in 0..<size {
            for column in 0..<width {
                base[column] += steps[index * width + column]
                result[index * width + column] = base[column]
            }
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
    package func leaders(across question: QuestionIndex) -> [OptionIndex] {
        let count = model.optionCount, scores = scores(across: question)
        return (0..<model.domainSizes[question]).map { Self.leader(of: scores, from: $0 * count, count: count) }
    }

    package func fires(_ rule: Int) -> Bool {
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
