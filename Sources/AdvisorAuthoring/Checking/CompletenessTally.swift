import AdvisorEngine
import BigInt

/// The counts of `Completeness` taken by trying every combination: for rule bases whose rules join
/// their questions too tightly for the sweep over groups (`ScoreDecomposition`) but whose answer
/// space is small enough to try. A walk over the combinations of every question but the last;
/// each is scored at every value of the last at once (`LeafScorer.scoresAndFirings(across:)`), so a
/// combination costs a few comparisons, and moving to the next one rescores only the rules that
/// read the answers that changed.
package struct CompletenessTally {
    /// Combinations where no rule with points fires.
    package var silent: BigUInt
    /// `ties[first][second]` (first < second): combinations where both share the top score, with
    /// some rule with points firing.
    package var ties: [[BigUInt]]

    /// Up to how many combinations are tried (about a second on a base of 1,000 rules).
    package static let limit = 4_000_000

    /// The tally of `model`'s answer space; nil when it has more than `limit` combinations.
    package init?(_ model: ScoreModel, limit: Int = Self.limit) {
        let sizes = model.domainSizes, count = model.optionCount
        guard let last = sizes.indices.last, let total = MixedRadix.count(sizes, limit: limit), total > 0 else { return nil }
        var silent = 0
        var ties = Array(repeating: Array(repeating: 0, count: count), count: count)
        let outer = Array(sizes[..<last])
        var digits = Array(repeating: 0, count: outer.count)
        var scorer = LeafScorer(model: model, value: Array(repeating: 0, count: sizes.count))
        while true {
            let sums = scorer.scoresAndFirings(across: last)
            for index in 0..<sizes[last] {
                let start = index * (count + 1)
                guard sums[start + count] > 0 else {
                    silent += 1
                    continue
                }
                var top = Int.min
                for option in 0..<count { top = max(top, sums[start + option]) }
                for first in 0..<count where sums[start + first] == top {
                    for second in first + 1..<count where sums[start + second] == top { ties[first][second] += 1 }
                }
            }
            guard let moved = MixedRadix.increment(&digits, radices: outer) else { break }
            for position in moved..<outer.count { scorer.set(position, digits[position]) }
        }
        self.silent = BigUInt(silent)
        self.ties = ties.map { $0.map { BigUInt($0) } }
    }
}
