/// What can still happen to the recommendation while some questions are unanswered.
public struct PartialResult: Sendable, Hashable {
    /// Every option that some answers to the open questions would make the recommendation, in option order.
    public var possibleRecommendations: [OptionIndex]
    /// Unanswered questions whose answer could still change the recommendation, most influential first.
    public var openQuestions: [OpenQuestion]
    /// Unanswered questions that cannot change the recommendation whatever their answer.
    public var irrelevantQuestions: [QuestionIndex]
    /// For each option, the lowest and highest score the unanswered questions allow.
    public var scoreRanges: [ClosedRange<Int>]
    /// True when every completion of the answers was tried; false when the answer space was too
    /// large and the result rests on score bounds (still sound, but less sharp).
    public var isExact: Bool

    /// The recommendation, when no answer to the open questions could change it.
    public var settledRecommendation: OptionIndex? {
        possibleRecommendations.count == 1 ? possibleRecommendations[0] : nil
    }

    /// An unanswered question that matters, and how much.
    public struct OpenQuestion: Sendable, Hashable {
        /// The question.
        public var question: QuestionIndex
        /// The share (0–1] of combinations of the other open answers in which this answer changes
        /// the recommendation; with bounds only, the share of undecided rules that read it.
        public var influence: Double
    }
}

extension Engine {
    /// How many completions `analyze` will try before falling back to score bounds.
    public static let enumerationLimit = 200_000

    /// Works out whether the recommendation is settled, and which unanswered questions could change it.
    ///
    /// Sound by construction: it tries one answer from every stretch of the answer space for
    /// each unanswered question (all combinations), so a question is reported irrelevant only
    /// if no combination of answers lets it change the recommendation. Beyond
    /// `enumerationLimit` combinations it uses score bounds, which may call more questions
    /// open than need be but never calls a changeable result settled.
    public func analyze(_ answers: Answers) -> PartialResult {
        let open = answers.unanswered
        var combinations = 1
        for question in open {
            let (product, overflow) = combinations.multipliedReportingOverflow(by: space.domains[question].count)
            guard !overflow, product <= Self.enumerationLimit else { return boundedAnalysis(answers) }
            combinations = product
        }
        return exhaustiveAnalysis(answers, open: open, combinations: combinations)
    }

    private func exhaustiveAnalysis(_ answers: Answers, open: [QuestionIndex], combinations: Int) -> PartialResult {
        let optionCount = ruleBase.options.count
        var recommendations = [OptionIndex](repeating: 0, count: combinations)
        var lows = [Int](repeating: Int.max, count: optionCount)
        var highs = [Int](repeating: Int.min, count: optionCount)
        var scores = [Int](repeating: 0, count: optionCount)
        var completion = answers
        var digits = [Int](repeating: 0, count: open.count)
        for combination in 0..<combinations {
            for (position, question) in open.enumerated() {
                completion[question] = space.domains[question][digits[position]]
            }
            recommendations[combination] = recommendation(completion, scores: &scores)
            for option in 0..<optionCount {
                lows[option] = min(lows[option], scores[option])
                highs[option] = max(highs[option], scores[option])
            }
            // Next combination: the first open question varies fastest.
            for position in digits.indices {
                digits[position] += 1
                if digits[position] < space.domains[open[position]].count { break }
                digits[position] = 0
            }
        }
        var openQuestions: [PartialResult.OpenQuestion] = []
        var irrelevant: [QuestionIndex] = []
        var stride = 1
        for question in open {
            let radix = space.domains[question].count
            var groups = 0, changing = 0
            for base in 0..<combinations where (base / stride) % radix == 0 {
                groups += 1
                let first = recommendations[base]
                if (1..<radix).contains(where: { recommendations[base + $0 * stride] != first }) { changing += 1 }
            }
            if changing > 0 {
                openQuestions.append(.init(question: question, influence: Double(changing) / Double(max(groups, 1))))
            } else {
                irrelevant.append(question)
            }
            stride *= radix
        }
        return PartialResult(
            possibleRecommendations: Array(Set(recommendations)).sorted(),
            openQuestions: Self.byInfluence(openQuestions),
            irrelevantQuestions: irrelevant,
            scoreRanges: (0..<optionCount).map { lows[$0]...highs[$0] },
            isExact: true)
    }

    /// Sound bounds: each undecided rule may or may not fire, independently.
    private func boundedAnalysis(_ answers: Answers) -> PartialResult {
        let optionCount = ruleBase.options.count
        var lows = [Int](repeating: 0, count: optionCount)
        var highs = [Int](repeating: 0, count: optionCount)
        var undecidedReads: [QuestionIndex: Int] = [:]
        var undecidedRules = 0
        for rule in ruleBase.rules where !rule.points.isEmpty {
            switch rule.condition.truth(answers) {
            case .true:
                for effect in rule.points {
                    lows[effect.option] += effect.points
                    highs[effect.option] += effect.points
                }
            case .false:
                continue
            case .unknown:
                undecidedRules += 1
                for effect in rule.points {
                    lows[effect.option] += min(0, effect.points)
                    highs[effect.option] += max(0, effect.points)
                }
                for question in rule.condition.questions where answers[question] == nil {
                    undecidedReads[question, default: 0] += 1
                }
            }
        }
        // An option can lead unless another one beats it even at its best.
        let possible = (0..<optionCount).filter { option in
            !(0..<optionCount).contains { other in
                other != option && (lows[other] > highs[option] || (lows[other] == highs[option] && other < option))
            }
        }
        let unanswered = answers.unanswered
        let settled = possible.count == 1
        let openQuestions = settled ? [] : unanswered.compactMap { question -> PartialResult.OpenQuestion? in
            guard let reads = undecidedReads[question] else { return nil }
            return .init(question: question, influence: Double(reads) / Double(max(undecidedRules, 1)))
        }
        let openSet = Set(openQuestions.map(\.question))
        return PartialResult(
            possibleRecommendations: possible,
            openQuestions: Self.byInfluence(openQuestions),
            irrelevantQuestions: unanswered.filter { !openSet.contains($0) },
            scoreRanges: (0..<optionCount).map { lows[$0]...highs[$0] },
            isExact: false)
    }

    private static func byInfluence(_ questions: [PartialResult.OpenQuestion]) -> [PartialResult.OpenQuestion] {
        questions.enumerated().sorted {
            $0.element.influence != $1.element.influence ? $0.element.influence > $1.element.influence : $0.offset < $1.offset
        }.map(\.element)
    }
}
