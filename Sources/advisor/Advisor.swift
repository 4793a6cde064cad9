import AdvisorKit
import ArgumentParser
import Foundation
import LineEditor

/// The `advisor` command: recommends a way of getting IT support and explains why.
///
/// Plain `advisor …` runs `advise` (the chat, or a report from --answers); `advisor rules …`
/// holds the rule authors' tools.
@main
struct Advisor: ParsableCommand {
    // The help names the four built-in options in plain text: help describes the built-in rules,
    // and it cannot load a --rules folder before it is printed. The chat's greeting, by contrast,
    // names the options of whatever rule base is in use.
    static let configuration = CommandConfiguration(
        commandName: "advisor",
        abstract: "Recommend how a small business should get IT support, and explain why.",
        discussion: """
            Compares four models (a sole proprietor, a break-fix shop, a managed \
            services provider, in-house IT) with rules taken from an article on IT \
            support for small businesses. Every reason cites the article or says \
            plainly that it is an assumption.

            Five ways to use it:
              advisor                          the guided chat (type help in it)
              advisor --answers answers.json   the owner's summary from an answers file
              advisor batch cases.jsonl        one result per line, for many cases
              advisor rules check              tools for rule authors
              advisor mcp                      a server for AI assistants (MCP)

            Answers are a JSON or YAML object of question ids and answers (null for
            "don't know"):
              {"users": 12, "variable_bills": "accept",
               "backup_monitoring": true, "network_complexity": "moderate",
               "downtime_cost": "medium", "proactive_care": false}

            More examples:
              advisor --answers answers.yaml --format markdown > report.md
              advisor --answers answers.json --detail full   the full reasoning
              cat answers.json | advisor --answers - --format json
              advisor --answers partial.json --interactive
              advisor --answers partial.json --open     what each open answer would lead to
              advisor --answers answers.json --rules MyRules/
              advisor --answers answers.json --costs \\
                --assume break_fix_hourly_rate=110
              advisor rules test | docs | diff OLD_DIR

            advise is the default subcommand, so its options (--answers, --format, --detail, \
            --rules, --no-color, --interactive, --open, --fresh, --costs, --assume, --costs-file) follow \
            advisor directly; advisor help advise describes them.

            Environment: ADVISOR_RULES, a rule folder to use instead of the built-in rules; \
            NO_COLOR, no colour when set to anything; COLUMNS, the width to wrap text to when \
            the output is not a terminal; XDG_STATE_HOME, where the chat keeps its history and \
            unfinished conversations (advisor/history and one file each in \
            advisor/conversations/, by default under ~/.local/state).

            \(ExitStatus.help())
            """,
        version: AdvisorVersion.current,
        subcommands: [AdviseCommand.self, BatchCommand.self, RulesCommand.self, MCPCommand.self],
        defaultSubcommand: AdviseCommand.self
    )
}

