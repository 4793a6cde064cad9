import AdvisorModel

/// Renders a cost report as plain text: a section of the text report, and the chat's `costs`.
public struct CostTextRenderer: Sendable {
    /// The most characters a line may hold (at least 40).
    public var width: Int
    /// Colours, when wanted.
    public var style: TextStyle
    /// How many of the nearest assumption shifts to list.
    public var shiftLimit = 3

    /// A renderer for lines of `width` (40 at least), in colour when `colors`.
    public init(width: Int = 80, colors: Bool = false) {
        self.width = max(40, width)
        self.style = TextStyle(colors: colors)
    }

    /// The section's lines, starting with its heading, without a trailing newline.
    public func lines(_ report: CostReport) -> [String] {
        let ruleBase = report.ruleBase
        let currency = report.currency
        var out: [String] = [style.bold("What it would cost (\(currency) a year, estimated)")]
        out += CostBarChart(report).lines(width: width, style: style)
        out.append("")
        let names = report.estimates.map { ruleBase.options[$0.option].name }
        let nameWidth = names.map(\.count).max() ?? 0
        let amounts = report.estimates.map { Prose.grouped($0.expected) }
        let amountWidth = amounts.map(\.count).max() ?? 0
        for (place, estimate) in report.estimates.enumerated() {
            let name = names[place] + String(repeating: " ", count: nameWidth - names[place].count)
            let amount = String(repeating: " ", count: amountWidth - amounts[place].count) + amounts[place]
            let range = estimate.low == estimate.high ? "" : "  (\(Prose.grouped(estimate.low)) to \(Prose.grouped(estimate.high)))"
            out.append("  \(place + 1). \(name)  \(amount)\(range)")
            for part in estimate.parts {
                out += wrap(CostPhrasing.working(part, currency: currency), indent: "     ", hanging: "       ").map(style.dim)
            }
        }
        out += wrap("Ranges run from a quiet year to a bad one.", indent: "  ")
        if let note = CostPhrasing.openNote(report) { out += wrap(note, indent: "  ") }
        out.append("")
        out += wrap(CostPhrasing.verdict(report), indent: "  ")
        for sweep in report.breakEven.sweeps {
            out += wrap(CostPhrasing.sweep(sweep, in: report), indent: "  ")
            if let pair = CostPhrasing.pair(sweep, in: report) { out += wrap(pair, indent: "  ") }
        }
        let shifts = report.breakEven.shifts.prefix(shiftLimit)
        if shifts.isEmpty {
            out += wrap("No single assumption moved on its own, from a fifth to five times its value, would change which option is cheapest.", indent: "  ")
        } else {
            out += wrap("The assumptions nearest to changing which option is cheapest:", indent: "  ")
            for shift in shifts {
                out += wrap(CostPhrasing.shift(shift, in: report), indent: "  • ", hanging: "    ")
            }
        }
        out += wrap(
            "Every number is our assumption or our reading of the article: change one with --assume ID=VALUE (assume ID VALUE in the chat); advisor rules docs lists them with their sources.",
            indent: "  "
        ).map(style.dim)
        return out
    }

    /// The section as text ending in a newline.
    public func render(_ report: CostReport) -> String {
        lines(report).joined(separator: "\n") + "\n"
    }

    private func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        TextWrapping.wrap(text, width: width, indent: indent, hangingIndent: hanging)
    }
}
