import AdvisorModel
import BigInt

/// A property of the final scores: comparisons of two options' scores within one model, and
/// whether a model's rules fired at all.
package struct ScoreCondition {
    package enum Relation {
        /// The first option scores the same as the second.
        case equal
        /// The first scores no more than the second.
        case atMost
        /// The first scores less than the second.
        case below
    }

    package struct Comparison {
        package var model: Int
        package var first: OptionIndex
        package var second: OptionIndex
        var relation: Relation
    }

    package var comparisons: [Comparison] = []
    /// Per model: true when some rule with points must fire, false when none may.
    package var fired: [Int: Bool] = [:]

    package init(comparisons: [Comparison] = [], fired: [Int: Bool] = [:]) {
        self.comparisons = comparisons
        self.fired = fired
    }

    /// `option` is model's recommendation: above every option listed before it, and at least
    /// level with every one listed after (the first listed wins a tie).
    package static func leads(_ option: OptionIndex, in model: Int, optionCount: Int) -> [Comparison] {
        (0..<optionCount).filter { $0 != option }.map { other in
            Comparison(model: model, first: other, second: option, relation: other < option ? .below : .atMost)
        }
    }

    /// `first` and `second` share the top score of model 0, and some rule with points fired.
    package static func tie(_ first: OptionIndex, _ second: OptionIndex, optionCount: Int) -> ScoreCondition {
        var comparisons = [Comparison(model: 0, first: second, second: first, relation: .equal)]
        for other in 0..<optionCount where other != first && other != second {
            comparisons.append(Comparison(model: 0, first: other, second: first, relation: .atMost))
        }
        return ScoreCondition(comparisons: comparisons, fired: [0: true])
    }
}

extension ScoreDecomposition {
    /// How many complete combinations below the assignment have the property: exact, by a sweep
    /// over the groups whose states are the comparisons' running differences. A difference that
    /// the groups still to come cannot bring to the required side ends its state; one they cannot
    /// take away from it is settled and no longer tracked, so that states merge. Nil when the
    /// sweep would take more than `workLimit` additions.
    package func count(_ condition: ScoreCondition, workLimit: Int = Self.workLimit) -> BigUInt? {
        let comparisons = condition.comparisons
        let flags = condition.fired.keys.sorted()
        let width = comparisons.count + 1
        func reduced(_ outcome: [Int]) -> [Int] {
            var key = comparisons.map { comparison in
                let start = layout.starts[comparison.model]
                return outcome[start + comparison.first] - outcome[start + comparison.second]
            }
            var bits = 0
            for (position, model) in flags.enumerated() where outcome[layout.fired(model)] != 0 { bits |= 1 << position }
            key.append(bits)
            return key
        }
        let steps: [[(key: [Int], count: BigUInt)]] = groups.map { group in
            var merged: [[Int]: BigUInt] = [:]
            for (outcome, count) in group.counts { merged[reduced(outcome), default: 0] += count }
            return merged.map { ($0.key, $0.value) }
        }
        // The lowest and highest that the groups from each step on can still add to each difference.
        var lowest = Array(repeating: Array(repeating: 0, count: width), count: steps.count + 1)
        var highest = lowest
        for step in steps.indices.reversed() {
            for dimension in comparisons.indices {
                let values = steps[step].map { $0.key[dimension] }
                lowest[step][dimension] = lowest[step + 1][dimension] + (values.min() ?? 0)
                highest[step][dimension] = highest[step + 1][dimension] + (values.max() ?? 0)
            }
        }
        var required = 0, forbidden = 0
        for (position, model) in flags.enumerated() {
            if condition.fired[model] == true { required |= 1 << position } else { forbidden |= 1 << position }
        }
        let settled = Int.min
        /// The state kept after adding a step, or nil when no completion can have the property.
        func kept(_ key: [Int], remaining step: Int) -> [Int]? {
            guard key[comparisons.count] & forbidden == 0 else { return nil }
            var key = key
            for (dimension, comparison) in comparisons.enumerated() where key[dimension] != settled {
                let low = key[dimension] + lowest[step][dimension], high = key[dimension] + highest[step][dimension]
                switch comparison.relation {
                case .equal:
                    if low > 0 || high < 0 { return nil }
                case .atMost:
                    if low > 0 { return nil }
                    if high <= 0 { key[dimension] = settled }
                case .below:
                    if low >= 0 { return nil }
                    if high < 0 { key[dimension] = settled }
                }
            }
            return key
        }
        guard let start = kept(reduced(offset), remaining: 0) else { return 0 }
        var states: [[Int]: BigUInt] = [start: 1]
        var work = 0
        for (step, entries) in steps.enumerated() {
            work += states.count * entries.count
            guard work <= workLimit else { return nil }
            var next: [[Int]: BigUInt] = [:]
            next.reserveCapacity(states.count * 2)
            for (key, count) in states {
                for entry in entries {
                    var sum = key
                    for dimension in comparisons.indices where sum[dimension] != settled { sum[dimension] += entry.key[dimension] }
                    sum[comparisons.count] |= entry.key[comparisons.count]
                    if let kept = kept(sum, remaining: step + 1) { next[kept, default: 0] += count * entry.count }
                }
            }
            states = next
        }
        var total: BigUInt = 0
        for (key, count) in states where key[comparisons.count] & required == required {
            // Every comparison is settled or, with no group left, exactly on its side of zero.
            let holds = comparisons.indices.allSatisfy { dimension in
                let value = key[dimension]
                guard value != settled else { return true }
                switch comparisons[dimension].relation {
                case .equal: return value == 0
                case .atMost: return value <= 0
                case .below: return value < 0
                }
            }
            if holds { total += count }
        }
        return total * multiplier
    }
}
