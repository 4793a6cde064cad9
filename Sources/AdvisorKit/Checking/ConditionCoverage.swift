/// `never-true` and `always-true`: rules whose condition comes out the same for every answer.
///
/// Each condition is decided exactly from its `TruthTable`, which tries every value (numbers: every
/// stretch) of every question the condition reads. A condition written literally `true` is meant
/// to hold always (unconditional caveats) and is not reported; one reading more combinations
/// than the checker's limit is not decided (the `space-too-large` warning covers that case).
enum ConditionCoverage {
    static func diagnostics(_ ruleBase: RuleBase, tables: [TruthTable?]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (rule, table) in zip(ruleBase.rules, tables) {
            guard let table else { continue }
            let condition = CheckPhrasing.conditionText(rule.conditionText)
            let reads = CheckPhrasing.reads(table.questions, in: ruleBase)
            if table.isNeverTrue {
                found.append(Diagnostic(
                    .warning, code: .neverTrue,
                    message: "rule '\(rule.id)' never fires: its condition '\(condition)' is false for every answer \(reads)",
                    at: rule.location))
            } else if table.isAlwaysTrue && rule.condition != .constant(true) {
                found.append(Diagnostic(
                    .warning, code: .alwaysTrue,
                    message: "rule '\(rule.id)' always fires: its condition '\(condition)' is true for every answer \(reads); write 'true' if that is meant",
                    at: rule.location))
            }
        }
        return found
    }
}
