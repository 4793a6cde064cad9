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

    /// The report: the owner's summary (`--detail summary`, the default) or the full reasoning,
    /// with the cost estimate when `--costs` asked for one; JSON has both.
    func render(_ report: AnswersReport) -> String {
        let summary = report.summary, costs = report.costs
        switch (format, detail ?? .summary, report.outcome) {
        case (.json, _, _): return report.json
        case (.text, .summary, _): return textRenderer.render(summary, costs: costs)
        case (.text, .full, .advice(let advice)): return textRenderer.render(advice, costs: costs)
        case (.text, .full, .conditional(let conditional)): return textRenderer.render(conditional, costs: costs)
        case (.markdown, .summary, .advice(let advice)): return MarkdownRenderer.render(advice, costs: costs, summary: summary)
        case (.markdown, .summary, .conditional(let conditional)): return MarkdownRenderer.render(conditional, costs: costs, summary: summary)
        case (.markdown, .full, .advice(let advice)): return MarkdownRenderer.render(advice, costs: costs)
        case (.markdown, .full, .conditional(let conditional)): return MarkdownRenderer.render(conditional, costs: costs)
        }
    }
}
