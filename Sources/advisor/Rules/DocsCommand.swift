import AdvisorKit
import ArgumentParser

/// `advisor rules docs`: the rule base as a document for people, or as a graph.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Document the rule base: Markdown for people, or a Graphviz graph.",
        discussion: "Render the graph with: advisor rules docs --format dot | dot -Tsvg > rules.svg"
    )

    /// Output formats of the documentation.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, dot
    }

    @OptionGroup var ruleOptions: RuleBaseOptions

    @Option(name: .long, help: "markdown (every question, option and rule with its source) or dot (questions → rules → options).")
    var format: Format = .markdown

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let ruleBase = try ruleOptions.loadRuleBase()
            switch format {
            case .markdown: Terminal.write(RuleDocumentation.markdown(ruleBase))
            case .dot: Terminal.write(RuleDocumentation.dot(ruleBase))
            }
        }
    }
}
