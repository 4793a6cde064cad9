import BigInt

/// How the points of some rules fall over the answers of a group of questions: for each outcome,
/// how many combinations of the group's answers give it.
///
/// An outcome holds, for each model read, the points its rules give each option and then 1 when
/// one of its rules fired (else 0); the models' blocks follow one another. Several models share
/// the questions and their domains (`rules diff` reads the old and the new rule base at once).
package struct ScoreDistribution {
    package var counts: [[Int]: BigUInt] = [:]

    /// Every sum of an outcome of each (the groups answer apart, so their combinations multiply);
    /// `work` grows by the pairs added.
    func convolved(with other: ScoreDistribution, layout: OutcomeLayout, work: inout Int) -> ScoreDistribution {
        work += counts.count * other.counts.count
        var result = ScoreDistribution()
        for (first, firstCount) in counts {
            for (second, secondCount) in other.counts {
                result.counts[layout.sum(first, second), default: 0] += firstCount * secondCount
            }
        }
        return result
    }
}
