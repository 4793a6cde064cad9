import AdvisorEngine
import AdvisorModel

/// `never-true` and `always-true`: rules whose condition comes out the same for every answer.
///
/// Each condition is decided exactly by `ConditionSatisfiability`, over every value (numbers: every
/// stretch) of every question the condition reads. A condition written literally `true` is meant
/// to hold always (unconditional caveats) and is not reported.
package enum ConditionCoverage {
    package static func diagnostics(_ ruleBase: RuleBase, space: AnswerSpace) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rule in ruleBase.rules {
            let condition = CheckPhrasing.conditionText(rule.conditionText)
            let reads = CheckPhrasing.reads(rule.condition.questions, in: ruleBase)
            if !ConditionSatisfiability.canBe(true, rule.condition, domains: space.domains) {
                found.append(
                    Diagnostic(
                        .warning, code: .neverTrue,
                        message: "rule '\(rule.id)' never fires: its condition '\(condition)' is false for every answer \(reads)",
                        at: rule.location))
            } else if rule.condition != .constant(true) && !ConditionSatisfiability.canBe(false, rule.condition, domains: space.domains) {
                found.append(
                    Diagnostic(
                        .warning, code: .alwaysTrue,
                        message:
                            "rule '\(rule.id)' always fires: its condition '\(condition)' is true for every answer \(reads); write 'true' if that is meant",
                        at: rule.location))
            }
        }
        return found
    }
}
