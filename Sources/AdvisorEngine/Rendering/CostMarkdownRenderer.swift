import AdvisorModel

/// Renders a cost report as a Markdown section for the client report: a small table of the four
/// estimates, the break-even sentences, and the assumptions behind them with their sources.
public enum CostMarkdownRenderer {
    /// The section's lines, from its heading on, without line breaks.
    public static func lines(_ report: CostReport) -> [String] {
        let ruleBase = report.ruleBase
        let escape = Markdown.escaped
        var out = ["## What it would cost", ""]
        out.append(
            "Estimated cost a year in \(report.currency), from a quiet year to a bad one. The estimate stands beside the recommendation; it does not change it."
        )
        out.append("")
        out.append("| Option | Typical year | Quiet to bad year | " + CostPartKind.allCases.map(\.title).joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---:|", count: 2 + CostPartKind.allCases.count))
        for estimate in report.estimates {
            var name = escape(ruleBase.options[estimate.option].name)
            if estimate.option == report.recommendation { name += " (recommended)" }
            let parts = CostPartKind.allCases.map { kind in
                estimate.parts.first { $0.kind == kind }.map { Prose.grouped($0.amount) } ?? "–"
            }
            let range = "\(Prose.grouped(estimate.low)) to \(Prose.grouped(estimate.high))"
            out.append("| \(name) | \(Prose.grouped(estimate.expected)) | \(range) | " + parts.joined(separator: " | ") + " |")
        }
        out.append("")
        let chart = CostBarChart(report).mermaid(currency: report.currency)
        if !chart.isEmpty {
            out.append("*In the chart, each option's whole bar is a bad year and its first part a quiet year; the line marks a typical year.*")
            out.append("")
            out += chart
            out.append("")
        }
        if let note = CostPhrasing.openNote(report) {
            out.append("*\(escape(note))*")
            out.append("")
        }
        out.append("**\(escape(CostPhrasing.verdict(report)))**")
        for sweep in report.breakEven.sweeps {
            out.append("")
            out.append(
                escape(CostPhrasing.sweep(sweep, in: report))
                    + (CostPhrasing.pair(sweep, in: report).map { " " + escape($0) } ?? ""))
        }
        let shifts = report.breakEven.shifts.prefix(3)
        if !shifts.isEmpty {
            out.append("")
            out.append("The assumptions nearest to changing which option is cheapest:")
            out.append("")
            out += shifts.map { "- " + escape(CostPhrasing.shift($0, in: report)) }
        }
        out += ["", "### Assumptions behind the estimate", ""]
        out.append("| Parameter | Value | What it is | Where it comes from |")
        out.append("|---|---|---|---|")
        for index in report.parametersInUse {
            let parameter = report.model.parameters[index]
            let resolved = report.resolved[index]
            var value = CostPhrasing.value(resolved.shown, of: parameter)
            if resolved.isAssumed { value += " (your figure)" }
            let origin = Markdown.oneLine(AdvicePhrasing.provenance(parameter.provenance, interpretation: parameter.interpretation))
            out.append("| `\(parameter.id)` | \(escape(value)) | \(escape(Markdown.oneLine(parameter.description))) | \(escape(origin)) |")
        }
        return out
    }
}
