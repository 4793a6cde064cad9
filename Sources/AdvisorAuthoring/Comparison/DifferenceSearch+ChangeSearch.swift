import AdvisorEngine
import AdvisorModel

/// How `rules diff` decides, beside the solver, a change of recommendation (old option → new
/// option) that its listing did not meet: a branch and bound over both rule bases at once, tried
/// briefly before the solver and at length when the solver runs out of time. It prunes a point
/// when the bounds show that `from` cannot lead in the old base below it, or `to` in the new one,
/// or (with the same options) that the rules that differ cannot move `to` ahead of `from` by the
/// point a change needs; it branches on the question that moves the closest of those comparisons
/// most.
extension DifferenceSearch {
    /// What the branch and bound found for one change.
    package enum ChangeSearchResult: Equatable {
        case example([Int])
        case none
        /// It would visit more than its budget of points.
        case outOfBudget
    }

    /// Points of the short look before the solver is asked.
    static let quickChangeBudget = 20_000

    /// A combination where the old base recommends `from` and the new one `to`, or proof there is none.
    func searchChange(from: OptionIndex, to: OptionIndex, budget: Int) -> ChangeSearchResult {
        let free = Array(repeating: Int?.none, count: space.questions.count)
        var states = (old: BoundState(model: old, values: free), new: BoundState(model: new, values: free))
        var shift = delta.map { BoundState(model: $0, values: free) }
        var left = budget
        var open = Array(space.questions.indices)
        return descend(from, to, &states, &shift, &open, &left)
    }

    private func descend(
        _ from: OptionIndex, _ to: OptionIndex, _ states: inout (old: BoundState, new: BoundState), _ shift: inout BoundState?,
        _ open: inout [QuestionIndex], _ left: inout Int
    ) -> ChangeSearchResult {
        left -= 1
        if left < 0 { return .outOfBudget }
        // The tightest comparison each side needs: its rival, and how much room it has.
        let oldRival = states.old.closestRival(of: from), newRival = states.new.closestRival(of: to)
        if (oldRival?.room ?? 0) < 0 || (newRival?.room ?? 0) < 0 { return .none }
        let oldOther = oldRival?.option ?? from, newOther = newRival?.option ?? to
        // With the same options: the change needs the differing rules to move `to` ahead of `from`.
        if let shift, shift.upper(to, from) < 1 { return .none }
        let oldSettled = states.old.possible() == Reasoner.bit(from), newSettled = states.new.possible() == Reasoner.bit(to)
        if oldSettled && newSettled || open.isEmpty {
            let values = Reasoner.completion(states.old)
            let holds =
                LeafScorer(model: old, value: values).leader == from && LeafScorer(model: new, value: values).leader == to
            return holds ? .example(values) : .none
        }
        let position = Reasoner.widest(open, states.old) { question in
            max(states.old.spread(question, from, oldOther), states.new.spread(question, to, newOther))
        }
        let question = open.remove(at: position)
        defer { open.insert(question, at: position) }
        // Values that help both sides most first.
        let gain = (0..<space.sizes[question]).map {
            states.old.tableEntry(question, $0, from, oldOther) + states.new.tableEntry(question, $0, to, newOther)
        }
        let order = gain.indices.sorted { gain[$0] > gain[$1] }
        for index in order {
            states.old.set(question, index)
            states.new.set(question, index)
            shift?.set(question, index)
            let found = descend(from, to, &states, &shift, &open, &left)
            states.old.set(question, nil)
            states.new.set(question, nil)
            shift?.set(question, nil)
            if found != .none { return found }
        }
        return .none
    }
}
