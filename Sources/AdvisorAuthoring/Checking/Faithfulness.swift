import AdvisorEngine
import AdvisorModel

/// Checks of how faithfully a rule base follows its article: claims nothing uses, and numbers the
/// article does not give that carry no interpretation. Codes:
///
/// - `unused-claim`: no rule and no cost parameter cites the claim, and it gives no
///   `unused_because`. At the claim.
/// - `used-claim-marked-unused`: the claim says why nothing uses it, yet something cites it. At
///   the claim.
/// - `uninterpreted-number`: a rule cites the article and its condition holds a number (a user
///   count, say), but it has no `interpretation` saying how we read the article to arrive at it.
///   At the rule.
///
/// A cost parameter that cites the article without an interpretation is a load error
/// (`uninterpreted-parameter`, see `CostModelLoader`): every value of the cost model is a number.
package enum Faithfulness {
    package static func diagnostics(_ ruleBase: RuleBase, costs: CostModel?) -> [Diagnostic] {
        claimUse(ruleBase, costs: costs) + uninterpretedNumbers(ruleBase)
    }

    /// For each claim, the rules and cost parameters that cite it, by id.
    package static func users(of claim: Claim, in ruleBase: RuleBase, costs: CostModel?) -> (rules: [String], parameters: [String]) {
        let rules = ruleBase.rules.filter { $0.provenance.claims.contains { $0.id == claim.id } }.map(\.id)
        let parameters = (costs?.parameters ?? []).filter { $0.provenance.claims.contains { $0.id == claim.id } }.map(\.id)
        return (rules, parameters)
    }

    static func claimUse(_ ruleBase: RuleBase, costs: CostModel?) -> [Diagnostic] {
        ruleBase.claims.compactMap { claim in
            let (rules, parameters) = users(of: claim, in: ruleBase, costs: costs)
            let citing = rules.map { "rule '\($0)'" } + parameters.map { "parameter '\($0)'" }
            switch (citing.isEmpty, claim.unusedBecause) {
            case (true, nil):
                return Diagnostic(
                    .warning, code: .unusedClaim,
                    message:
                        "claim '\(claim.id)' (\(claim.source)) is cited by no rule and no cost parameter; cite it where it bears on the advice, or say why not with 'unused_because'",
                    at: claim.location)
            case (false, _?):
                return Diagnostic(
                    .warning, code: .usedClaimMarkedUnused,
                    message:
                        "claim '\(claim.id)' says why nothing uses it ('unused_because'), but \(Prose.list(citing)) \(Prose.agreeing(citing.count, "cites", "cite")) it; remove 'unused_because'",
                    at: claim.location)
            default:
                return nil
            }
        }
    }

    static func uninterpretedNumbers(_ ruleBase: RuleBase) -> [Diagnostic] {
        ruleBase.rules.compactMap { rule in
            let hasNumber = rule.condition.questions.contains { !rule.condition.integerBoundaries(for: $0).isEmpty }
            guard rule.provenance.citesArticle, hasNumber, rule.interpretation == nil else { return nil }
            return Diagnostic(
                .warning, code: .uninterpretedNumber,
                message:
                    "rule '\(rule.id)' cites the article, and its condition '\(CheckPhrasing.conditionText(rule.conditionText))' holds a number; add an 'interpretation' saying in one sentence how we read the article to arrive at it",
                at: rule.location)
        }
    }
}
