import AdvisorModel

/// The answers worth trying for each question: every value of a yes/no or choice question,
/// and for a number one representative of each stretch between the thresholds the rules mention.
///
/// Within one stretch no condition changes its truth value, so trying one representative per
/// stretch covers every possible outcome of the rule base.
public struct AnswerSpace: Sendable {
    /// For each question, the stretches of numbers (integer questions) that behave alike.
    public let stretches: [[ClosedRange<Int>]]
    /// For each question, the values to try (for numbers, the first value of each stretch).
    public let domains: [[AnswerValue]]

    /// The answer space of `ruleBase`: its questions cut at every threshold its conditions mention.
    public init(ruleBase: RuleBase) {
        var stretches: [[ClosedRange<Int>]] = []
        var domains: [[AnswerValue]] = []
        for (index, question) in ruleBase.questions.enumerated() {
            switch question.kind {
            case .integer(let range, _):
                let boundaries = ruleBase.rules.flatMap { $0.condition.integerBoundaries(for: index) }
                let cut = Self.stretches(of: range, cutAt: boundaries)
                stretches.append(cut)
                domains.append(cut.map { .integer($0.lowerBound) })
            case .boolean:
                stretches.append([])
                domains.append([.boolean(false), .boolean(true)])
            case .choice(let choices):
                stretches.append([])
                domains.append(choices.indices.map { .choice($0) })
            }
        }
        self.stretches = stretches
        self.domains = domains
    }

    /// Splits `range` into consecutive stretches, starting a new one at each boundary inside it.
    package static func stretches(of range: ClosedRange<Int>, cutAt boundaries: [Int]) -> [ClosedRange<Int>] {
        let cuts = Set(boundaries.filter { $0 > range.lowerBound && $0 <= range.upperBound }).sorted()
        var result: [ClosedRange<Int>] = []
        var start = range.lowerBound
        for cut in cuts {
            result.append(start...(cut - 1))
            start = cut
        }
        result.append(start...range.upperBound)
        return result
    }

    /// The stretch of `question` that holds `value`, if the question is a number.
    public func stretch(of question: QuestionIndex, containing value: Int) -> Int? {
        stretches[question].firstIndex { $0.contains(value) }
    }

    /// Every integer threshold the rules mention for `question`: the first value of each stretch but the first.
    public func thresholds(for question: QuestionIndex) -> [Int] {
        stretches[question].dropFirst().map(\.lowerBound)
    }
}
