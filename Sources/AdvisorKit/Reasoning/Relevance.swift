/// Which free questions can change the recommendation: a question matters exactly when, for some
/// answers to the other free questions, two of its own answers lead to different recommendations.
extension Reasoner {
    /// For each free question of `state` (in `free`), whether it can change the recommendation.
    /// `known` holds questions already shown to matter (by a pair of completions that differ in
    /// them alone); the others are decided by a search.
    func relevance(_ state: inout BoundState, free: [QuestionIndex], known: Set<QuestionIndex>) -> [QuestionIndex: Bool] {
        var result: [QuestionIndex: Bool] = [:]
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
            var others = free.filter { $0 != question }
            // The question owns every rule that reads it, so its table shows what each of its values does.
            var rank = (0..<model.questionCount).map { model.domainSizes[$0] * model.questionCount + $0 + 1 }
            rank[question] = 0
            var local = BoundState(model: model, values: state.value.map { $0 < 0 ? nil : $0 }, rank: rank)
            result[question] = canChange(question, &local, &others)
        }
        return result
    }

    /// Whether some completion of the other free questions lets `question`'s answer change the recommendation.
    private func canChange(_ question: QuestionIndex, _ state: inout BoundState, _ free: inout [QuestionIndex]) -> Bool {
        let masks = state.possibleByValue(question)
        // A value that settles on one option while another value rules that option out: it matters everywhere below.
        for mask in masks where mask.nonzeroBitCount == 1 {
            if masks.contains(where: { $0 & mask == 0 }) { return true }
        }
        if masks.allSatisfy({ $0 == masks[0] }) && masks[0].nonzeroBitCount == 1 { return false }
        let contenders = masks.reduce(0, |)
        if !movesContenders(question, contenders, state) || free.isEmpty { return false }
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
        for index in 0..<model.domainSizes[branch] {
            state.set(branch, index)
            let found = canChange(question, &state, &free)
            state.set(branch, nil)
            if found { return true }
        }
        return false
    }

    /// False when every rule reading `question` that can still fire gives the same points to all
    /// the `contenders` (the only options that can lead): then its answer changes no comparison
    /// that decides the recommendation.
    private func movesContenders(_ question: QuestionIndex, _ contenders: UInt64, _ state: BoundState) -> Bool {
        let options = Self.options(in: contenders)
        guard let first = options.first else { return false }
        for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
            let rule = model.questionRules[slot]
            guard state.canFire(rule) else { continue }
            let base = rule * model.optionCount
            if options.contains(where: { model.points[base + $0] != model.points[base + first] }) { return true }
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
