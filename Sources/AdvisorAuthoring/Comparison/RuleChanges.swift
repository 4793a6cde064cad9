import AdvisorModel

/// Which rules two rule bases share, and what differs in those with the same id.
package struct RuleChanges {
    package var added: [String] = []
    package var removed: [String] = []
    /// Rule id → the aspects that differ ("condition", "points", "caveat", "because", "source" or
    /// "assumption", "interpretation").
    package var changed: [String: [String]] = [:]

    /// Compares the rules of `old` and `new`, their conditions over the union of their questions
    /// and choices (`vocabulary`).
    package init(old: RuleBase, new: RuleBase, vocabulary: ComparisonVocabulary) {
        let before = vocabulary.translation(isOld: true), after = vocabulary.translation(isOld: false)
        var oldByID: [String: Rule] = [:]
        for rule in old.rules where oldByID[rule.id] == nil { oldByID[rule.id] = rule }
        var newByID: [String: Rule] = [:]
        for rule in new.rules where newByID[rule.id] == nil { newByID[rule.id] = rule }
        added = newByID.keys.filter { oldByID[$0] == nil }.sorted()
        removed = oldByID.keys.filter { newByID[$0] == nil }.sorted()
        for (id, oldRule) in oldByID {
            guard let newRule = newByID[id] else { continue }
            var aspects: [String] = []
            if before.renumbered(oldRule.condition) != after.renumbered(newRule.condition) { aspects.append("condition") }
            if Self.points(oldRule, old) != Self.points(newRule, new) { aspects.append("points") }
            if oldRule.caveat != newRule.caveat || Self.ids(oldRule.ifRecommended, old) != Self.ids(newRule.ifRecommended, new) {
                aspects.append("caveat")
            }
            if oldRule.because != newRule.because { aspects.append("because") }
            if Self.cited(oldRule.provenance) != Self.cited(newRule.provenance) {
                aspects.append(newRule.provenance.source == nil ? "assumption" : "source")
            }
            if oldRule.interpretation != newRule.interpretation { aspects.append("interpretation") }
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
}
