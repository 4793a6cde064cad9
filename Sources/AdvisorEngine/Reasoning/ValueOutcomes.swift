import AdvisorModel

/// The outcome under each value (domain index) of one free question of a state: the
/// recommendation that every completion gives with the question at that value, or nil when
/// completions give different ones. Exact, and worked out lazily, value by value: one completion
/// of the other free questions, scored at every value at once, shows an option that leads at each;
/// it is the outcome exactly when no rival can beat it at that value in any completion, which one
/// search per rival decides (`Reasoner.reaches`). Values that every rule still able to fire
/// treats alike share one outcome.
package struct ValueOutcomes {
    let reasoner: Reasoner
    package let question: QuestionIndex
    private var state: BoundState
    /// An option that leads at each value in some completion.
    private let leading: [OptionIndex]
    /// The outcomes worked out so far.
    private var decided: [OptionIndex??]
    /// For each value, the first value that every rule still able to fire treats alike (so both
    /// give the same scores in every completion): its outcome stands for both.
    private let representative: [Int]

    /// The outcomes of `question`, free in `state`.
    package init(of question: QuestionIndex, in state: BoundState, reasoner: Reasoner) {
        precondition(state.isFree(question), "the question must be free")
        self.reasoner = reasoner
        self.question = question
        self.state = state
        // Who leads at each value under one completion of the other free questions.
        leading = LeafScorer(model: reasoner.model, value: Reasoner.completion(state)).leaders(across: question)
        decided = Array(repeating: nil, count: leading.count)
        representative = Self.representatives(of: question, in: state)
    }

    /// Values whose tests by the rules that can still fire all agree get one representative;
    /// rules ruled out by the answers given (most of them, late in an interview) cut nothing.
    private static func representatives(of question: QuestionIndex, in state: BoundState) -> [Int] {
        let model = state.model, size = model.domainSizes[question]
        var signatures = Array(repeating: [UInt64](), count: size)
        var parts = 0
        for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
            let rule = model.questionRules[slot]
            guard state.canFire(rule) else { continue }
            // A rule kept as a condition tree may tell any two values apart.
            if model.general[rule] != nil { return Array(0..<size) }
            for part in model.questionStart[rule]..<model.questionStart[rule + 1] where model.questions[part] == question {
                if parts % 64 == 0 { for index in 0..<size { signatures[index].append(0) } }
                for index in 0..<size where model.allowed[model.allowedStart[part] + index] {
                    signatures[index][parts / 64] |= 1 << UInt64(parts % 64)
                }
                parts += 1
            }
        }
        var first: [[UInt64]: Int] = [:]
        return (0..<size).map { index in
            if let known = first[signatures[index]] { return known }
            first[signatures[index]] = index
            return index
        }
    }

    /// The outcome with the question at `value`.
    mutating func callAsFunction(_ value: Int) -> OptionIndex? {
        let index = representative[value]
        if let known = decided[index] { return known }
        // The option seen to lead here leads in every completion exactly when no rival can beat
        // it in any.
        let leader = leading[index]
        state.set(question, index)
        let unbeaten = (0..<reasoner.model.optionCount).allSatisfy { rival in
            rival == leader || !reasoner.reaches(rival, leader, rival < leader ? 0 : 1, &state)
        }
        state.set(question, nil)
        let outcome = unbeaten ? leader : nil
        decided[index] = .some(outcome)
        return outcome
    }
}
