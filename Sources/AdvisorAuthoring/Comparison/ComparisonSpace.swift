import AdvisorEngine
import AdvisorModel
import BigInt

/// The answer space of two rule bases with the same questions: every value of yes/no and choice
/// questions, and for numbers the stretches between the thresholds of either rule base.
///
/// Questions are matched by id, so the new rule base may list them in another order; positions
/// below are those of the old rule base.
package struct ComparisonSpace {
    /// The old rule base's questions.
    package let questions: [Question]
    /// For each question (old position), its position in the new rule base.
    let newPosition: [QuestionIndex]
    /// For each number question, the stretches that behave alike under both rule bases; empty for others.
    package let stretches: [[ClosedRange<Int>]]
    /// How many values each question takes in the space.
    package let sizes: [Int]
    /// The values each question takes (numbers: the first of each stretch).
    package let domains: [[AnswerValue]]
    /// The number of combinations, the product of `sizes`.
    package let total: BigUInt

    package init(old: RuleBase, new: RuleBase) throws(ComparisonError) {
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
        self.questions = old.questions
        self.newPosition = newPosition
        self.stretches = stretches
        self.sizes = sizes
        total = sizes.reduce(BigUInt(1)) { $0 * BigUInt($1) }
        domains = zip(old.questions, zip(stretches, sizes)).map { question, shape in
            (0..<shape.1).map { Self.value(question.kind, shape.0, $0) }
        }
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
    package func value(_ question: QuestionIndex, _ index: Int) -> AnswerValue {
        Self.value(questions[question].kind, stretches[question], index)
    }

    private static func value(_ kind: Question.Kind, _ stretches: [ClosedRange<Int>], _ index: Int) -> AnswerValue {
        switch kind {
        case .integer: return .integer(stretches[index].lowerBound)
        case .boolean: return .boolean(index == 1)
        case .choice: return .choice(index)
        }
    }
}
