import AdvisorModel

/// Which free questions can change the recommendation: a question matters exactly when, for some
/// answers to the other free questions, two of its own answers lead to different recommendations.
extension Reasoner {
    /// Points of search the branch and bound may spend on one question before the solver is
    /// asked (a few tens of milliseconds; almost every question is decided well within it).
    static let relevanceBudget = 20_000

    /// For each free question of `state` (in `free`), whether it can change the recommendation.
    /// `known` holds questions already shown to matter (by a pair of completions that differ in
    /// them alone); the others are looked at by `WitnessSearch` from `starts` (complete
    /// assignments), which can only show that a question matters, then decided by a search. A
    /// question the search has not decided within `budget` points is put to the solver
    /// (`ScoreSolver.findChange`), and, should the solver not decide it either, searched to the
    /// end (at once where libz3 is missing). Every answer is exact: the budgets and the solver
    /// change only how fast it comes.
    func relevance(
        _ state: inout BoundState, free: [QuestionIndex], known: Set<QuestionIndex>, starts: [[Int]] = [], budget: Int = relevanceBudget
    ) -> [QuestionIndex: Bool] {
        var result: [QuestionIndex: Bool] = [:]
        var solver: ScoreSolver?
        var solverTried = false
        let given = state.value.map { $0 < 0 ? nil : $0 }
        let settled = state.possible().nonzeroBitCount == 1
        for question in free {
            if settled {
                result[question] = false
                continue
            }
            if known.contains(question) {
                result[question] = true
                continue
            }
            if WitnessSearch(model: model).seek(question, free: free, starts: starts + [Self.completion(state)]) != nil {
                result[question] = true
                continue
            }
            var others = free.filter { $0 != question }
            // The question owns every rule that reads it, so its table shows what each of its values does.
            var rank = (0..<model.questionCount).map { model.domainSizes[$0] * model.questionCount + $0 + 1 }
            rank[question] = 0
            var local = BoundState(model: model, values: given, rank: rank)
            var left = budget
            if let found = canChange(question, &local, &others, &left) {
                result[question] = found
                continue
            }
            if !solverTried {
                // Without libz3 there is no solver, and the search to the end decides alone.
                solver = try? ScoreSolver(models: [model])
                solverTried = true
            }
            switch solver?.findChange(of: question, given: given) ?? .undecided("no solver") {
            case .example: result[question] = true
            case .none: result[question] = false
            case .undecided:
                left = Int.max
                result[question] = canChange(question, &local, &others, &left) ?? true
            }
        }
        return result
    }

    /// Whether some completion of the other free questions lets `question`'s answer change the
    /// recommendation; nil when the search would visit more than `budget` points.
    private func canChange(_ question: QuestionIndex, _ state: inout BoundState, _ free: inout [QuestionIndex], _ budget: inout Int) -> Bool? {
        budget -= 1
        if budget < 0 { return nil }
        let masks = state.possibleByValue(question)
        // A value that settles on one option while another value rules that option out: it matters everywhere below.
        for mask in masks where mask.nonzeroBitCount == 1 {
            if masks.contains(where: { $0 & mask == 0 }) { return true }
        }
        if masks.allSatisfy({ $0 == masks[0] }) && masks[0].nonzeroBitCount == 1 { return false }
        let contenders = masks.reduce(0, |)
        if !canFlip(question, masks, contenders, state) || free.isEmpty { return false }
        let position = Self.widest(free, state) { other in
            var widest = 0
            for first in Self.options(in: contenders) {
                for second in Self.options(in: contenders) where second != first {
                    widest = max(widest, state.spread(other, first, second))
                }
            }
            return widest
        }
        let branch = free.remove(at: position)
        defer { free.insert(branch, at: position) }
        // Values that keep more options in contention for more of the question's values first:
        // a witness, when there is one, lies where the contenders are close.
        let promise = (0..<model.domainSizes[branch]).map { index -> Int in
            state.set(branch, index)
            let masks = state.possibleByValue(question)
            state.set(branch, nil)
            let union = masks.reduce(0, |)
            return union.nonzeroBitCount * 64 + masks.filter { $0 != union }.count
        }
        for index in (0..<model.domainSizes[branch]).sorted(by: { promise[$0] != promise[$1] ? promise[$0] > promise[$1] : $0 < $1 }) {
            state.set(branch, index)
            let found = canChange(question, &state, &free, &budget)
            state.set(branch, nil)
            if found != false { return found }
        }
        return false
    }

    /// False when no pair of contenders can trade the lead through `question`: for a to lead at
    /// one value and b at another under the same other answers, the question's own rules must
    /// move score(a) − score(b) by at least a point between the two values (the rest of the
    /// difference is the same at both), and its table bounds how far they can. (So a question
    /// whose rules give every contender the same points changes nothing.)
    private func canFlip(_ question: QuestionIndex, _ masks: [UInt64], _ contenders: UInt64, _ state: BoundState) -> Bool {
        let options = Self.options(in: contenders)
        for first in options {
            for second in options where second != first {
                let up = state.bestEntry(question, first, second) { masks[$0] & Self.bit(first) != 0 }
                let down = state.bestEntry(question, second, first) { masks[$0] & Self.bit(second) != 0 }
                if up != Int.min, down != Int.min, up + down >= 1 { return true }
            }
        }
        return false
    }

    // MARK: Flips

    /// Tries, at the complete assignment `leaf` of the free questions, every other value of each
    /// free question; returns the questions whose change changes the recommendation there.
    func pivots(at leaf: [Int], free: [QuestionIndex], _ state: inout BoundState) -> [QuestionIndex] {
        for question in free { state.set(question, leaf[question]) }
        let leader = state.leader()
        var found: [QuestionIndex] = []
        for question in free {
            for index in 0..<model.domainSizes[question] where index != leaf[question] {
                state.set(question, index)
                let changed = state.leader() != leader
                state.set(question, leaf[question])
                if changed {
                    found.append(question)
                    break
                }
            }
        }
        for question in free.reversed() { state.set(question, nil) }
        return found
    }
}