/// `advisor [advise]`: the guided chat, or a report from an answers file.
struct AdviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advise",
        abstract: "Run the guided chat, or with --answers print a report.",
        discussion: """
            Without --answers: a chat that asks only the questions that can still change the \
            recommendation (skip leaves one open). At a terminal it keeps each unfinished \
            conversation in the state folder (two chats at once keep both) and offers the most \
            recent one at the next start (--fresh does not). \
            With --answers FILE: the recommendation as text, JSON or Markdown: the owner's summary \
            (one screen in plain words), or with --detail full the full reasoning (every rule \
            that fired, its points and sources); Markdown puts the full reasoning after the \
            summary in a collapsed section, and JSON always has both. With --costs also a yearly cost estimate of every option, built from assumptions \
            you can change with --assume ID=VALUE (in the chat: costs, assume, assumptions).

            Examples:
              advisor
              advisor --answers answers.json --format json
              advisor --answers answers.json --detail full
              advisor --answers answers.json --costs
              advisor --answers answers.json --costs \\
                --assume managed_fee_per_user_month=120
              advisor --answers partial.json --interactive
              advisor --answers partial.json --open --format json
            """
    )

    @OptionGroup var ruleOptions: RuleBaseOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var costOptions: CostOptions

    @Option(
        name: .long, help: ArgumentHelp("Read the answers from this JSON or YAML file ('-' for standard input).", valueName: "file"),
        completion: .file(extensions: ["json", "yaml", "yml"]))
    var answers: String?

    @Flag(name: .long, help: "With --answers: start the chat with those answers filled in and ask only what is still needed.")
    var interactive = false

    @Flag(name: .long, help: "Start the chat afresh without offering to carry on with an unfinished conversation (it stays kept for a later start).")
    var fresh = false

    @Flag(
        name: .long,
        help:
            "With --answers: when unanswered questions (null is \"don't know\") could still change the outcome, print what each answer of the one that matters most would lead to, instead of stopping with 65."
    )
    var open = false

    func validate() throws {
        if interactive && answers == nil {
            throw ValidationError("--interactive goes with --answers <file>; without it, plain 'advisor' starts the chat.")
        }
        if fresh && answers != nil {
            throw ValidationError("--fresh goes with the chat; --answers runs never use the saved conversation.")
        }
        if open && (answers == nil || interactive) {
            throw ValidationError("--open goes with --answers <file> (a report); the chat gives the conditional advice by itself when you skip questions.")
        }
        if (answers == nil || interactive) && outputOptions.format != .text {
            throw ValidationError("--format applies to a report from --answers; the chat always answers in text.")
        }
        if (answers == nil || interactive) && outputOptions.detail != nil {
            throw ValidationError("--detail applies to a report from --answers; in the chat, type how for the full reasoning.")
        }
        if costOptions.costs && (answers == nil || interactive) {
            throw ValidationError("--costs adds the estimate to a report from --answers; in the chat, type costs.")
        }
        if answers != nil && !interactive && !costOptions.costs && costOptions.changesTheModel {
            throw ValidationError("--assume and --costs-file change the cost estimate; add --costs to show it.")
        }
    }

    func run() throws {
        Terminal.restoreDefaultSignalHandling()
        try reportingFailures { () throws(Failure) in
            let ruleFiles = try ruleOptions.ruleFiles()
            let ruleBase = try ruleOptions.loadRuleBase()
            let engine = Engine(ruleBase: ruleBase)
            let printer = ChatPrinter(width: Terminal.width, colors: Terminal.wantsColor(noColorFlag: outputOptions.noColor))
            let chatCosts = { () throws(Failure) in try costOptions.assumptions(ruleBase: ruleBase, ruleFiles: ruleFiles) }
            guard let answersPath = answers else {
                // Only a person at a terminal (the line editor's condition) keeps the conversation
                // and gets it back: piped input is a script.
                let atTerminal = LineReaderFactory.isTerminal(STDIN_FILENO) && LineReaderFactory.isTerminal(STDOUT_FILENO)
                ChatSession(
                    engine: engine, answers: nil, costs: try chatCosts(), printer: printer, ruleOptions: ruleOptions, costOptions: costOptions,
                    keepsConversation: atTerminal, offersSavedConversation: atTerminal && !fresh
                ).run()
                return
            }
            let decoded = try AnswerInput.read(answersPath, ruleBase: ruleBase)
            for warning in decoded.warnings { Terminal.printError(warning.description) }
            if interactive {
                ChatSession(
                    engine: engine, answers: decoded.answers, dontKnow: Set(decoded.unknown), costs: try chatCosts(), printer: printer,
                    ruleOptions: ruleOptions, costOptions: costOptions
                ).run()
                return
            }
            // The summary's cost line and --costs use the same model and assumptions, read once.
            let assumptions = try summaryCosts(ruleBase, ruleFiles)
            do throws(AnswersReportError) {
                let report = try AnswersReport(
                    engine: engine, answers: decoded.answers, unknown: Set(decoded.unknown), open: open,
                    costs: costOptions.costs ? assumptions : nil, summaryCosts: assumptions)
                Terminal.write(outputOptions.render(report))
            } catch {
                throw Failure.noReport(error, ruleBase: ruleBase, path: answersPath)
            }
        }
    }

    /// The cost model behind the summary's cost line: the one --costs uses (with --assume), else
    /// the rule base's own, read quietly (a report that did not ask for costs neither fails nor
    /// warns over the cost model; the line is then left out).
    private func summaryCosts(_ ruleBase: RuleBase, _ ruleFiles: [RuleFile]) throws(Failure) -> CostAssumptions? {
        if costOptions.costs || costOptions.changesTheModel { return try costOptions.assumptions(ruleBase: ruleBase, ruleFiles: ruleFiles) }
        return CostOptions.quietly(ruleBase: ruleBase, ruleFiles: ruleFiles)
    }

}

enum AdvisorVersion {
    static let number = "0.1.0"

    /// The version, then the built-in rule base's name and full SHA-256 digest (the same digest
    /// as `Rules/` on disk, and the one every report's last line starts).
    static var current: String {
        let identity = DefaultRules.identity
        return "\(number)\nbuilt-in rule base: \(identity.name), SHA-256 \(identity.digest)"
    }
}
