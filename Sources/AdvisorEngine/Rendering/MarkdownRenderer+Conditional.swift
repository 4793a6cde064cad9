import AdvisorModel

/// Conditional advice as a Markdown report.
extension MarkdownRenderer {
    /// `conditional` as a Markdown report, with the cost estimate when given.
    public static func render(_ conditional: ConditionalAdvice, costs: CostReport? = nil) -> String {
        let ruleBase = conditional.ruleBase
        let deciding = ruleBase.questions[conditional.deciding]
        var out: [String] = []
        out.append("# IT support recommendation: it depends on \(escape(deciding.label.lowercased()))")
        out.append("")
        out.append("| If \(escape(deciding.label.lowercased())) is | Recommendation |")
        out.append("|---|---|")
        for branch in conditional.branches {
            out.append("| \(escape(conditional.answersText(branch))) | \(escape(conditional.outcome(branch))) |")
        }
        out.append("")
        out.append("## Whatever the answer")
        out.append("")
        if conditional.reasons.isEmpty { out.append("- No rule fires whatever the answer.") }
        out += conditional.reasons.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        for branch in conditional.branches where !branch.reasons.isEmpty {
            out += ["", "## If \(escape(conditional.condition(branch)))", ""]
            out += branch.reasons.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        }
        let branchCaveats = conditional.branches.flatMap { branch in branch.caveats.map { (branch, $0) } }
        if !conditional.caveats.isEmpty || !branchCaveats.isEmpty {
            out += ["", "## Caveats", ""]
            let caveats = conditional.caveats.map { ($0, "") } + branchCaveats.map { ($0.1, "; only if \(conditional.condition($0.0))") }
            for (index, only) in caveats {
                let rule = ruleBase.rules[index]
                out.append("- **\(escape(rule.caveat ?? ""))** *(rule `\(rule.id)`; \(escape(AdvicePhrasing.provenance(rule.provenance)))\(escape(only)))*")
                out += interpretation(of: rule)
            }
        }
        out += ["", "## Points so far", "", "| Option | Points |", "|---|---|"]
        for standing in conditional.scores {
            out.append("| \(escape(ruleBase.options[standing.option].name)) | \(AdvicePhrasing.score(standing)) |")
        }
        if let costs {
            out.append("")
            out += CostMarkdownRenderer.lines(costs)
        }
        out += ["", "## Answers", "", "| Question | Answer |", "|---|---|"]
        for (index, question) in ruleBase.questions.enumerated() {
            let answer = conditional.answers[index] == nil ? "*\(conditional.describeAnswer(index))*" : escape(conditional.describeAnswer(index))
            out.append("| \(escape(question.label)) | \(answer) |")
        }
        out += footer(ruleBase, costs: costs)
        return out.joined(separator: "\n") + "\n"
    }
}
