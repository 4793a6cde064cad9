import AdvisorKit
import AdvisorMCP
import AdvisorTools
import ArgumentParser

import Foundation

/// `advisor-mcp`: the Model Context Protocol server that `advisor mcp` runs (see its help). It
/// is a program of its own because the protocol's SDK links Foundation's networking, and with it
/// libcurl, which the `advisor` binary stays without; `advisor mcp` checks the rules with the
/// usual messages first, then hands its process over to this one.
@main
struct AdvisorMCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advisor-mcp",
        abstract: "The MCP server behind advisor mcp (run advisor mcp; advisor help mcp describes it).",
        version: "0.1.0"
    )

    @Option(name: .long, help: ArgumentHelp("Serve the rule base in this folder instead of the built-in rules.", valueName: "dir"))
    var rules: String?

    func run() throws {
        let ruleBase: RuleBase
        var costs: CostAssumptions?
        if let rules {
            do {
                let files = try FileReader.ruleFiles(in: rules)
                ruleBase = try RuleBaseLoader.load(files).0
                costs = (try? CostModelLoader.load(files, ruleBase: ruleBase, onlyCosts: false).0).map { CostAssumptions(model: $0) }
            } catch {
                // `advisor mcp` reports a broken rule base before it gets here, so this is a race
                // with an edit of the folder, or the program run on its own.
                FileHandle.standardError.write(Data("advisor-mcp: error: \(error)\n".utf8))
                throw ExitCode(78)
            }
        } else {
            ruleBase = DefaultRules.ruleBase
            costs = CostAssumptions(model: DefaultRules.costModel)
        }
        let server = AdvisorMCPServer(toolbox: AdvisorToolbox(engine: Engine(ruleBase: ruleBase), costs: costs), version: "0.1.0")
        if let failure = Self.serve(server) {
            FileHandle.standardError.write(Data("advisor-mcp: error: the MCP server stopped: \(failure)\n".utf8))
            throw ExitCode(74)
        }
    }

    /// Runs the server until the client closes standard input; the error it stopped with, if any.
    private static func serve(_ server: AdvisorMCPServer) -> String? {
        final class Outcome: @unchecked Sendable {
            // Written by the server task before `finished` is signalled, read after the wait.
            var failure: String?
        }
        let outcome = Outcome()
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await server.serveOnStandardIO()
            } catch {
                outcome.failure = "\(error)"
            }
            finished.signal()
        }
        finished.wait()
        return outcome.failure
    }
}
