/// The outcome under each value (domain index) of one free question of a state: the
/// recommendation that every completion gives with the question at that value, or nil when
/// completions give different ones. Exact, and worked out lazily, value by value, with as few
/// searches as it can: each witness a search finds is scored at every value of the question at
/// once, so a value where two options have been seen to lead is unsettled without a search of its
/// own; a search is needed only to prove that the one option seen to lead at a value is the only
/// one that can.
struct ValueOutcomes {
    let reasoner: Reasoner
    let question: QuestionIndex
    private var state: BoundState
    /// The options seen to lead at each value, and whether that is proved to be all of them.
    private var seen: [UInt64]
    private var proved: [Bool]

    /// The outcomes of `question`, free in `state`.
    init(of question: QuestionIndex, in state: BoundState, reasoner: Reasoner) {
        precondition(state.isFree(question), "the question must be free")
        self.reasoner = reasoner
        self.question = question
        self.state = state
        seen = Array(repeating: 0, count: reasoner.model.domainSizes[question])
        proved = Array(repeating: false, count: seen.count)
        record(Reasoner.completion(state))
    }

    /// The outcome with the question at `index`.
    mutating func callAsFunction(_ index: Int) -> OptionIndex? {
        while undecided(index) {
            state.set(question, index)
            defer { state.set(question, nil) }
            let witnesses = reasoner.leaders(&state, other: seen[index])
            if witnesses.keys.allSatisfy({ seen[index] & Reasoner.bit($0) != 0 }) { proved[index] = true }
            for witness in witnesses.values { record(witness) }
        }
        return seen[index].nonzeroBitCount == 1 ? seen[index].trailingZeroBitCount : nil
    }

    /// True while more than the options seen may lead at `index`.
    private func undecided(_ index: Int) -> Bool { !proved[index] && seen[index].nonzeroBitCount < 2 }

    /// Notes the leader under `witness`'s other answers at every value of the question.
    private mutating func record(_ witness: [Int]) {
        let leaders = LeafScorer(model: reasoner.model, value: witness).leaders(across: question)
        for index in seen.indices where undecided(index) {
            seen[index] |= Reasoner.bit(leaders[index])
        }
    }
}

extension Reasoner {
    /// Searches for a completion of `state` where an option outside `known` leads, stopping at
    /// the first; returns every option met leading on the way, each with its witness (empty only
    /// when `known` holds every option that can lead).
    func leaders(_ state: inout BoundState, other known: UInt64) -> [OptionIndex: [Int]] {
        var found: [OptionIndex: [Int]] = [:]
        var free = Self.freeQuestions(state)
        // The search for an option already known to lead is short and often meets others on the way.
        let candidates = Self.options(in: state.possible() & known) + Self.options(in: state.possible() & ~known)
        for option in candidates where found[option] == nil {
            _ = lead(option, &state, &free, &found)
            if found.keys.contains(where: { known & Self.bit($0) == 0 }) { break }
        }
        return found
    }
}
