import AdvisorModel

/// A quick look for a witness that a question matters, before anything is proved: a local search
/// over complete assignments that moves the other free questions, one at a time, towards answers
/// where the leader's lead is smallest at some value of the question, until two of its values lead
/// to different recommendations. It can only show that a question matters (each witness is checked
/// by evaluation); a question it does not show is decided by the search of `relevance` or by the
/// solver. Rare witnesses (a question that matters only where two options are within a point or
/// two) are what the branch and bound finds slowly and this finds in a few moves.
package struct WitnessSearch {
    package let model: ScoreModel
    /// How many times each free question is visited, at most, from each start.
    static let rounds = 2
    /// Values tried per visit of a question with a wider domain (drawn with a fixed seed).
    static let valuesPerVisit = 12

    /// A complete assignment (domain indices) and another value of `question` under which the two
    /// recommendations differ; nil when none was met from these starts.
    func seek(_ question: QuestionIndex, free: [QuestionIndex], starts: [[Int]]) -> (assignment: [Int], other: Int)? {
        let movable = free.filter { $0 != question }
        var seed = UInt64(truncatingIfNeeded: question) &* 0x9E37_79B9_7F4A_7C15 | 1
        for start in starts {
            var scorer = LeafScorer(model: model, value: start)
            var current = lead(question, scorer)
            if let found = current.witness { return found }
            for _ in 0..<Self.rounds {
                var moved = false
                for other in movable {
                    let kept = scorer.value[other]
                    var best = (value: kept, measure: current)
                    for value in candidates(other, &seed) where value != kept {
                        scorer.set(other, value)
                        let measure = lead(question, scorer)
                        if let found = measure.witness { return found }
                        if measure.margin <= best.measure.margin { best = (value, measure) }
                    }
                    scorer.set(other, best.value)
                    if best.value != kept {
                        moved = true
                        current = best.measure
                    }
                }
                if !moved { break }
            }
        }
        return nil
    }

    /// The values of `question` a visit tries: all of them, or a fixed-seed sample of a wide domain.
    private func candidates(_ question: QuestionIndex, _ seed: inout UInt64) -> [Int] {
        let size = model.domainSizes[question]
        guard size > Self.valuesPerVisit else { return Array(0..<size) }
        return (0..<Self.valuesPerVisit).map { _ in Int(SplitMix.next(&seed) % UInt64(size)) }
    }

    /// What the assignment says about `question`: a witness when two of its values lead to
    /// different recommendations, else the smallest lead of the common leader over its values
    /// (1 is the least lead an option can hold; lower is closer to a change).
    private struct Measure {
        var witness: (assignment: [Int], other: Int)?
        var margin: Int
    }

    private func lead(_ question: QuestionIndex, _ scorer: LeafScorer) -> Measure {
        let leader = scorer.leader, count = model.optionCount
        let scores = scorer.scores(across: question)
        var margin = Int.max
        for value in 0..<model.domainSizes[question] {
            let start = value * count
            if LeafScorer.leader(of: scores, from: start, count: count) != leader {
                var assignment = scorer.value
                assignment[question] = value
                return Measure(witness: (assignment, scorer.value[question]), margin: 0)
            }
            for option in 0..<count where option != leader {
                margin = min(margin, scores[start + leader] - scores[start + option] + (leader < option ? 1 : 0))
            }
        }
        return Measure(witness: nil, margin: margin)
    }
}
