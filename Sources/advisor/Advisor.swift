import AdvisorKit
import ArgumentParser
import Foundation

/// The `advisor` command: recommends a way of getting IT support and explains why.
@main
struct Advisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advisor",
        abstract: "Recommends how a small business should get IT support, and explains why.",
        discussion: """
            Compares four models (a sole proprietor, a break-fix shop, a managed \
            services provider, in-house IT) with rules taken from an article on IT \
            support for small businesses. Every reason cites the article or says \
            plainly that it is an assumption.

            Answers are a JSON or YAML object of question ids and answers:
              {"users": 12, "variable_bills": "accept",
               "backup_monitoring": true, "network_complexity": "moderate",
               "downtime_cost": "medium", "proactive_care": false}

            Run without options for a guided chat that asks only what matters;
            type help there for its commands.

            Examples:
              advisor                                   the guided chat
              advisor --answers partial.json --interactive
              advisor --answers answers.json
              advisor --answers answers.yaml --format markdown > report.md
              cat answers.json | advisor --answers - --format json
              advisor --answers answers.json --rules MyRules/

            Exit status: 0 success, 64 usage, 65 bad or insufficient answers,
            66 file missing or unreadable, 78 broken rule base.
            """,
        version: AdvisorVersion.current
    )

    @OptionGroup var ruleOptions: RuleBaseOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(name: .long, help: ArgumentHelp("Read the answers from this JSON or YAML file ('-' for standard input).", valueName: "file"))
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
    }

    func run() throws {
        Terminal.restoreDefaultSignalHandling()
        do {
            let ruleBase = try ruleOptions.loadRuleBase()
            let engine = Engine(ruleBase: ruleBase)
            let printer = ChatPrinter(width: Terminal.width, colors: Terminal.wantsColor(noColorFlag: outputOptions.noColor))
            guard let answersPath = answers else {
                ChatSession(engine: engine, answers: nil, printer: printer).run()
                return
            }
            let decoded = try AnswerInput.read(answersPath, ruleBase: ruleBase)
            for warning in decoded.warnings { Terminal.printError(warning.description) }
            if interactive {
                ChatSession(engine: engine, answers: decoded.answers, printer: printer).run()
                return
            }
            let advice: Advice
            do {
                advice = try engine.advise(decoded.answers)
            } catch {
                throw Failure.unsettled(error, ruleBase: ruleBase, path: answersPath)
            }
            Terminal.write(outputOptions.render(advice))
        } catch let failure as Failure {
            Terminal.printError(failure.message)
            throw ExitCode(failure.exitCode)
        }
    }
}

enum AdvisorVersion {
    static let current = "0.1.0"
}
