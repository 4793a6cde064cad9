import AdvisorModel

/// Conditional advice as text, laid out like a report of settled advice.
extension TextRenderer {
    /// The report: what each answer of the deciding question would lead to, the rules that fire
    /// whatever and per branch, caveats, points so far, the cost estimate (with `costs`) and the answers.
    public func render(_ conditional: ConditionalAdvice, costs: CostReport? = nil) -> String {
        let ruleBase = conditional.ruleBase
        let deciding = ruleBase.questions[conditional.deciding]
        var out: [String] = []
        out.append(style.bold("Recommendation: ") + style.yellow("it depends on \(deciding.label.lowercased())"))
        for branch in conditional.branches {
            out += wrap("If \(conditional.condition(branch)): \(conditional.outcome(branch))", indent: "  • ", hanging: "    ")
        }
        let others = conditional.openQuestions.filter { $0 != conditional.deciding }.map { ruleBase.questions[$0].label.lowercased() }
        let also = others.isEmpty ? "" : " \(Prose.list(others).capitalizedFirst) can matter too."
        out += wrap("\(deciding.label) is open and decides the outcome.\(also)", indent: "  ")

        out.append("")
        out.append(style.bold("Whatever the answer"))
        if conditional.reasons.isEmpty { out += wrap("No rule fires whatever the answer.", indent: "  ") }
        out += conditional.reasons.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        for branch in conditional.branches where !branch.reasons.isEmpty {
            out.append("")
            out += wrap("If \(conditional.condition(branch))", indent: "").map(style.bold)
            out += branch.reasons.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        }

        let branchCaveats = conditional.branches.flatMap { branch in branch.caveats.map { (branch, $0) } }
        if !conditional.caveats.isEmpty || !branchCaveats.isEmpty {
            out.append("")
            out.append(style.bold("Caveats"))
            for index in conditional.caveats { out += caveat(ruleBase.rules[index], only: nil) }
            for (branch, index) in branchCaveats { out += caveat(ruleBase.rules[index], only: conditional.condition(branch)) }
        }

        out.append("")
        out.append(style.bold("Points so far"))
        let nameWidth = conditional.scores.map { ruleBase.options[$0.option].name.count }.max() ?? 0
        for standing in conditional.scores {
            let name = ruleBase.options[standing.option].name
            out.append("  \(name)\(String(repeating: " ", count: nameWidth - name.count))  \(AdvicePhrasing.score(standing)) points")
        }

        out += closing(costs: costs, answers: ruleBase.questions.indices.map(conditional.describeAnswer), note: nil, in: ruleBase)
        return out.joined(separator: "\n") + "\n"
    }

    /// A caveat; `only` names the branch it belongs to.
    private func caveat(_ rule: Rule, only branch: String?) -> [String] {
        let detail = "rule \(rule.id) · \(AdvicePhrasing.provenance(rule.provenance))" + (branch.map { " · only if \($0)" } ?? "")
        return wrap(rule.caveat ?? "", indent: "  ! ", hanging: "    ").map(style.yellow) + wrap(detail, indent: "    ").map(style.dim)
            + interpretation(of: rule)
    }
}

extension String {
    /// The text with its first letter in upper case ("cost of downtime" → "Cost of downtime").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
