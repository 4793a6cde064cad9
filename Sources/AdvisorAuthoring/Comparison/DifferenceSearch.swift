import AdvisorEngine
import AdvisorModel
import BigInt

/// The search behind `rules diff`: the answers whose recommendation differs between two rule
/// bases, found by the reasoning core over both at once.
///
/// It walks the comparison space question by question (values in order) and stops at a point as
/// soon as the bounds settle both recommendations there: a box of answers that all change the
/// same way (kept as a cell), or that all keep their recommendation. When both rule bases have the
/// same options, a third model holds only the rules that differ (those of the old base negated):
/// wherever those move every option still in contention alike, the two bases must agree, so a
/// local change is followed only where it can matter. Listing stops after `budget` points of the
/// search; then each change of recommendation (old option → new option) not listed yet is decided
/// by the solver (`ScoreSolver`): an example, checked by evaluation, or a proof that it never
/// happens. A short branch and bound over both bases (`searchChange`) goes first, and takes over
/// with its whole budget from a solver that runs out of time.
package struct DifferenceSearch {
    package let space: ComparisonSpace
    package let old: ScoreModel
    package let new: ScoreModel
    /// The rules of the new base not in the old one, and those of the old one negated (when the
    /// options are the same), else nil.
    let delta: ScoreModel?
    let oldIDs: [String]
    let newIDs: [String]

    /// Boxes of answers whose recommendation changes: for each question a value index, or -1 for any.
    package private(set) var cells: [(values: [Int], from: OptionIndex, to: OptionIndex)] = []
    /// How many combinations the cells hold.
    package private(set) var changed: BigUInt = 0
    /// False when the listing stopped before the end.
    package private(set) var isComplete = true
    /// The first combination of each change that happens, by (old option, new option).
    package private(set) var examples: [Pair: [Int]] = [:]
    /// Changes neither the solver nor the branch and bound could find or rule out in their time,
    /// with why: reported, never guessed.
    package private(set) var undecided: [(pair: Pair, reason: String)] = []
    private var visited = 0
    private let budget: Int
    /// Points `searchChange` may spend on a change the solver did not decide.
    let changeBudget: Int
    /// Seconds the solver may spend on one change.
    let solverTimeLimit: Int

    package struct Pair: Hashable, Comparable {
        package var from: OptionIndex
        package var to: OptionIndex
        package static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
    }

    package init(
        old oldBase: RuleBase, new newBase: RuleBase, space: ComparisonSpace, budget: Int,
        changeBudget: Int = RuleBaseComparison.changeSearchBudget, solverTimeLimit: Int = RuleBaseComparison.solverTimeLimit
    ) {
        self.space = space
        self.budget = budget
        self.changeBudget = changeBudget
        self.solverTimeLimit = solverTimeLimit
        old = ScoreModel(
            questions: space.questions, optionCount: oldBase.options.count, rules: space.oldRules, domains: space.domains,
            stretches: space.stretches)
        new = ScoreModel(
            questions: space.questions, optionCount: newBase.options.count, rules: space.newRules, domains: space.domains,
            stretches: space.stretches)
        oldIDs = oldBase.options.map(\.id)
        newIDs = newBase.options.map(\.id)
        delta =
            oldIDs == newIDs
            ? ScoreModel(
                questions: space.questions, optionCount: oldIDs.count, rules: Self.differingRules(space.oldRules, space.newRules),
                domains: space.domains, stretches: space.stretches)
            : nil
    }

    /// The rules in only one of the lists (matched by condition and points), the old ones with their points negated.
    private static func differingRules(_ old: [Rule], _ new: [Rule]) -> [Rule] {
        func key(_ rule: Rule) -> String { "\(rule.condition) \(rule.points.map { "\($0.option):\($0.points)" }.sorted())" }
        var unmatched: [String: Int] = [:]
        for rule in new { unmatched[key(rule), default: 0] += 1 }
        var result: [Rule] = []
        for rule in old {
            let identity = key(rule)
            if let count = unmatched[identity], count > 0 {
                unmatched[identity] = count - 1
            } else {
                var negated = rule
                negated.points = rule.points.map { Rule.Effect(option: $0.option, points: -$0.points) }
                result.append(negated)
            }
        }
        for rule in new {
            let identity = key(rule)
            if let count = unmatched[identity], count > 0 {
                unmatched[identity] = count - 1
                result.append(rule)
            }
        }
        return result
    }

    /// Lists the cells, then completes `examples`: when the listing stopped early, each change of
    /// recommendation not listed yet is decided by a short branch and bound, the solver, or the
    /// whole branch and bound, the first that finds an example or proves there is none.
    package mutating func run() {
        var states = States(self)
        walk(0, &states)
        guard !isComplete else { return }
        // Without libz3 there is no solver: the whole branch and bound decides alone.
        let solver = try? ScoreSolver(models: [old, new], timeLimit: solverTimeLimit)
        for from in oldIDs.indices {
            for to in newIDs.indices where oldIDs[from] != newIDs[to] && examples[Pair(from: from, to: to)] == nil {
                let pair = Pair(from: from, to: to)
                // A short branch and bound first (it settles most changes the solver finds hard),
                // then the solver, then the branch and bound with its whole budget.
                var found = searchChange(from: from, to: to, budget: Self.quickChangeBudget)
                if found == .outOfBudget {
                    switch solver?.find(leaders: [(0, from), (1, to)]) ?? .undecided("not decided by a solver (libz3 is not installed)") {
                    case .example(let digits): found = .example(digits)
                    case .none: found = .none
                    case .undecided(let reason):
                        found = searchChange(from: from, to: to, budget: changeBudget)
                        if found == .outOfBudget {
                            let points = Prose.grouped(changeBudget)
                            undecided.append((pair, "\(reason), nor by the branch and bound within \(points) points"))
                        }
                    }
                }
                if case .example(let digits) = found { examples[pair] = digits }
            }
        }
    }

    /// The three states of one point of the search.
    private struct States {
        var old: BoundState
        var new: BoundState
        var delta: BoundState?

        init(_ search: DifferenceSearch) {
            let free = Array(repeating: Int?.none, count: search.space.questions.count)
            old = BoundState(model: search.old, values: free)
            new = BoundState(model: search.new, values: free)
            delta = search.delta.map { BoundState(model: $0, values: free) }
        }

        mutating func set(_ question: QuestionIndex, _ index: Int?) {
            old.set(question, index)
            new.set(question, index)
            delta?.set(question, index)
        }
    }

    /// True when the differing rules move every option that can lead in either base alike below this point.
    private func agree(_ states: States, _ contenders: UInt64) -> Bool {
        guard let delta = states.delta else { return false }
        let options = Reasoner.options(in: contenders)
        for first in options {
            for second in options where second != first && delta.upper(first, second) != 0 { return false }
        }
        return true
    }

    private mutating func walk(_ depth: Int, _ states: inout States) {
        visited += 1
        if visited > budget { isComplete = false }
        guard isComplete else { return }
        let before = states.old.possible(), after = states.new.possible()
        if before.nonzeroBitCount == 1 && after.nonzeroBitCount == 1 {
            let from = before.trailingZeroBitCount, to = after.trailingZeroBitCount
            guard oldIDs[from] != newIDs[to] else { return }
            let values = states.old.value
            let pair = Pair(from: from, to: to)
            if examples[pair] == nil { examples[pair] = values.map { max(0, $0) } }
            cells.append((values, from, to))
            changed += values.indices.reduce(BigUInt(1)) { $0 * BigUInt(values[$1] < 0 ? space.sizes[$1] : 1) }
            return
        }
        if agree(states, before | after) || depth >= space.questions.count { return }
        for index in 0..<space.sizes[depth] {
            states.set(depth, index)
            walk(depth + 1, &states)
            states.set(depth, nil)
            if !isComplete { return }
        }
    }
}
