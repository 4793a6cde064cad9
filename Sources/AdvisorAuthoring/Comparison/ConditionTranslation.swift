import AdvisorModel

/// Moves one rule base's conditions onto the union questions of a comparison
/// (`ComparisonVocabulary`), where a choice question may have choices the base lacks.
///
/// An answer naming such a choice counts as unanswered in the base, so an atom on it is unknown
/// there, and a rule fires only where its condition is certainly true (Kleene's logic, as
/// `Engine.evaluate` reads it). `certainlyTrue` and `certainlyFalse` spell those two sets as
/// ordinary two-valued conditions over the union, so the search and the solver need no third value.
package struct ConditionTranslation {
    /// The union position of each of the base's questions.
    let question: [QuestionIndex: QuestionIndex]
    /// For each union question, the union position of each of the base's choices.
    let choices: [[Int]]

    /// Where `condition` is certainly true in the base.
    package func certainlyTrue(_ condition: Condition) -> Condition {
        switch condition {
        case .constant: return condition
        case .isTrue(let own): return .isTrue(union(own))
        case .integerIn(let own, let interval): return .integerIn(union(own), interval)
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
        case .isTrue, .integerIn: return .not(certainlyTrue(condition))
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
