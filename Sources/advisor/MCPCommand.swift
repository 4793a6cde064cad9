import AdvisorKit
import ArgumentParser

/// `advisor mcp`: the advisor as a tool for AI assistants, over the Model Context Protocol.
///
/// It checks the rule base here, with the messages and statuses of every command, then hands the
/// process over to `advisor-mcp` beside this program, which serves it.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the advisor to AI assistants over the Model Context Protocol (on standard input and output).",
        discussion: """
            An MCP client (Claude, VS Code, Cursor and others) starts it and talks JSON-RPC over its standard \
            input and output until it closes them. Tools: list_questions, next_question, read_answer, \
            advise, why_not, what_if, estimate_costs, check_rules; resources advisor://claims and \
            advisor://rules; the prompt interview_owner. Every result names the rule base's digest. \
            It reads the rules at start and writes no files. The server is the program advisor-mcp, \
            installed beside advisor.

            Register it with a client, for example:
              {"mcpServers": {"advisor": {"command": "advisor", "args": ["mcp"]}}}

            Examples:
              advisor mcp
              advisor mcp --rules MyRules/

            Exit status: 78 broken rules, 66 rule folder missing, 69 advisor-mcp not found.
            """
    )

    @OptionGroup var ruleOptions: RuleBaseOptions

    func run() throws {
        try reportingFailures { () throws(Failure) in
            // Broken rules are reported here, as every command reports them.
            let ruleBase = try ruleOptions.loadRuleBase()
            if ruleOptions.folder != nil { _ = try CostOptions.load(ruleBase: ruleBase, ruleFiles: try ruleOptions.ruleFiles()) }
            let server = Platform.siblingProgram("advisor-mcp")
            if Platform.isTerminal(Platform.standardInput) {
                Terminal.printError(
                    "advisor mcp: serving the Model Context Protocol on standard input and output, for an MCP client to start; Ctrl-D ends it (advisor help mcp shows how to register it)."
                )
            }
            let arguments = ruleOptions.folder.map { ["--rules", $0] } ?? []
            let error = Platform.replaceProcess(with: server, arguments: ["advisor-mcp"] + arguments)
            throw Failure.other(
                message: "cannot start the MCP server \(server): \(error); install advisor-mcp beside advisor (swift build -c release --product advisor-mcp)",
                status: .unavailable)
        }
    }
}
