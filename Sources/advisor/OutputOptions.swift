import AdvisorKit
import ArgumentParser
import Foundation

/// The output formats of a recommendation.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// How a recommendation is printed.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text (for people), json (for scripts) or markdown (a report).")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set).")
    var noColor = false

    func render(_ advice: Advice, costs: CostReport? = nil) -> String {
        switch format {
        case .text: return TextRenderer(width: Terminal.width, colors: Terminal.wantsColor(noColorFlag: noColor)).render(advice, costs: costs)
        case .json: return JSONRenderer.render(advice, costs: costs)
        case .markdown: return MarkdownRenderer.render(advice, costs: costs)
        }
    }

    /// The conditional advice of `--open`.
    func render(_ conditional: ConditionalAdvice, costs: CostReport? = nil) -> String {
        switch format {
        case .text: return TextRenderer(width: Terminal.width, colors: Terminal.wantsColor(noColorFlag: noColor)).render(conditional, costs: costs)
        case .json: return JSONRenderer.render(conditional, costs: costs)
        case .markdown: return MarkdownRenderer.render(conditional, costs: costs)
        }
    }
}
