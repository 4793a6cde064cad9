import AdvisorModel

/// Which rules two rule bases share, and what differs in those with the same id.
package struct RuleChanges {
    package var added: [String] = []
    package var removed: [String] = []
    /// Rule id → the aspects that differ ("condition", "points", "caveat", "because", "source" or
    /// "assumption", "interpretation").
    package var changed: [String: [String]] = [:]

    /// `newPosition` maps each old question position to the new one (questions are matched by id).
    package init(old: RuleBase, new: RuleBase, newPosition: [QuestionIndex]) {
        var oldByID: [String: Rule] = [:]
        for rule in old.rules where oldByID[rule.id] == nil { oldByID[rule.id] = rule }
        var newByID: [String: Rule] = [:]
        for rule in new.rules where newByID[rule.id] == nil { newByID[rule.id] = rule }
        added = newByID.keys.filter { oldByID[$0] == nil }.sorted()
        removed = oldByID.keys.filter { newByID[$0] == nil }.sorted()
        for (id, before) in oldByID {
            guard let after = newByID[id] else { continue }
            var aspects: [String] = []
            if Self.remapped(before.condition, newPosition) != after.condition { aspects.append("condition") }
            if Self.points(before, old) != Self.points(after, new) { aspects.append("points") }
            if before.caveat != after.caveat || Self.ids(before.ifRecommended, old) != Self.ids(after.ifRecommended, new) {
                aspects.append("caveat")
            }
            if before.because != after.because { aspects.append("because") }
            if Self.cited(before.provenance) != Self.cited(after.provenance) { aspects.append(after.provenance.source == nil ? "assumption" : "source") }
            if before.interpretation != after.interpretation { aspects.append("interpretation") }
            if !aspects.isEmpty { changed[id] = aspects }
        }
    }

    /// What a provenance cites, without where the claims are written (folders differ).
    private static func cited(_ provenance: Provenance) -> [String] {
        [provenance.source ?? "", provenance.assumption ?? ""] + provenance.claims.map { "\($0.id): \($0.says)" }
    }

    /// Points per option id; the order they were written in does not matter.
    private static func points(_ rule: Rule, _ ruleBase: RuleBase) -> [String: Int] {
        var result: [String: Int] = [:]
        for effect in rule.points where ruleBase.options.indices.contains(effect.option) {
            result[ruleBase.options[effect.option].id, default: 0] += effect.points
        }
        return result.filter { $0.value != 0 }
    }

    private static func ids(_ options: [OptionIndex], _ ruleBase: RuleBase) -> Set<String> {
        Set(options.filter { ruleBase.options.indices.contains($0) }.map { ruleBase.options[$0].id })
    }

    /// The condition with its questions renumbered for the new rule base (choices keep their
    /// positions: the comparison requires the same choices in the same order).
    static func remapped(_ condition: Condition, _ positions: [QuestionIndex]) -> Condition {
        func map(_ question: QuestionIndex) -> QuestionIndex {
            positions.indices.contains(question) ? positions[question] : question
        }
        switch condition {
        case .constant: return condition
        case .isTrue(let question): return .isTrue(map(question))
        case .integerIn(let question, let interval): return .integerIn(map(question), interval)
        case .choiceIn(let question, let members): return .choiceIn(map(question), members)
        case .not(let inner): return .not(remapped(inner, positions))
        case .and(let parts): return .and(parts.map { remapped($0, positions) })
        case .or(let parts): return .or(parts.map { remapped($0, positions) })
        }
    }
}
