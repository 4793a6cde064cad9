import AdvisorModel

/// Moves one rule base's conditions onto the union questions of a comparison
/// (`ComparisonVocabulary`), where a choice question may have choices the base lacks.
///
/// An answer naming such a choice, or a number outside the base's own range (when the union's
/// range is wider), counts as unanswered in the base, so an atom on it is unknown there, and a rule fires only where its condition is certainly true (Kleene's logic, as
/// `Engine.evaluate` reads it). `certainlyTrue` and `certainlyFalse` spell those two sets as
/// ordinary two-valued conditions over the union, so the search and the solver need no third value.
package struct ConditionTranslation {
    /// The union position of each of the base's questions.
    let question: [QuestionIndex: QuestionIndex]
    /// For each union question, the union position of each of the base's choices.
    let choices: [[Int]]
    /// The base's own range of the union number questions whose union range is wider.
    var ranges: [QuestionIndex: ClosedRange<Int>] = [:]

    /// Where `condition` is certainly true in the base.
    package func certainlyTrue(_ condition: Condition) -> Condition {
        switch condition {
        case .constant: return condition
        case .isTrue(let own): return .isTrue(union(own))
        case .integerIn(let own, let interval):
            guard let range = ranges[union(own)] else { return .integerIn(union(own), interval) }
            let within = IntegerInterval(lower: max(interval.lower, range.lowerBound), upper: min(interval.upper, range.upperBound))
            return within.isEmpty ? .constant(false) : .integerIn(union(own), within)
        case .choiceIn(let own, let members): return .choiceIn(union(own), choicePositions(union(own), members))
        case .not(let inner): return certainlyFalse(inner)
        case .and(let parts): return .and(parts.map(certainlyTrue))
        case .or(let parts): return .or(parts.map(certainlyTrue))
        }
    }

    /// Where `condition` is certainly false in the base.
    package func certainlyFalse(_ condition: Condition) -> Condition {
        switch condition {
        case .constant(let value): return .constant(!value)
        case .isTrue: return .not(certainlyTrue(condition))
        case .integerIn(let own, let interval):
            guard let range = ranges[union(own)] else { return .not(certainlyTrue(condition)) }
            // The base's numbers outside the interval: below it and above it, within the range.
            var parts: [Condition] = []
            if interval.lower > range.lowerBound {
                parts.append(.integerIn(union(own), IntegerInterval(lower: range.lowerBound, upper: min(interval.lower - 1, range.upperBound))))
            }
            if interval.upper < range.upperBound {
                parts.append(.integerIn(union(own), IntegerInterval(lower: max(interval.upper + 1, range.lowerBound), upper: range.upperBound)))
            }
            return parts.isEmpty ? .constant(false) : parts.count == 1 ? parts[0] : .or(parts)
        case .choiceIn(let own, let members):
            let position = union(own)
            let others = choices[position].indices.filter { !members.contains($0) }
            return .choiceIn(position, choicePositions(position, others))
        case .not(let inner): return certainlyTrue(inner)
        case .and(let parts): return .or(parts.map(certainlyFalse))
        case .or(let parts): return .and(parts.map(certainlyFalse))
        }
    }

    /// The condition with only its questions and choices renumbered, for telling whether a rule's
    /// condition changed (not for evaluation: it does not make missing choices unknown).
    package func renumbered(_ condition: Condition) -> Condition {
        switch condition {
        case .constant: return condition
        case .isTrue(let own): return .isTrue(union(own))
        case .integerIn(let own, let interval): return .integerIn(union(own), interval)
        case .choiceIn(let own, let members): return .choiceIn(union(own), choicePositions(union(own), members))
        case .not(let inner): return .not(renumbered(inner))
        case .and(let parts): return .and(parts.map(renumbered))
        case .or(let parts): return .or(parts.map(renumbered))
        }
    }

    private func union(_ own: QuestionIndex) -> QuestionIndex { question[own] ?? own }

    /// The base's choice indices as union positions, sorted (conditions keep their sets sorted).
    private func choicePositions(_ question: QuestionIndex, _ members: [Int]) -> [Int] {
        let map = choices.indices.contains(question) ? choices[question] : []
        return members.compactMap { map.indices.contains($0) ? map[$0] : nil }.sorted()
    }
}
