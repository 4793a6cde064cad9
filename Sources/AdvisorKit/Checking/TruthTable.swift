/// The value of one condition for every combination of answers to the questions it reads, each
/// question taking the values of its `AnswerSpace` domain (numbers: one per stretch between the
/// thresholds the rules mention). Since no condition changes within a stretch, the table is exact.
struct TruthTable: Sendable {
    /// The questions the condition reads, in order of first mention.
    let questions: [QuestionIndex]
    /// For each of those questions, how many values it is tried with.
    let radices: [Int]
    /// One value per combination, the first question varying slowest.
    let values: [Bool]

    /// Nil when the condition reads more combinations than `limit`.
    init?(condition: Condition, space: AnswerSpace, questionCount: Int, limit: Int) {
        let questions = condition.questions.filter { space.domains.indices.contains($0) && $0 < questionCount }
        let radices = questions.map { space.domains[$0].count }
        guard let count = MixedRadix.count(radices, limit: limit) else { return nil }
        var answers = Answers(questionCount: questionCount)
        var values: [Bool] = []
        values.reserveCapacity(count)
        MixedRadix.forEach(radices) { digits in
            for (position, question) in questions.enumerated() {
                answers[question] = space.domains[question][digits[position]]
            }
            values.append(condition.holds(answers))
        }
        self.questions = questions
        self.radices = radices
        self.values = values
    }

    /// True when the condition holds for no combination.
    var isNeverTrue: Bool { !values.contains(true) }

    /// True when the condition holds for every combination (and there is at least one).
    var isAlwaysTrue: Bool { !values.isEmpty && !values.contains(false) }

    /// The condition's value for a complete combination: `digits[q]` is the position of
    /// question q's answer in its domain. False for digits outside the table.
    func value(at digits: [Int]) -> Bool {
        var index = 0
        for (position, question) in questions.enumerated() {
            guard digits.indices.contains(question), (0..<radices[position]).contains(digits[question]) else { return false }
            index = index * radices[position] + digits[question]
        }
        return values.indices.contains(index) ? values[index] : false
    }
}
