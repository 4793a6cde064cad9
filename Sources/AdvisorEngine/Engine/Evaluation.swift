import AdvisorModel

/// What the rules make of a set of answers: scores, ranking, and the rules that fired.
///
/// With incomplete answers only the rules that are certainly true count (three-valued logic).
public struct Evaluation: Sendable, Hashable {
    /// Points per option, indexed by option.
    public var scores: [Int]
    /// All options, best first. Ties go to the option defined first in the rule base.
    public var ranking: [OptionIndex]
    /// Rules with points whose condition holds, in rule order.
    public var scoringRules: [RuleIndex]
    /// Caveat rules whose condition holds and whose `if_recommended` (if any) matches, in rule order.
    public var caveats: [RuleIndex]

    /// The option ranked first.
    public var recommendation: OptionIndex { ranking[0] }

    /// Options ordered by score, highest first; equal scores keep rule-base order.
    public static func rank(_ scores: [Int]) -> [OptionIndex] {
        scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }

    /// The index of the best option, with the same tie-break as `rank`.
    package static func best(_ scores: [Int]) -> OptionIndex {
        var best = 0
        for option in scores.indices.dropFirst() where scores[option] > scores[best] { best = option }
        return best
    }
}
