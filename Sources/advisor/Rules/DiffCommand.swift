import AdvisorKit
import ArgumentParser

/// `advisor rules diff`: whose advice a change to the rules changes.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show where two rule bases recommend differently, and which rules changed.",
        discussion: """
            Searches the answer space under both rule bases (numbers cut at the thresholds of \
            both) and groups the answers whose recommendation changes into readable regions. \
            The rule bases may ask different questions or offer different choices: the answers \
            range over the questions of both, a question one lacks has no effect there, and an \
            answer naming a choice one lacks counts there as unanswered (a choice that declares \
            renamed_from: takes over the old value's answers). A number question whose range \
            changed ranges over both ranges, a number outside one counting there as unanswered; \
            a question whose kind of answer changed is compared as two, NAME (old) and NAME (new). \
            Questions and choices added or removed, and questions changed, are named first.

            Examples:
              advisor rules diff Rules MyRules
              advisor rules diff OldRules NewRules --format json

            Exit status: 0 when nothing changes, 1 when something does (advice, rules, questions \
            or choices; like diff), 78 for a broken rule base, 66 for a missing folder.
            """
    )

    /// Output formats of the comparison.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The rule folder before the change.", valueName: "old-dir"), completion: .directory)
    var oldFolder: String

    @Argument(
        help: ArgumentHelp("The rule folder after the change (default: --rules, $ADVISOR_RULES or the built-in rules).", valueName: "new-dir"),
        completion: .directory)
    var newFolder: String?

    @OptionGroup var ruleOptions: RuleBaseOptions

    @Option(name: .long, help: "Output format: text (for people) or json (for tools).")
    var format: Format = .text

    func validate() throws {
        if newFolder != nil && ruleOptions.rules != nil {
            throw ValidationError("Give the new rule folder either as NEW_DIR or with --rules, not both.")
        }
    }

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let old = try RuleBaseOptions.load(try RuleBaseOptions.ruleFiles(in: oldFolder))
            let new: RuleBase
            if let newFolder {
                new = try RuleBaseOptions.load(try RuleBaseOptions.ruleFiles(in: newFolder))
            } else {
                new = try ruleOptions.loadRuleBase()
            }
            let comparison: RuleBaseComparison
            do throws(ComparisonError) {
                comparison = try RuleBaseComparison(old: old, new: new)
            } catch {
                throw Failure.rules([Diagnostic(.error, code: .incomparable, message: error.description, at: nil)])
            }
            if let notice = SolverNotice.take(for: .diff(budget: RuleBaseComparison.changeSearchBudget)) { Terminal.printError("note: " + notice) }
            Terminal.write(format == .json ? comparison.json() : comparison.text())
            if !comparison.isEmpty { throw Failure.silent(.checkFailed) }
        }
    }
}
