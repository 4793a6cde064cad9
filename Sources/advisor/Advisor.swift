import AdvisorKit
import ArgumentParser
import Foundation

/// The `advisor` command: recommends a way of getting IT support and explains why.
///
/// Plain `advisor …` runs `advise` (the chat, or a report from --answers); `advisor rules …`
/// holds the rule authors' tools.
@main
struct Advisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advisor",
        abstract: "Recommend how a small business should get IT support, and explain why.",
        discussion: """
            Compares four models (a sole proprietor, a break-fix shop, a managed \
            services provider, in-house IT) with rules taken from an article on IT \
            support for small businesses. Every reason cites the article or says \
            plainly that it is an assumption.

            Four ways to use it:
              advisor                          the guided chat (type help in it)
              advisor --answers answers.json   a report from an answers file
              advisor batch cases.jsonl        one result per line, for many cases
              advisor rules check              tools for rule authors

            Answers are a JSON or YAML object of question ids and answers:
              {"users": 12, "variable_bills": "accept",
               "backup_monitoring": true, "network_complexity": "moderate",
               "downtime_cost": "medium", "proactive_care": false}

            More examples:
              advisor --answers answers.yaml --format markdown > report.md
              cat answers.json | advisor --answers - --format json
              advisor --answers partial.json --interactive
              advisor --answers answers.json --rules MyRules/
              advisor --answers answers.json --costs \\
                --assume break_fix_hourly_rate=110
              advisor rules test | docs | diff OLD_DIR

            advise is the default subcommand, so its options (--answers, --format, --rules, \
            --no-color, --interactive, --costs, --assume, --costs-file) follow advisor \
            directly; advisor help advise describes them.

            Environment: ADVISOR_RULES, a rule folder to use instead of the built-in rules; \
            NO_COLOR, no colour when set to anything; COLUMNS, the width to wrap text to when \
            the output is not a terminal; XDG_STATE_HOME, where the chat keeps its history \
            (advisor/history, by default under ~/.local/state).

            Exit status: 0 success, 64 usage, 65 bad or insufficient answers,
            66 file missing or unreadable, 78 broken rule base.
            """,
        version: AdvisorVersion.current,
        subcommands: [AdviseCommand.self, BatchCommand.self, RulesCommand.self],
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
            recommendation. With --answers FILE: the recommendation as text, JSON or Markdown; \
            with --costs also a yearly cost estimate of every option, built from assumptions \
            you can change with --assume ID=VALUE (in the chat: costs, assume, assumptions).

            Examples:
              advisor
              advisor --answers answers.json --format json
              advisor --answers answers.json --costs
              advisor --answers answers.json --costs \\
                --assume managed_fee_per_user_month=120
              advisor --answers partial.json --interactive
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

    func validate() throws {
        if interactive && answers == nil {
            throw ValidationError("--interactive goes with --answers <file>; without it, plain 'advisor' starts the chat.")
        }
        if (answers == nil || interactive) && outputOptions.format != .text {
            throw ValidationError("--format applies to a report from --answers; the chat always answers in text.")
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
        do {
            let ruleFiles = try ruleOptions.ruleFiles()
            let ruleBase = try ruleOptions.loadRuleBase()
            let engine = Engine(ruleBase: ruleBase)
            let printer = ChatPrinter(width: Terminal.width, colors: Terminal.wantsColor(noColorFlag: outputOptions.noColor))
            let chatCosts = { () throws(Failure) in try costOptions.assumptions(ruleBase: ruleBase, ruleFiles: ruleFiles) }
            guard let answersPath = answers else {
                ChatSession(engine: engine, answers: nil, costs: try chatCosts(), printer: printer, ruleOptions: ruleOptions, costOptions: costOptions).run()
                return
            }
            let decoded = try AnswerInput.read(answersPath, ruleBase: ruleBase)
            for warning in decoded.warnings { Terminal.printError(warning.description) }
            if interactive {
                ChatSession(engine: engine, answers: decoded.answers, costs: try chatCosts(), printer: printer, ruleOptions: ruleOptions, costOptions: costOptions).run()
                return
            }
            let advice: Advice
            do {
                advice = try engine.advise(decoded.answers)
            } catch {
                throw Failure.unsettled(error, ruleBase: ruleBase, path: answersPath)
            }
            var costs: CostReport?
            if costOptions.costs, let assumptions = try costOptions.assumptions(ruleBase: ruleBase, ruleFiles: ruleFiles) {
                do {
                    costs = try CostReport(engine: engine, assumptions: assumptions, answers: decoded.answers, advice: advice)
                } catch {
                    throw Failure.costsNeedAnswers(error, ruleBase: ruleBase, path: answersPath)
                }
            }
            Terminal.write(outputOptions.render(advice, costs: costs))
        } catch let failure as Failure {
            Terminal.printError(failure.message)
            throw ExitCode(failure.exitCode)
        }
    }
}

enum AdvisorVersion {
    static let current = "0.1.0"
}
