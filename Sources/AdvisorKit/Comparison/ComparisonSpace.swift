/// The answer space of two rule bases with the same questions: every value of yes/no and choice
/// questions, and for numbers the stretches between the thresholds of either rule base.
///
/// Questions are matched by id, so the new rule base may list them in another order; positions
/// below are those of the old rule base.
struct ComparisonSpace {
    /// The most combinations a comparison enumerates.
    static let limit = 1_000_000

    /// The old rule base's questions.
    let questions: [Question]
    /// For each question (old position), its position in the new rule base.
    let newPosition: [QuestionIndex]
    /// For each number question, the stretches that behave alike under both rule bases; empty for others.
    let stretches: [[ClosedRange<Int>]]
    /// How many values each question takes in the space.
    let sizes: [Int]
    /// The number of combinations, the product of `sizes`.
    let total: Int

    init(old: RuleBase, new: RuleBase) throws(ComparisonError) {
        var newPosition: [QuestionIndex] = []
        for question in old.questions {
            guard let position = new.questionIndex(question.id) else { throw .onlyInOld(question: question.id) }
            let other = new.questions[position]
            guard Self.sameAnswers(question.kind, other.kind) else {
                throw .differentAnswers(question: question.id, old: question.expectation, new: other.expectation)
            }
            newPosition.append(position)
        }
        if let extra = new.questions.first(where: { old.questionIndex($0.id) == nil }) { throw .onlyInNew(question: extra.id) }
        let oldSpace = AnswerSpace(ruleBase: old), newSpace = AnswerSpace(ruleBase: new)
        var stretches: [[ClosedRange<Int>]] = []
        var sizes: [Int] = []
        for (index, question) in old.questions.enumerated() {
            switch question.kind {
            case .integer(let range, _):
                let cuts = oldSpace.thresholds(for: index) + newSpace.thresholds(for: newPosition[index])
                let union = AnswerSpace.stretches(of: range, cutAt: cuts)
                stretches.append(union)
                sizes.append(union.count)
            case .boolean:
                stretches.append([])
                sizes.append(2)
            case .choice(let choices):
                stretches.append([])
                sizes.append(choices.count)
            }
        }
        var total = 1
        for size in sizes {
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            total = overflow ? Int.max : product
        }
        guard total <= Self.limit else { throw .tooManyCombinations(total, limit: Self.limit) }
        self.questions = old.questions
        self.newPosition = newPosition
        self.stretches = stretches
        self.sizes = sizes
        self.total = total
    }

    /// True when an answer to one is an answer to the other: same kind, same range, same choice values in the same order.
    static func sameAnswers(_ old: Question.Kind, _ new: Question.Kind) -> Bool {
        switch (old, new) {
        case (.integer(let oldRange, _), .integer(let newRange, _)): return oldRange == newRange
        case (.boolean, .boolean): return true
        case (.choice(let oldChoices), .choice(let newChoices)): return oldChoices.map(\.value) == newChoices.map(\.value)
        default: return false
        }
    }

    /// The answer that stands for value number `index` of `question`.
    func value(_ question: QuestionIndex, _ index: Int) -> AnswerValue {
        switch questions[question].kind {
        case .integer: return .integer(stretches[question][index].lowerBound)
        case .boolean: return .boolean(index == 1)
        case .choice: return .choice(index)
        }
    }

    /// A combination whose recommendation differs: the value index for each question, and the two recommendations.
    struct Difference {
        var values: [Int]
        var from: OptionIndex
        var to: OptionIndex
    }

    /// Every combination whose recommendation differs between the two rule bases.
    func differences(old: RuleBase, new: RuleBase) -> [Difference] {
        let oldEngine = Engine(ruleBase: old), newEngine = Engine(ruleBase: new)
        var oldScores = [Int](repeating: 0, count: old.options.count)
        var newScores = [Int](repeating: 0, count: new.options.count)
        var digits = [Int](repeating: 0, count: questions.count)
        var oldAnswers = Answers(questionCount: questions.count)
        var newAnswers = Answers(questionCount: new.questions.count)
        var found: [Difference] = []
        guard !old.options.isEmpty, !new.options.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { return [] }
        for _ in 0..<total {
            for question in questions.indices {
                let value = value(question, digits[question])
                oldAnswers[question] = value
                newAnswers[newPosition[question]] = value
            }
            let from = oldEngine.recommendation(oldAnswers, scores: &oldScores)
            let to = newEngine.recommendation(newAnswers, scores: &newScores)
            if old.options[from].id != new.options[to].id { found.append(Difference(values: digits, from: from, to: to)) }
            // Next combination: the last question varies fastest.
            for position in digits.indices.reversed() {
                digits[position] += 1
                if digits[position] < sizes[position] { break }
                digits[position] = 0
            }
        }
        return found
    }
}
