import AdvisorEngine
import AdvisorModel
import BigInt

extension RuleBaseComparison {
    /// A report for people: when the questions or choices differ, first those added, removed or
    /// renamed, and the questions whose range or kind of answer changed; then one line per region
    /// ("users 11–15, variable_bills = accept: break_fix → managed_services (12 combinations)"),
    /// then the rules added, removed and changed (with what changed), and a summary line.
    public func text() -> String {
        var out: [String] = []
        if !vocabulary.isEmpty {
            out.append("questions added: " + list(vocabulary.addedQuestions))
            out.append("questions removed: " + list(vocabulary.removedQuestions))
            out.append("choices added: " + list(vocabulary.addedChoices.map(\.description)))
            out.append("choices removed: " + list(vocabulary.removedChoices.map(\.description)))
            if !vocabulary.renamedChoices.isEmpty { out.append("choices renamed: " + list(vocabulary.renamedChoices.map(\.description))) }
            let ranges = vocabulary.changedQuestions.filter { $0.aspect == .range }
            if !ranges.isEmpty {
                out.append("ranges changed: " + list(ranges.map(\.description)) + " (a number outside one range counts there as unanswered)")
            }
            for change in vocabulary.changedQuestions where change.aspect == .kind {
                out.append(
                    "kind changed: \(change) (compared as two questions, \(change.question) (old) and \(change.question) (new), "
                        + "each read by its own rule base only)")
            }
            out.append("")
        }
        if regions.isEmpty && changes.isEmpty {
            out.append("No answers change their recommendation.")
        } else if isComplete {
            out.append("Answers whose recommendation changes (old → new):")
            out += regions.map { "  " + $0.summary }
        } else {
            out.append(
                "Answers whose recommendation changes (old → new), the first \(Prose.count(regions.count, "region")) found (there are more):")
            out += regions.map { "  " + $0.summary }
            out.append("")
            out.append("Every change of recommendation, with the first answers that make it:")
            out += changes.map { change in
                "  \(change.from) → \(change.to), for example " + change.example.map { "\($0.question) \($0.answer)" }.joined(separator: ", ")
            }
            if !undecided.isEmpty {
                out.append("Not decided: " + undecided.map { "\($0.from) → \($0.to) (\($0.reason))" }.joined(separator: ", "))
            }
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
    /// When the regions are not all listed, the count is of those listed, and the line says so.
    public var summaryLine: String {
        if isEmpty {
            return "No differences: all \(totalCombinations) answer combinations get the same recommendation, and the rules are the same."
        }
        let changed = vocabulary.changedQuestions.isEmpty ? "" : ", \(vocabulary.changedQuestions.count) changed"
        let words =
            vocabulary.isEmpty ? "" : "; questions: \(vocabulary.addedQuestions.count) added, \(vocabulary.removedQuestions.count) removed\(changed)"
        return "\(changedCombinations) of \(totalCombinations) \(Prose.plural("answer combination", totalCombinations)) "
            + "(numbers grouped at the rules' thresholds) change recommendation"
            + (isComplete ? "; " : " in the regions listed, and more beyond them (not counted); ")
            + "rules: \(addedRules.count) added, \(removedRules.count) removed, \(changedRules.count) changed\(words)."
    }

    /// The comparison for tools:
    /// `{"vocabulary": {"questions_added", "questions_removed", "choices_added", "choices_removed",
    /// "choices_renamed", "questions_changed": [{"question", "change": "range" or "kind", "old",
    /// "new"}]}, "regions": [{"constraints": {"users": "11–15", …}, "from", "to", "count"}],
    /// "changed_combinations", "total_combinations", "complete", "changes": [{"from", "to",
    /// "example": {"users": "13–15", …}}], "rules": {"added", "removed", "changed"}}`. Counts are
    /// numbers, or strings of digits when they outgrow 64 bits; with `complete` false the regions
    /// are the first ones found and `changed_combinations` counts only them.
    public func json() -> String {
        let regionValues: [JSONValue] = regions.map { region in
            .object([
                ("constraints", .object(region.constraints.map { ($0.question, .string($0.description)) })),
                ("from", .string(region.from)),
                ("to", .string(region.to)),
                ("count", Self.count(region.count)),
            ])
        }
        func choices(_ names: [VocabularyChanges.ChoiceName]) -> JSONValue {
            .array(names.map { .object([("question", .string($0.question)), ("choice", .string($0.value))]) })
        }
        let words = JSONValue.object([
            ("questions_added", .array(vocabulary.addedQuestions.map { .string($0) })),
            ("questions_removed", .array(vocabulary.removedQuestions.map { .string($0) })),
            ("choices_added", choices(vocabulary.addedChoices)),
            ("choices_removed", choices(vocabulary.removedChoices)),
            (
                "choices_renamed",
                .array(
                    vocabulary.renamedChoices.map {
                        .object([("question", .string($0.question)), ("from", .string($0.from)), ("to", .string($0.to))])
                    })
            ),
            (
                "questions_changed",
                .array(
                    vocabulary.changedQuestions.map {
                        .object([
                            ("question", .string($0.question)), ("change", .string($0.aspect.rawValue)), ("old", .string($0.old)),
                            ("new", .string($0.new)),
                        ])
                    })
            ),
        ])
        let value = JSONValue.object([
            ("vocabulary", words),
            ("regions", .array(regionValues)),
            ("changed_combinations", Self.count(changedCombinations)),
            ("total_combinations", Self.count(totalCombinations)),
            ("complete", .bool(isComplete)),
            ("undecided", .array(undecided.map { .object([("from", .string($0.from)), ("to", .string($0.to)), ("reason", .string($0.reason))]) })),
            (
                "changes",
                .array(
                    changes.map { change in
                        .object([
                            ("from", .string(change.from)),
                            ("to", .string(change.to)),
                            ("example", .object(change.example.map { ($0.question, .string($0.answer)) })),
                        ])
                    })
            ),
            (
                "rules",
                .object([
                    ("added", .array(addedRules.map { .string($0) })),
                    ("removed", .array(removedRules.map { .string($0) })),
                    ("changed", .array(changedRules.map { .string($0) })),
                ])
            ),
        ])
        return value.serialized()
    }

    /// A count as a JSON number, or as a string of digits when it does not fit one.
    private static func count(_ value: BigUInt) -> JSONValue {
        value <= BigUInt(Int.max) ? .number(Int(value)) : .string(String(value))
    }

    private func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
}
