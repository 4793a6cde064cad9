import AdvisorModel

/// The exact reasoning core: branch and bound over the free questions of a `ScoreModel`.
///
/// Every answer it gives is exact. The searches prune only where the bounds of `BoundState`
/// prove that no completion below can matter, and decide at complete assignments by the exact
/// scores, so they agree with trying every combination (a property test checks this against
/// brute force). They are exponential only in the worst case: the bounds on differences see
/// that a question moving every option alike changes nothing, and a search ends as soon as the
/// remaining questions no longer interact.
package struct Reasoner {
    package let model: ScoreModel

    package init(model: ScoreModel) { self.model = model }

    /// Mask of one option.
    @inline(__always) package static func bit(_ option: Int) -> UInt64 { 1 << UInt64(option) }

    /// The options of a mask, in order.
    package static func options(in mask: UInt64) -> [OptionIndex] {
        (0..<64).filter { mask & bit($0) != 0 }
    }

    /// The domain indices of the answers given (nil: not answered).
    package func values(of answers: Answers) -> [Int?] {
        (0..<model.questionCount).map { model.index(of: answers[$0], question: $0) }
    }

    /// The free questions of a state, in question order.
    static func freeQuestions(_ state: BoundState) -> [QuestionIndex] {
        state.value.indices.filter { state.isFree($0) }
    }

    // MARK: Who can lead

    /// Every option that leads in some completion of `state`, each with one complete assignment
    /// (domain indices) where it does.
    package func leaders(_ state: inout BoundState, stopAfter limit: Int = Int.max) -> [OptionIndex: [Int]] {
        var found: [OptionIndex: [Int]] = [:]
        var free = Self.freeQuestions(state)
        for option in Self.options(in: state.possible()) where found[option] == nil {
            if found.count >= limit { break }
            _ = lead(option, &state, &free, &found)
        }
        return found
    }

    /// The recommendation if every completion of `state` gives the same one, else nil.
    package func settled(_ state: inout BoundState) -> OptionIndex? {
        let mask = state.possible()
        if mask.nonzeroBitCount == 1 { return mask.trailingZeroBitCount }
        let found = leaders(&state, stopAfter: 2)
        return found.count == 1 ? found.keys.first : nil
    }

    /// Searches for a completion where `target` leads; records every option found to lead
    /// somewhere on the way (with a witness) in `found`.
    private func lead(_ target: Int, _ state: inout BoundState, _ free: inout [QuestionIndex], _ found: inout [OptionIndex: [Int]]) -> Bool {
        let mask = state.possible()
        if mask.nonzeroBitCount == 1 {
            let option = mask.trailingZeroBitCount
            if found[option] == nil { found[option] = Self.completion(state) }
            return option == target
        }
        guard mask & Self.bit(target) != 0, !free.isEmpty else { return false }
        // The rival closest to beating the target, and the question that moves that most.
        guard let rival = state.closestRival(of: target)?.option else { return false }
        let position = Self.widest(free, state) { state.spread($0, target, rival) }
        let question = free.remove(at: position)
        defer { free.insert(question, at: position) }
        let order = (0..<model.domainSizes[question]).sorted {
            state.tableEntry(question, $0, target, rival) > state.tableEntry(question, $1, target, rival)
        }
        for index in order {
            state.set(question, index)
            let done = lead(target, &state, &free, &found)
            state.set(question, nil)
            if done { return true }
        }
        return false
    }

    /// The position in `free` of the question with the largest `measure` (the first on ties).
    package static func widest(_ free: [QuestionIndex], _ state: BoundState, _ measure: (QuestionIndex) -> Int) -> Int {
        var best = 0, widest = Int.min
        for (position, question) in free.enumerated() {
            let width = measure(question)
            if width > widest {
                widest = width
                best = position
            }
        }
        return best
    }

    /// The assignment of `state` with each free question at its first value.
    package static func completion(_ state: BoundState) -> [Int] {
        state.value.map { max(0, $0) }
    }

    // MARK: Score ranges

    /// The exact maximum of score(first) − score(second) over the completions of `state`
    /// (`model.optionCount` stands for zero, so `maximum(a, zero)` is a's highest score).
    package func maximum(_ first: Int, _ second: Int, _ state: inout BoundState) -> Int {
        maximize(first, second, &state, Self.freeQuestions(state), floor: Int.min, stopping: false)
    }

    /// Whether score(first) − score(second) reaches `target` in some completion of `state`: the
    /// maximum's search, but pruning every branch that cannot reach the target and stopping at
    /// the first completion that does.
    package func reaches(_ first: Int, _ second: Int, _ target: Int, _ state: inout BoundState) -> Bool {
        maximize(first, second, &state, Self.freeQuestions(state), floor: target, stopping: true) >= target
    }

    /// The maximum of the bound over the assignments of `free` (the other free questions kept
    /// free): the exact maximum once `free` holds every free question. Free questions that no
    /// undecided rule with points for the pair joins form independent groups, each maximized on
    /// its own: their shares of the bound add up. A result below `floor` is only a bound that
    /// says the floor is out of reach (which lets the search prune more); one at or above it is
    /// exact, or, when `stopping`, reached by some completion (the search stops there).
    private func maximize(_ first: Int, _ second: Int, _ state: inout BoundState, _ free: [QuestionIndex], floor: Int, stopping: Bool) -> Int {
        let start = state.upper(first, second)
        if start < floor { return start }
        let groups = components(of: free, first, second, state)
        if groups.isEmpty { return start }
        if groups.count > 1 || groups[0].count < free.count {
            // Each group's share of the bound, replaced in turn by its exact maximum.
            var total = start
            for group in groups {
                let share = maximize(first, second, &state, group, floor: floor == Int.min ? Int.min : floor - total + start, stopping: stopping) - start
                total += share
                if total < floor { return total }
            }
            return total
        }
        var best = floor == Int.min ? Int.min : floor - 1
        let position = Self.widest(free, state) { question in
            state.spread(question, first, second) * 1024 + model.questionRuleStart[question + 1] - model.questionRuleStart[question]
        }
        let question = free[position]
        var rest = free
        rest.remove(at: position)
        let order = (0..<model.domainSizes[question]).sorted {
            state.tableEntry(question, $0, first, second) > state.tableEntry(question, $1, first, second)
        }
        for index in order {
            state.set(question, index)
            if state.upper(first, second) > best {
                best = max(best, maximize(first, second, &state, rest, floor: best == Int.min ? Int.min : best + 1, stopping: stopping))
            }
            state.set(question, nil)
            if stopping && best >= floor { break }
        }
        return best
    }

    /// The groups of questions of `free` joined by undecided rules that read two or more of them
    /// and give the pair different points; questions in no such rule are left out (the bound is
    /// already exact for them).
    private func components(of free: [QuestionIndex], _ first: Int, _ second: Int, _ state: BoundState) -> [[QuestionIndex]] {
        var parent: [QuestionIndex: QuestionIndex] = [:]
        for question in free { parent[question] = question }
        func root(_ question: QuestionIndex) -> QuestionIndex {
            var current = question
            while let next = parent[current], next != current { current = next }
            return current
        }
        var joined: Set<QuestionIndex> = []
        let pair = first * model.width + second, reverse = second * model.width + first
        for question in free {
            for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
                let rule = model.questionRules[slot]
                guard (model.pairStart[rule]..<model.pairStart[rule + 1]).contains(where: { model.pairs[$0] == pair || model.pairs[$0] == reverse }),
                    state.canFire(rule)
                else { continue }
                var others: [QuestionIndex] = []
                for read in model.questionStart[rule]..<model.questionStart[rule + 1] {
                    let other = model.questions[read]
                    if other != question, parent[other] != nil, !others.contains(other) { others.append(other) }
                }
                for other in others {
                    joined.insert(question)
                    joined.insert(other)
                    parent[root(other)] = root(question)
                }
            }
        }
        var groups: [QuestionIndex: [QuestionIndex]] = [:]
        for question in free where joined.contains(question) { groups[root(question), default: []].append(question) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// Each option's lowest and highest score over the completions of `state`.
    package func scoreRanges(_ state: inout BoundState) -> [ClosedRange<Int>] {
        let zero = model.optionCount
        return (0..<model.optionCount).map { option in
            let high = maximum(option, zero, &state), low = -maximum(zero, option, &state)
            return low...high
        }
    }
}
