import AdvisorModel

/// What a search may conclude about every completion below a point.
package enum Verdict {
    /// None has the property.
    case none
    /// All have it.
    case all
    /// Not known: look closer (only at points with free questions).
    case unknown
}

extension Reasoner {
    /// The first combination (questions in order, values in domain order) whose completions
    /// `classify` accepts, as domain indices per question; nil when there is none. Exact: the
    /// search prunes only where `classify` rules every completion out.
    package func firstExample(_ state: inout BoundState, _ classify: (BoundState) -> Verdict) -> [Int]? {
        let free = Self.freeQuestions(state)
        return walk(0, free, &state, classify)
    }

    private func walk(_ depth: Int, _ free: [QuestionIndex], _ state: inout BoundState, _ classify: (BoundState) -> Verdict) -> [Int]? {
        switch classify(state) {
        case .none: return nil
        case .all: return Self.completion(state)
        case .unknown: guard depth < free.count else { return nil }
        }
        let question = free[depth]
        for index in 0..<model.domainSizes[question] {
            state.set(question, index)
            let found = walk(depth + 1, free, &state, classify)
            state.set(question, nil)
            if let found { return found }
        }
        return nil
    }
}
