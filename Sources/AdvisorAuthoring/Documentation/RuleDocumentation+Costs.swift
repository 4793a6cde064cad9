import AdvisorEngine
import AdvisorModel

/// The cost model in the rule documentation: every parameter with its value, the answers it
/// depends on, what uses it and where it comes from; then each option's formulas.
extension RuleDocumentation {
    /// The "Cost model" section (empty when there is no cost model).
    static func costSection(_ model: CostModel?, in ruleBase: RuleBase) -> [String] {
        guard let model else { return [] }
        var out = ["", "## Cost model", ""]
        out.append(
            "`advisor --costs` estimates what each option would cost a year, in \(model.currency). The estimate stands beside the "
                + "recommendation and does not change it. It is built from the \(Prose.count(model.parameters.count, "parameter")) below; "
                + "change one for a run with `--assume ID=VALUE` (in the chat: `assume ID VALUE`). A value may differ in a quiet and in a bad "
                + "year, which gives the estimate its range, and may depend on the answers: the first case that applies gives the value.")
        out += ["", "### Parameters"]
        for (index, parameter) in model.parameters.enumerated() {
            out += ["", "#### \(code(parameter.id))", ""]
            out.append("- **What:** \(escape(parameter.description))")
            out.append(
                "- **Value:** \(escape(CostPhrasing.value(parameter.value, of: parameter)))\(parameter.cases.isEmpty ? "" : " unless a case below applies")")
            for item in parameter.cases {
                let when = ConditionPhrasing.phrase(item.condition, in: ruleBase).map(escape) ?? code(item.conditionText)
                out.append("  - **When \(when):** \(escape(CostPhrasing.value(item.value, of: parameter)))")
            }
            out.append("- **Used by:** " + usage(of: index, in: model, ruleBase: ruleBase) + ".")
            out += provenanceLines(parameter.provenance, interpretation: parameter.interpretation)
        }
        out += ["", "### Estimates"]
        for (option, parts) in model.estimates.enumerated() where ruleBase.options.indices.contains(option) {
            out += ["", "#### \(escape(ruleBase.options[option].name))", ""]
            for part in parts {
                out.append("- **\(part.kind.title):** \(escape(part.description)) \(code(part.formulaText))")
            }
        }
        return out
    }

    /// "Break-fix shop (labour, outages) and In-house IT (outages)", or "no estimate".
    private static func usage(of parameter: CostParameterIndex, in model: CostModel, ruleBase: RuleBase) -> String {
        let uses = model.estimates.enumerated().compactMap { option, parts -> String? in
            let kinds = parts.filter { $0.formula.parameters.contains(parameter) }.map(\.kind.rawValue)
            guard !kinds.isEmpty, ruleBase.options.indices.contains(option) else { return nil }
            return "\(escape(ruleBase.options[option].name)) (\(kinds.joined(separator: ", ")))"
        }
        return uses.isEmpty ? "no estimate" : Prose.list(uses)
    }
}
