import AdvisorModel

/// The owner's summary as text: one screen, wrapped to the renderer's width.
extension TextRenderer {
    /// The summary, then (with `costs`, from `--costs`) the full cost estimate after it.
    public func render(_ summary: OwnerSummary, costs: CostReport? = nil) -> String {
        var out = lines(summary)
        if let costs {
            out.append("")
            out += CostTextRenderer(width: width, colors: style.colors).lines(costs)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The summary's lines, without a trailing newline: the recommendation and its description
    /// (or what it depends on), why, before you sign, the cost, what would change it, the
    /// runner-up and what to type next.
    package func lines(_ summary: OwnerSummary) -> [String] {
        var out: [String] = []
        let bullet = { (text: String) in self.wrap(text, indent: "  • ", hanging: "    ") }
        switch summary.outcome {
        case .recommendation(_, let name, let description):
            out.append(style.bold("Recommendation: ") + style.green(name))
            out += wrap(description, indent: "  ")
            out += ["", style.bold("Why")]
            out += summary.reasons.isEmpty ? bullet(OwnerSummary.noReason) : summary.reasons.flatMap { bullet($0.text) }
        case .dependsOn(_, let label, let branches):
            out.append(style.bold("Recommendation: ") + style.yellow("it depends on \(label.lowercased())"))
            out += branches.flatMap(bullet)
            if !summary.reasons.isEmpty {
                out += ["", style.bold("Whatever the answer")]
                out += summary.reasons.flatMap { bullet($0.text) }
            }
        }
        if !summary.beforeYouSign.isEmpty {
            out += ["", style.bold("Before you sign")]
            out += summary.beforeYouSign.flatMap { bullet($0.text) }
        }
        out.append("")
        if let cost = summary.cost { out += clauses(cost) }
        if case .recommendation = summary.outcome {
            out.append(style.bold("What would change it"))
            out += summary.changes.isEmpty ? bullet(OwnerSummary.noChange) : summary.changes.flatMap(bullet)
        }
        if let runnerUp = summary.runnerUp { out += wrap("Runner-up: \(runnerUp).", indent: "") }
        out += wrap(summary.nextSteps, indent: "").map(style.dim)
        return out
    }
}

extension TextRenderer {
    /// `text` on one line when it fits, else broken after its semicolons first, so that an
    /// amount stays with its currency ("…: 13,027 USD;" / "  the cheapest other, …").
    private func clauses(_ text: String) -> [String] {
        let whole = wrap(text, indent: "", hanging: "  ")
        let parts = text.split(separator: "; ", omittingEmptySubsequences: false)
        guard whole.count > 1, parts.count > 1 else { return whole }
        return parts.enumerated().flatMap { index, part in
            wrap(String(part) + (index < parts.count - 1 ? ";" : ""), indent: index == 0 ? "" : "  ", hanging: "  ")
        }
    }
}

extension OwnerSummary {
    /// Said under "Why" when no rule that fired favoured the recommendation.
    public static let noReason = "No rule spoke for it; it leads because the rules that fired held the others back more."
    /// Said under "What would change it" when no single answer would.
    public static let noChange = "No single answer changed on its own would change the recommendation."
}
