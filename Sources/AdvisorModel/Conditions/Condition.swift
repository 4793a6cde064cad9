/// A checked condition over the answers, with questions and choices resolved to indices.
///
/// Every comparison is normalised to a membership test: integer comparisons become intervals,
/// choice comparisons become sets of choice indices. That keeps evaluation, three-valued
/// evaluation and the answer-space analysis down to three kinds of atom.
public indirect enum Condition: Sendable, Hashable {
    /// `true` or `false` written as such.
    case constant(Bool)
    /// A yes/no question answered yes.
    case isTrue(QuestionIndex)
    /// An integer question whose answer lies in the interval.
    case integerIn(QuestionIndex, IntegerInterval)
    /// A choice question whose answer is one of these choice indices (sorted, no duplicates).
    case choiceIn(QuestionIndex, [Int])
    /// True where the condition is false.
    case not(Condition)
    /// True where every condition is true.
    case and([Condition])
    /// True where any condition is true.
    case or([Condition])

    /// The questions the condition reads, each once, in order of first mention.
    public var questions: [QuestionIndex] {
        var seen: [QuestionIndex] = []
        collectQuestions(into: &seen)
        return seen
    }

    private func collectQuestions(into seen: inout [QuestionIndex]) {
        switch self {
        case .constant: return
        case .isTrue(let question), .integerIn(let question, _), .choiceIn(let question, _):
            if !seen.contains(question) { seen.append(question) }
        case .not(let inner): inner.collectQuestions(into: &seen)
        case .and(let parts), .or(let parts): for part in parts { part.collectQuestions(into: &seen) }
        }
    }

    /// The integer boundaries the condition mentions for `question`: each value at which
    /// an interval starts or just after which it ends. Between two consecutive boundaries
    /// the condition cannot change its truth value.
    public func integerBoundaries(for question: QuestionIndex) -> [Int] {
        switch self {
        case .integerIn(let subject, let interval) where subject == question:
            var bounds: [Int] = []
            if interval.lower != Int.min { bounds.append(interval.lower) }
            if interval.upper != Int.max { bounds.append(interval.upper + 1) }
            return bounds
        case .not(let inner): return inner.integerBoundaries(for: question)
        case .and(let parts), .or(let parts): return parts.flatMap { $0.integerBoundaries(for: question) }
        default: return []
        }
    }
}

/// A closed interval of integers; `Int.min` and `Int.max` stand for "no bound".
public struct IntegerInterval: Sendable, Hashable {
    /// The smallest number in the interval (`Int.min`: no lower bound).
    public var lower: Int
    /// The largest number in the interval (`Int.max`: no upper bound).
    public var upper: Int

    /// The numbers from `lower` to `upper`, both included; unbounded by default.
    public init(lower: Int = Int.min, upper: Int = Int.max) {
        self.lower = lower
        self.upper = upper
    }

    /// True when no number lies in the interval.
    public var isEmpty: Bool { lower > upper }

    /// True when `value` lies in the interval.
    public func contains(_ value: Int) -> Bool { value >= lower && value <= upper }
}
