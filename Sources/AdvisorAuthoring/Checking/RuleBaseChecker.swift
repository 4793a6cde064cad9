import AdvisorEngine
import AdvisorModel

/// The analysis behind `advisor rules check`: loads a rule base and looks for rules that cannot
/// matter, questions and options nothing uses, and answers the rules do not decide.
///
/// Every finding on a rule base that loads is a warning (severity `.warning`) with one of these codes:
///
/// - `unused-question`: no rule's condition reads the question, so its answer changes nothing.
///   At the question.
/// - `unfavoured-option`: no rule gives the option positive points, so it can win only by a tie or
///   when others fall below zero. At the option.
/// - `zero-points`: a `points` entry of 0, which does nothing. At the rule.
/// - `never-true`: the rule's condition is false for every answer, so the rule never fires
///   (see `ConditionCoverage`). At the rule.
/// - `always-true`: the condition is true for every answer although it is not written `true`.
///   At the rule.
/// - `tie`: complete answers for which two options share the top score (see `Completeness`).
///   Without a location.
/// - `no-rule-fires`: complete answers for which no rule with points fires. Without a location.
/// - `unused-parameter`, `unreachable-case`: see `CostModelChecker` (the cost model, when the
///   rule files have one; its load errors are reported like the rules').
/// - `unused-claim`, `used-claim-marked-unused`, `uninterpreted-number`: see `Faithfulness`.
/// - `unfit-for-summary`: a text owners read in their summary (a scoring rule's `because`, a
///   caveat) that takes more than four lines of it at 80 columns, or names an identifier (see
///   `SummaryTextCheck`). At the rule.
/// - `misread-phrase`: an alias or phrase the chat's reader does not give back as its answer
///   (see `VocabularyReadBack`). At the alias or phrase.
///
/// Loading itself warns about the chat's words (see `RuleBaseBuilder+Vocabulary`): `shared-alias`,
/// `shared-mention` and `unreachable-phrase`; they are reported with these.
///
/// Every analysis is exact and runs whatever the size of the answer space (see `Completeness`).
public enum RuleBaseChecker {
    /// Loads `files` (reporting every load error, as RuleBaseLoader does) and, when they load, analyses the rule base.
    public static func check(_ files: [RuleFile]) -> RuleCheckReport {
        let loaded: (RuleBase, warnings: [Diagnostic])
        do {
            loaded = try RuleBaseLoader.load(files)
        } catch {
            return RuleCheckReport(diagnostics: error.diagnostics, ruleBase: nil)
        }
        let (ruleBase, loadWarnings) = loaded
        let ruleWarnings = loadWarnings + warnings(for: ruleBase)
        do {
            let (costModel, costWarnings) = try CostModelLoader.load(files, ruleBase: ruleBase)
            let modelWarnings = costModel.map { CostModelChecker.warnings(for: $0) } ?? []
            let faithfulness = Faithfulness.diagnostics(ruleBase, costs: costModel)
            return RuleCheckReport(
                diagnostics: RuleCheckReport.ordered(ruleWarnings + costWarnings + modelWarnings + faithfulness), ruleBase: ruleBase, costModel: costModel)
        } catch {
            // Claims cited only by the cost model would look unused here, so only numbers are checked.
            let faithfulness = Faithfulness.uninterpretedNumbers(ruleBase)
            return RuleCheckReport(diagnostics: RuleCheckReport.ordered(ruleWarnings + faithfulness + error.diagnostics), ruleBase: ruleBase)
        }
    }

    /// Every warning about a loaded rule base, in the order found (not yet sorted).
    package static func warnings(for ruleBase: RuleBase) -> [Diagnostic] {
        let engine = Engine(ruleBase: ruleBase)
        return Coverage.diagnostics(ruleBase)
            + ConditionCoverage.diagnostics(ruleBase, space: engine.space)
            + Completeness.diagnostics(ruleBase, engine: engine)
            + VocabularyReadBack.diagnostics(ruleBase)
            + SummaryTextCheck.diagnostics(ruleBase)
    }
}
