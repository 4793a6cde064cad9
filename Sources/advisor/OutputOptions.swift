import AdvisorKit
import ArgumentParser
import Foundation

/// The output formats of a recommendation.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// How much of the advice a text or Markdown report shows; JSON always holds both.
enum ReportDetail: String, ExpressibleByArgument, CaseIterable {
    /// The owner's summary: one screen in plain words.
    case summary
    /// The full reasoning: every rule that fired with its points and sources, the ranking,
    /// every caveat and every change that would change the outcome.
    case full
}

/// How a recommendation is printed.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text (for people), json (for scripts) or markdown (a report).")
    var format: OutputFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --answers: summary (the owner's answer on one screen; the default) or full (the full reasoning: every rule, point and source). JSON always has both.",
            valueName: "level"))
    var detail: ReportDetail?

    @Flag(name: .long, help: "Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set).")
    var noColor = false

    private var textRenderer: TextRenderer { TextRenderer(width: Terminal.width, colors: Terminal.wantsColor(noColorFlag: noColor)) }

    /// The report of `advice`: the owner's summary (`--detail summary`, the default) or the full
    /// reasoning; JSON has both. `costs` is the estimate of `--costs`, `assumptions` the cost
    /// model behind the summary's cost line.
    func render(_ advice: Advice, costs: CostReport? = nil, assumptions: CostAssumptions? = nil) -> String {
        let summary = OwnerSummary(advice, costs: assumptions, setting: .report)
        switch (format, detail ?? .summary) {
        case (.text, .summary): return textRenderer.render(summary, costs: costs)
        case (.text, .full): return textRenderer.render(advice, costs: costs)
        case (.json, _): return JSONRenderer.render(advice, costs: costs, summary: summary)
        case (.markdown, .summary): return MarkdownRenderer.render(advice, costs: costs, summary: summary)
        case (.markdown, .full): return MarkdownRenderer.render(advice, costs: costs)
        }
    }

    /// The conditional advice of `--open`, at the same levels of detail.
    func render(_ conditional: ConditionalAdvice, costs: CostReport? = nil, assumptions: CostAssumptions? = nil) -> String {
        let summary = OwnerSummary(conditional, costs: assumptions, setting: .report)
        switch (format, detail ?? .summary) {
        case (.text, .summary): return textRenderer.render(summary, costs: costs)
        case (.text, .full): return textRenderer.render(conditional, costs: costs)
        case (.json, _): return JSONRenderer.render(conditional, costs: costs, summary: summary)
        case (.markdown, .summary): return MarkdownRenderer.render(conditional, costs: costs, summary: summary)
        case (.markdown, .full): return MarkdownRenderer.render(conditional, costs: costs)
        }
    }
}
