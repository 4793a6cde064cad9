import BigInt

/// How many complete answer combinations have some property, and the first of them.
struct RegionCount {
    /// The first combination with the property (domain indices per question), in the order
    /// that varies the last question fastest; nil when there is none.
    var example: [Int]?
    /// How many combinations have it: all of them when `isComplete`, else those counted before
    /// the counting stopped (so a lower bound).
    var count: BigUInt = 0
    var isComplete = true
}

/// What a search may conclude about every completion below a point.
enum Verdict {
    /// None has the property.
    case none
    /// All have it.
    case all
    /// Not known: look closer (only at points with free questions).
    case unknown
}

extension Reasoner {
    /// Finds the first combination (questions in order, values in domain order) whose completions
    /// `classify` accepts, and counts them all. Exact: whether there is one, and which is first,
    /// is always searched to the end. Counting goes on after the first one for at most `budget`
    /// more points of the search; past that, the count is what was counted so far.
    func count(_ state: inout BoundState, budget: Int, _ classify: (BoundState) -> Verdict) -> RegionCount {
        let free = Self.freeQuestions(state)
        var sizes: [BigUInt] = Array(repeating: 1, count: free.count + 1)
        for position in free.indices.reversed() { sizes[position] = sizes[position + 1] * BigUInt(model.domainSizes[free[position]]) }
        var result = RegionCount()
        var visited = 0
        walk(0, free, sizes, &state, &result, &visited, budget, classify)
        return result
    }

    private func walk(
        _ depth: Int, _ free: [QuestionIndex], _ sizes: [BigUInt], _ state: inout BoundState, _ result: inout RegionCount,
        _ visited: inout Int, _ budget: Int, _ classify: (BoundState) -> Verdict
    ) {
        if result.example != nil {
            visited += 1
            if visited > budget { result.isComplete = false }
        }
        guard result.isComplete else { return }
        switch classify(state) {
        case .none: return
        case .all:
            if result.example == nil { result.example = Self.completion(state) }
            result.count += sizes[depth]
            return
        case .unknown:
            guard depth < free.count else { return }
        }
        let question = free[depth]
        for index in 0..<model.domainSizes[question] {
            state.set(question, index)
            walk(depth + 1, free, sizes, &state, &result, &visited, budget, classify)
            state.set(question, nil)
            if !result.isComplete { return }
        }
    }
}
