import AdvisorModel
import Foundation

/// Where the cheapest option changes: as a number answer (the number of users) varies, and as
/// each assumption moves on its own.
public struct CostBreakEven: Sendable, Hashable {
    /// One sweep per number question the formulas read.
    public var sweeps: [Sweep]
    /// Assumptions that, moved alone, would make another option the cheapest; nearest first.
    public var shifts: [Shift]

    /// The cheapest option for every answer to one number question, the other answers kept.
    public struct Sweep: Sendable, Hashable {
        /// The number question whose answer varies.
        public var question: QuestionIndex
        /// The answers tried: from the question's minimum to `range.upperBound`.
        public var range: ClosedRange<Int>
        /// Typical-year totals, `totals[n - range.lowerBound][option]`.
        public var totals: [[Int]]

        /// Consecutive answers with the same cheapest option (ties go to the option listed first).
        public var stretches: [(range: ClosedRange<Int>, cheapest: OptionIndex)] {
            var result: [(range: ClosedRange<Int>, cheapest: OptionIndex)] = []
            for (offset, row) in totals.enumerated() {
                let value = range.lowerBound + offset
                let cheapest = row.indices.min { row[$0] != row[$1] ? row[$0] < row[$1] : $0 < $1 } ?? 0
                if let last = result.last, last.cheapest == cheapest {
                    result[result.count - 1].range = last.range.lowerBound...value
                } else {
                    result.append((value...value, cheapest))
                }
            }
            return result
        }

        /// The stretches of answers where `option` costs strictly less than `other`.
        public func answers(where option: OptionIndex, costsLessThan other: OptionIndex) -> [ClosedRange<Int>] {
            var result: [ClosedRange<Int>] = []
            for (offset, row) in totals.enumerated() where row[option] < row[other] {
                let value = range.lowerBound + offset
                if let last = result.last, last.upperBound == value - 1 {
                    result[result.count - 1] = last.lowerBound...value
                } else {
                    result.append(value...value)
                }
            }
            return result
        }
    }

    /// One assumption moved until another option becomes the cheapest.
    public struct Shift: Sendable, Hashable {
        /// The parameter moved.
        public var parameter: CostParameterIndex
        /// The value in force, and the value from which the cheapest option changes (own unit).
        public var from: Decimal
        /// The value from which another option is the cheapest (the parameter's own unit).
        public var to: Decimal
        /// The option that would then be the cheapest.
        public var cheapest: OptionIndex

        /// The change as a share of the value in force, in whole percent (−100 … +900).
        public var percent: Int { from == 0 ? 0 : CostMath.whole((to - from) / from * 100) }
    }
}

extension CostEstimator {
    /// The fewest answers a sweep tries; it goes to twice the current answer when that is larger.
    public static let sweepLength = 250

    /// The furthest a sweep goes: every answer it tries is a whole estimate (about a millisecond),
    /// so an answer of ten trillion users must not make it try twenty trillion (it ran out of
    /// memory), nor one of 5,000 users take six seconds. The text says how far it checked.
    public static let sweepLimit = 1_000

    /// Sweeps every number question and searches every assumption in force.
    public func breakEven(_ answers: Answers) -> CostBreakEven {
        CostBreakEven(sweeps: model.questions.compactMap { sweep($0, answers) }, shifts: shifts(answers))
    }

    package func sweep(_ question: QuestionIndex, _ answers: Answers) -> CostBreakEven.Sweep? {
        guard case .integer(let bounds, _) = ruleBase.questions[question].kind else { return nil }
        let current = Self.number(answers[question])
        let doubled = NSDecimalNumber(decimal: min(current, Decimal(Self.sweepLimit))).intValue * 2
        let wanted = max(bounds.lowerBound + Self.sweepLength - 1, min(doubled, Self.sweepLimit))
        let upper = min(bounds.upperBound, wanted)
        guard upper >= bounds.lowerBound else { return nil }
        let options = Array(ruleBase.options.indices)
        let totals = (bounds.lowerBound...upper).map { value -> [Int] in
            let trial = answers.with(question, .integer(value))
            let byOption = expectedTotals(trial, typical: resolve(trial).map(\.typical), options: options)
            return options.map { byOption[$0] ?? 0 }
        }
        return .init(question: question, range: bounds.lowerBound...upper, totals: totals)
    }

