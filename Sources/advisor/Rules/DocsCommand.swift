import AdvisorKit
import ArgumentParser

/// `advisor rules docs`: the rule base as a document for people, or as a graph.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Document the rule base: Markdown for people, or a Graphviz graph.",
        discussion: """
            Examples:
              advisor rules docs > rules.md
              advisor rules docs --format dot | dot -Tsvg > rules.svg
            """
    )

    /// Output formats of the documentation.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, dot
    }

    @OptionGroup var ruleOptions: RuleBaseOptions

    @Option(
        name: .long,
        help:
            "Output format: markdown (every question, option, rule and cost parameter with its source) or dot (a graph from questions through rules to options)."
    )
    var format: Format = .markdown

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let files = try ruleOptions.ruleFiles()
            let ruleBase = try RuleBaseOptions.load(files)
            switch format {
            case .markdown:
                let costs = try CostOptions.load(ruleBase: ruleBase, ruleFiles: files)
                Terminal.write(RuleDocumentation.markdown(ruleBase, costs: costs?.model))
            case .dot: Terminal.write(RuleDocumentation.dot(ruleBase))
            }
        }
    }
}
