/// Scores every complete combination of answers and tallies where the top is shared and where
/// no rule with points fires. Built for speed: the rules are flattened into arrays of integers,
/// and the combinations are walked like an odometer, with each rule scored at the level of the
/// last question it reads, so changing a late question does not re-score rules about early ones.
struct ScoreEnumerator {
    /// What the enumeration found. Combinations are numbered in order, the first question varying slowest.
    struct Tally {
        /// How many combinations no rule with points fires for, and the number of the first.
        var silentCount = 0
        var firstSilent: Int?
        /// For each pair of options (first listed first) that share the top score somewhere.
        var ties: [Tie] = []
    }

    struct Tie {
        var first: OptionIndex
        var second: OptionIndex
        var count: Int
        /// The number of the first combination where the pair ties, their score there, and the
        /// option that wins that tie (the first listed of all options tied there).
        var example: Int
        var score: Int
        var winner: OptionIndex
    }

    private let optionCount: Int
    private let radices: [Int]
    // Rule r reads questions[questionStart[r]..<questionStart[r + 1]] (radices alike), looks its
    // truth up in truth[truthStart[r]...], and gives effects[effectStart[r]..<effectStart[r + 1]].
    private var questions: [Int] = [], questionRadices: [Int] = [], questionStart: [Int] = [0]
    private var truth: [Bool] = [], truthStart: [Int] = []
    private var effectOptions: [Int] = [], effectPoints: [Int] = [], effectStart: [Int] = [0]
    /// Rules in order of level (1 + the last question read, 0 for none); level l has rulesByLevel[levelStart[l]..<levelStart[l + 1]].
    private var rulesByLevel: [Int] = [], levelStart: [Int] = []

    /// Nil when some rule with points has no truth table over these radices (which happens only
    /// when the tables ran out of budget: a table is never larger than the whole space).
    init?(ruleBase: RuleBase, radices: [Int], tables: [TruthTable?]) {
        optionCount = ruleBase.options.count
        self.radices = radices
        var levels: [[Int]] = Array(repeating: [], count: radices.count + 1)
        for (index, rule) in ruleBase.rules.enumerated() {
            let effects = rule.points.filter { $0.points != 0 && (0..<optionCount).contains($0.option) }
            guard !effects.isEmpty else { continue }
            guard tables.indices.contains(index), let table = tables[index],
                  zip(table.questions, table.radices).allSatisfy({ radices.indices.contains($0) && radices[$0] == $1 }) else { return nil }
            let flat = truthStart.count
            truthStart.append(truth.count)
            truth += table.values
            questions += table.questions
            questionRadices += table.radices
            questionStart.append(questions.count)
            effectOptions += effects.map(\.option)
            effectPoints += effects.map(\.points)
            effectStart.append(effectOptions.count)
            levels[(table.questions.max() ?? -1) + 1].append(flat)
        }
        levelStart = [0]
        for level in levels {
            rulesByLevel += level
            levelStart.append(rulesByLevel.count)
        }
    }

    /// Walks every combination; callers bound the count first (`MixedRadix.count`).
    func tally() -> Tally {
        var walk = Walk(enumerator: self)
        walk.run()
        var tally = Tally(silentCount: walk.silentCount, firstSilent: walk.firstSilent)
        for first in 0..<optionCount {
            for second in (first + 1)..<optionCount {
                let slot = first * optionCount + second
                guard walk.tieCount[slot] > 0 else { continue }
                tally.ties.append(Tie(first: first, second: second, count: walk.tieCount[slot],
                                      example: walk.tieExample[slot], score: walk.tieScore[slot], winner: walk.tieWinner[slot]))
            }
        }
        return tally
    }

    /// The state of one walk through the space.
    private struct Walk {
        let enumerator: ScoreEnumerator
        var digits: [Int]
        /// Scores after each level: level l at scores[l * optionCount ..< (l + 1) * optionCount].
        var scores: [Int]
        var fired: [Bool]
        var silentCount = 0
        var firstSilent: Int?
        var tieCount: [Int], tieExample: [Int], tieScore: [Int], tieWinner: [Int]
        var tied: [Int] = []

        init(enumerator: ScoreEnumerator) {
            self.enumerator = enumerator
            let levels = enumerator.radices.count + 1, options = enumerator.optionCount
            digits = Array(repeating: 0, count: enumerator.radices.count)
            scores = Array(repeating: 0, count: levels * options)
            fired = Array(repeating: false, count: levels)
            tieCount = Array(repeating: 0, count: options * options)
            tieExample = tieCount
            tieScore = tieCount
            tieWinner = tieCount
        }

        mutating func run() {
            let radices = enumerator.radices
            guard radices.allSatisfy({ $0 > 0 }) else { return }
            score(level: 0)
            var from = 1
            var ordinal = 0
            while true {
                for level in from..<(radices.count + 1) { score(level: level) }
                judge(ordinal)
                ordinal += 1
                guard let position = MixedRadix.increment(&digits, radices: radices) else { return }
                from = position + 1
            }
        }

        /// Scores at `level`: those of the level before plus the rules scored at this level.
        private mutating func score(level: Int) {
            let e = enumerator, options = e.optionCount, base = level * options
            for option in 0..<options {
                scores[base + option] = level == 0 ? 0 : scores[base - options + option]
            }
            fired[level] = level == 0 ? false : fired[level - 1]
            for slot in e.levelStart[level]..<e.levelStart[level + 1] {
                let rule = e.rulesByLevel[slot]
                var index = 0
                for read in e.questionStart[rule]..<e.questionStart[rule + 1] {
                    index = index * e.questionRadices[read] + digits[e.questions[read]]
                }
                guard e.truth[e.truthStart[rule] + index] else { continue }
                fired[level] = true
                for effect in e.effectStart[rule]..<e.effectStart[rule + 1] {
                    let (sum, overflow) = scores[base + e.effectOptions[effect]].addingReportingOverflow(e.effectPoints[effect])
                    scores[base + e.effectOptions[effect]] = overflow ? (e.effectPoints[effect] > 0 ? Int.max : Int.min) : sum
                }
            }
        }

        /// Records a complete combination: silent, or tied at the top, or neither.
        private mutating func judge(_ ordinal: Int) {
            let options = enumerator.optionCount, base = (fired.count - 1) * options
            guard fired[fired.count - 1] else {
                silentCount += 1
                if firstSilent == nil { firstSilent = ordinal }
                return
            }
            var top = Int.min
            for option in 0..<options where scores[base + option] > top { top = scores[base + option] }
            tied.removeAll(keepingCapacity: true)
            for option in 0..<options where scores[base + option] == top { tied.append(option) }
            guard tied.count >= 2 else { return }
            for (position, first) in tied.enumerated() {
                for second in tied[(position + 1)...] {
                    let slot = first * options + second
                    if tieCount[slot] == 0 {
                        tieExample[slot] = ordinal
                        tieScore[slot] = top
                        tieWinner[slot] = tied[0]
                    }
                    tieCount[slot] += 1
                }
            }
        }
    }
}