    /// For each parameter in use with a value above zero: the nearest value, up or down, at which
    /// another option becomes the cheapest (searched from a fifth to five times the value in force).
    func shifts(_ answers: Answers) -> [CostBreakEven.Shift] {
        let resolved = resolve(answers)
        let typical = resolved.map(\.typical)
        let options = Array(ruleBase.options.indices)
        let baseTotals = expectedTotals(answers, typical: typical, options: options)
        let current = Self.cheapest(baseTotals)
        var shifts: [CostBreakEven.Shift] = []
        for parameter in model.parameters.indices where resolved[parameter].shown > 0 {
            let users = options.filter { model.parameters(of: $0).contains(parameter) }
            guard !users.isEmpty else { continue }
            let shown = resolved[parameter].shown
            let cheapestAt = { (value: Decimal) -> OptionIndex in
                var trial = typical
                trial[parameter] = self.model.parameters[parameter].unit.scale.applied(to: value)
                return Self.cheapest(baseTotals.merging(self.expectedTotals(answers, typical: trial, options: users)) { $1 })
            }
            let found = [Self.upFactors, Self.downFactors].compactMap { factors in
                Self.threshold(from: shown, factors: factors, current: current, cheapestAt: cheapestAt)
            }
            guard let nearest = found.min(by: { abs($0.value - shown) < abs($1.value - shown) }) else { continue }
            shifts.append(.init(parameter: parameter, from: shown, to: nearest.value, cheapest: nearest.cheapest))
        }
        return shifts.enumerated().sorted { lhs, rhs in
            let left = abs(lhs.element.percent), right = abs(rhs.element.percent)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The multiples of the value in force that the search tries, nearest first.
    static let upFactors: [Decimal] = (1...20).map { 1 + Decimal($0) / 20 } + (9...16).map { Decimal($0) / 4 } + (9...10).map { Decimal($0) / 2 }
    static let downFactors: [Decimal] = (4...19).reversed().map { Decimal($0) / 20 }

    /// The first factor of `factors` (times `value`) where the cheapest option changes, narrowed by
    /// bisection and rounded away from `value` to a plain number that still makes the change.
    package static func threshold(
        from value: Decimal, factors: [Decimal], current: OptionIndex, cheapestAt: (Decimal) -> OptionIndex
    ) -> (value: Decimal, cheapest: OptionIndex)? {
        var inside = value
        guard var outside = factors.lazy.map({ value * $0 }).first(where: { cheapestAt($0) != current }) else { return nil }
        for (index, factor) in factors.enumerated() where index > 0 && value * factor == outside {
            inside = value * factors[index - 1]
        }
        for _ in 0..<30 {
            let middle = (inside + outside) / 2
            if cheapestAt(middle) == current { inside = middle } else { outside = middle }
        }
        let upward = outside > value
        let firstScale = abs(value) >= 10 ? 0 : abs(value) >= 1 ? 1 : 2
        for scale in firstScale...6 {
            let rounded = CostMath.rounded(outside, scale: scale, upward ? .up : .down)
            let winner = cheapestAt(rounded)
            if winner != current && rounded >= 0 { return (rounded, winner) }
        }
        return (outside, cheapestAt(outside))
    }

    static func cheapest(_ totals: [OptionIndex: Int]) -> OptionIndex {
        totals.keys.sorted().min { totals[$0] != totals[$1] ? (totals[$0] ?? 0) < (totals[$1] ?? 0) : $0 < $1 } ?? 0
    }
}
