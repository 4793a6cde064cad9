/// Scores of one complete assignment of a `ScoreModel`, and of the assignments one answer away,
/// without the bookkeeping of the bounds: for sampling and for trying single changes.
struct LeafScorer {
    let model: ScoreModel
    private(set) var value: [Int]
    private var answers: Answers
    private(set) var scores: [Int]

    init(model: ScoreModel, value: [Int]) {
        self.model = model
        self.value = value
        answers = Answers(
            values: (0..<model.questionCount).map { question in
                model.domains[question].isEmpty ? nil : model.domains[question][max(0, value[question])]
            })
        scores = model.constantPoints
        for rule in 0..<model.ruleCount where fires(rule) { add(rule, 1) }
    }

    /// The recommendation: the highest score, the first listed on ties.
    var leader: OptionIndex {
        var best = 0
        for option in 1..<max(1, model.optionCount) where scores[option] > scores[best] { best = option }
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

    func fires(_ rule: Int) -> Bool {
        if let condition = model.general[rule] { return condition.truth(answers) == .true }
        for slot in model.questionStart[rule]..<model.questionStart[rule + 1]
        where !model.allowed[model.allowedStart[slot] + value[model.questions[slot]]] {
            return false
        }
        return true
    }

    private mutating func add(_ rule: Int, _ sign: Int) {
        let base = rule * model.optionCount
        for option in 0..<model.optionCount { scores[option] += sign * model.points[base + option] }
    }
}
