import AdvisorModel

/// The owner's summary in Markdown: first in a report, with the full reasoning after it in a
/// collapsed section, so that a report sent to a client opens on the answer.
extension MarkdownRenderer {
    /// The summary, then the full report of `advice` (with the cost estimate when given) in a
    /// collapsed `<details>` section, its headings one level down.
    public static func render(_ advice: Advice, costs: CostReport? = nil, summary: OwnerSummary) -> String {
        lines(summary) + fullReasoning(render(advice, costs: costs))
    }

    /// The summary, then the full report of `conditional` in a collapsed section.
    public static func render(_ conditional: ConditionalAdvice, costs: CostReport? = nil, summary: OwnerSummary) -> String {
        lines(summary) + fullReasoning(render(conditional, costs: costs))
    }

    /// The summary's Markdown, ending with a newline.
    public static func render(_ summary: OwnerSummary) -> String {
        lines(summary)
    }

    private static func lines(_ summary: OwnerSummary) -> String {
        var out: [String] = []
        let bullets = { (texts: [String]) in [""] + texts.map { "- \(escape($0))" } }
        switch summary.outcome {
        case .recommendation(_, let name, let description):
            out += ["# IT support recommendation: \(escape(name))", "", escape(description), "", "## Why"]
            out += bullets(summary.reasons.isEmpty ? [OwnerSummary.noReason] : summary.reasons.map(\.text))
        case .dependsOn(_, let label, let branches):
            out += ["# IT support recommendation: it depends on \(escape(label.lowercased()))"]
            out += bullets(branches)
            if !summary.reasons.isEmpty {
                out += ["", "## Whatever the answer"]
                out += bullets(summary.reasons.map(\.text))
            }
        }
        if !summary.beforeYouSign.isEmpty {
            out += ["", "## Before you sign"]
            out += bullets(summary.beforeYouSign.map(\.text))
        }
        if let cost = summary.cost { out += ["", "## Cost", "", escape(cost)] }
        if case .recommendation = summary.outcome {
            out += ["", "## What would change it"]
            out += bullets(summary.changes.isEmpty ? [OwnerSummary.noChange] : summary.changes)
        }
        if let runnerUp = summary.runnerUp { out += ["", "Runner-up: \(escape(runnerUp))."] }
        return out.joined(separator: "\n") + "\n"
    }

    /// A full report in a collapsed section, each heading one level down.
    private static func fullReasoning(_ report: String) -> String {
        let demoted = report.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") ? "#" + line : String(line)
        }
        return "\n<details>\n<summary>The full reasoning</summary>\n\n" + demoted.joined(separator: "\n") + "\n</details>\n"
    }
}

/// The owner's summary in JSON, added to the full report's fields.
extension JSONRenderer {
    /// `summary`: the recommendation's name and description (or `depends_on` and `branches`),
    /// `why` and `before_you_sign` (each `{rule, text}`), `cost`, `what_would_change`,
    /// `runner_up` and `next`.
    public static func value(of summary: OwnerSummary, in ruleBase: RuleBase) -> JSONValue {
        let points = { (points: [OwnerSummary.Point]) in
            JSONValue.array(points.map { .object([("rule", .string(ruleBase.rules[$0.rule].id)), ("text", .string($0.text))]) })
        }
        var fields: [(String, JSONValue)]
        switch summary.outcome {
        case .recommendation(_, let name, let description):
            fields = [("recommendation", .string(name)), ("description", .string(description))]
        case .dependsOn(_, let label, let branches):
            fields = [("recommendation", .null), ("depends_on", .string(label)), ("branches", .array(branches.map(JSONValue.string)))]
        }
        fields += [
            ("why", points(summary.reasons)),
            ("before_you_sign", points(summary.beforeYouSign)),
            ("cost", summary.cost.map(JSONValue.string) ?? .null),
            ("what_would_change", .array(summary.changes.map(JSONValue.string))),
            ("runner_up", summary.runnerUp.map(JSONValue.string) ?? .null),
            ("next", .string(summary.nextSteps)),
        ]
        return .object(fields)
    }

    /// The report of `advice` (see `render(_:costs:)`) with the field `summary` added.
    public static func render(_ advice: Advice, costs: CostReport? = nil, summary: OwnerSummary) -> String {
        value(of: advice, costs: costs, summary: summary).serialized()
    }

    /// The report of `conditional` with the field `summary` added.
    public static func render(_ conditional: ConditionalAdvice, costs: CostReport? = nil, summary: OwnerSummary) -> String {
        value(of: conditional, costs: costs, summary: summary).serialized()
    }

    /// The report of `advice` with the field `summary` added, as a JSON value.
    public static func value(of advice: Advice, costs: CostReport? = nil, summary: OwnerSummary) -> JSONValue {
        adding(summary, in: advice.ruleBase, to: value(of: advice, costs: costs))
    }

    /// The report of `conditional` with the field `summary` added, as a JSON value.
    public static func value(of conditional: ConditionalAdvice, costs: CostReport? = nil, summary: OwnerSummary) -> JSONValue {
        adding(summary, in: conditional.ruleBase, to: value(of: conditional, costs: costs))
    }

    private static func adding(_ summary: OwnerSummary, in ruleBase: RuleBase, to report: JSONValue) -> JSONValue {
        guard case .object(let fields) = report else { return report }
        return .object(fields + [("summary", value(of: summary, in: ruleBase))])
    }
}
