extension RuleBaseComparison {
    /// A report for people: one line per region
    /// ("users 11–15, variable_bills = accept: break_fix → managed_services (12 combinations)"),
    /// then the rules added, removed and changed (with what changed), and a summary line.
    public func text() -> String {
        var out: [String] = []
        if regions.isEmpty {
            out.append("No answers change their recommendation.")
        } else {
            out.append("Answers whose recommendation changes (old → new):")
            out += regions.map { "  " + $0.summary }
        }
        out.append("")
        out.append("rules added: " + list(addedRules))
        out.append("rules removed: " + list(removedRules))
        let changed = changedRules.map { id in
            let aspects = ruleChanges[id] ?? []
            return aspects.isEmpty ? id : "\(id) (\(aspects.joined(separator: ", ")))"
        }
        out.append("rules changed: " + list(changed))
        out.append("")
        out.append(summaryLine)
        return out.joined(separator: "\n") + "\n"
    }

    /// "18 of 864 answer combinations change recommendation; rules: 0 added, 0 removed, 1 changed."
    public var summaryLine: String {
        if isEmpty {
            return "No differences: all \(totalCombinations) answer combinations get the same recommendation, and the rules are the same."
        }
        return "\(changedCombinations) of \(Prose.count(totalCombinations, "answer combination")) "
            + "(numbers grouped at the rules' thresholds) change recommendation; "
            + "rules: \(addedRules.count) added, \(removedRules.count) removed, \(changedRules.count) changed."
    }

    /// The comparison for tools:
    /// `{"regions": [{"constraints": {"users": "11–15", …}, "from", "to", "count"}],
    /// "changed_combinations", "total_combinations", "rules": {"added", "removed", "changed"}}`.
    public func json() -> String {
        let regionValues: [JSONValue] = regions.map { region in
            .object([
                ("constraints", .object(region.constraints.map { ($0.question, .string($0.description)) })),
                ("from", .string(region.from)),
                ("to", .string(region.to)),
                ("count", .number(region.count)),
            ])
        }
        let value = JSONValue.object([
            ("regions", .array(regionValues)),
            ("changed_combinations", .number(changedCombinations)),
            ("total_combinations", .number(totalCombinations)),
            ("rules", .object([
                ("added", .array(addedRules.map { .string($0) })),
                ("removed", .array(removedRules.map { .string($0) })),
                ("changed", .array(changedRules.map { .string($0) })),
            ])),
        ])
        return value.serialized()
    }

    private func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
}
