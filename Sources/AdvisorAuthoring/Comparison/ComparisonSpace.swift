import AdvisorEngine
import AdvisorModel
import BigInt

/// The answer space of two rule bases: every value of yes/no and choice questions, and for
/// numbers the stretches between the thresholds of either rule base, over the union of both
/// bases' questions and choices (`ComparisonVocabulary`).
///
/// Questions are matched by id, so the new rule base may list them in another order; positions
/// below are those of the union: the old rule base's questions, then those only in the new one.
/// A number question whose range changed is also cut where each range begins and ends, and keeps
/// only the stretches inside one range or both (two ranges apart leave a gap no answer falls in).
package struct ComparisonSpace {
    /// The union questions (a choice question with the union of its choices).
    package let questions: [Question]
    /// How the questions and choices of each base sit in the union, and what changed.
    package let vocabulary: ComparisonVocabulary
    /// The old base's rules over the union questions (see `ComparisonVocabulary.rules(of:isOld:)`).
    package let oldRules: [Rule]
    /// The new base's rules over the union questions.
    package let newRules: [Rule]
    /// For each number question, the stretches that behave alike under both rule bases; empty for others.
    package let stretches: [[ClosedRange<Int>]]
    /// How many values each question takes in the space.
    package let sizes: [Int]
    /// The values each question takes (numbers: the first of each stretch).
    package let domains: [[AnswerValue]]
    /// The number of combinations, the product of `sizes`.
    package let total: BigUInt

    /// The space of `old` and `new` (it does not throw; see `ComparisonVocabulary`).
    package init(old: RuleBase, new: RuleBase) throws(ComparisonError) {
        let vocabulary = try ComparisonVocabulary(old: old, new: new)
        let oldSpace = AnswerSpace(ruleBase: old), newSpace = AnswerSpace(ruleBase: new)
        var stretches: [[ClosedRange<Int>]] = []
        var sizes: [Int] = []
        for (index, question) in vocabulary.questions.enumerated() {
            switch question.kind {
            case .integer(let range, _):
                let ranges = [vocabulary.oldRanges[index], vocabulary.newRanges[index]].compactMap { $0 }
                let edges = ranges.flatMap { [$0.lowerBound] + ($0.upperBound < Int.max ? [$0.upperBound + 1] : []) }
                let cuts =
                    (vocabulary.oldQuestion[index].map { oldSpace.thresholds(for: $0) } ?? [])
                    + (vocabulary.newQuestion[index].map { newSpace.thresholds(for: $0) } ?? []) + edges
                let union = AnswerSpace.stretches(of: range, cutAt: cuts).filter { stretch in
                    ranges.isEmpty || ranges.contains { $0.contains(stretch.lowerBound) }
                }
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
        self.vocabulary = vocabulary
        questions = vocabulary.questions
        oldRules = vocabulary.rules(of: old, isOld: true)
        newRules = vocabulary.rules(of: new, isOld: false)
        self.stretches = stretches
        self.sizes = sizes
        total = sizes.reduce(BigUInt(1)) { $0 * BigUInt($1) }
        domains = zip(questions, zip(stretches, sizes)).map { question, shape in
            (0..<shape.1).map { Self.value(question.kind, shape.0, $0) }
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
