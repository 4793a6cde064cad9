import AdvisorKit
import ArgumentParser

/// `advisor rules check`: every problem in a rule base, reported like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in the rule base as file:line:column: severity: message.",
        discussion: """
            Besides load errors (YAML, unknown keys and names, type errors, duplicate ids, unsourced \
            rules) it warns about questions no rule reads, options no rule favours, conditions that \
            are never or always true, points of 0, and, over the whole answer space, answers where \
            two options tie at the top or no rule fires, each with an example.

            Example:
              advisor rules check --rules MyRules --strict

            Exit status: 0 clean, 78 errors (or warnings with --strict), 66 folder missing.
            """
    )

    /// Output formats of the diagnostics.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var ruleOptions: RuleBaseOptions

    @Option(name: .long, help: "Output format: text (with the offending line and a caret) or json (for tools).")
    var format: Format = .text

    @Flag(name: .long, help: "Treat warnings as errors (exit 78 when there are any).")
    var strict = false

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let files = try ruleOptions.ruleFiles()
            let report = RuleBaseChecker.check(files)
            switch format {
            case .json:
                Terminal.write(DiagnosticRenderer.json(report.diagnostics))
            case .text:
                Terminal.write(DiagnosticRenderer.text(report.diagnostics, files: files))
                Terminal.write(Self.summary(report, files: files.count))
            }
            if report.errorCount > 0 || (strict && report.warningCount > 0) {
                throw Failure.silent(.config)
            }
        }
    }

    static func summary(_ report: RuleCheckReport, files: Int) -> String {
        return "\(Prose.count(files, "rule file")) checked: \(Prose.count(report.errorCount, "error")), \(Prose.count(report.warningCount, "warning"))\n"
    }
}
