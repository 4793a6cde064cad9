import AdvisorEngine
import AdvisorTools
import MCP

/// `advisor mcp`: the advisor's tools, resources and prompt served over the Model Context
/// Protocol (the Swift SDK's `Server`), on any transport; `advisor mcp` uses standard input and output.
///
/// A wrong argument is the tool's error (the result says what is wrong and what is valid, as the
/// command line would), an unknown tool, resource or prompt a protocol error; either way the
/// server goes on serving.
public struct AdvisorMCPServer: Sendable {
    /// The tools the server offers.
    public let toolbox: AdvisorToolbox
    /// The version it reports.
    public let version: String

    /// A server for `toolbox`, reporting `version`.
    public init(toolbox: AdvisorToolbox, version: String) {
        self.toolbox = toolbox
        self.version = version
    }

    /// What the server tells the assistant when it connects.
    var instructions: String {
        let digest = toolbox.ruleBase.identity.map { " (rule base \($0.name), SHA-256 \($0.shortDigest))" } ?? ""
        return """
            The IT support advisor\(digest) recommends how a small business should get IT support and explains why, \
            citing an article on the subject. Interview the owner with next_question and read_answer (the prompt \
            interview_owner says how), then call advise. Never guess an answer; cite the reasons the report gives.
            """
    }

    /// Serves on `transport` until the other side closes it.
    public func serve(on transport: any Transport) async throws {
        let server = Server(
            name: "advisor", version: version, title: "IT support advisor", instructions: instructions,
            capabilities: .init(prompts: .init(listChanged: false), resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await register(on: server)
        try await server.start(transport: transport)
        await server.waitUntilCompleted()
        await server.stop()
    }

    /// Serves on standard input and output until the client closes them, then puts their flags
    /// back as they were.
    public func serveOnStandardIO() async throws {
        let flags = Platform.standardFlags()
        defer { Platform.restore(flags) }
        let standardIO = StdioTransport()
        try await serve(on: DrainingTransport(standardIO, logger: standardIO.logger))
    }

    /// Registers the handlers of every method the server answers.
    func register(on server: Server) async {
        let toolbox = self.toolbox
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: toolbox.tools.map(Self.tool))
        }
        await server.withMethodHandler(CallTool.self) { parameters in
            try Self.call(toolbox, parameters)
        }
        await server.withMethodHandler(ListResources.self) { _ in
            ListResources.Result(
                resources: toolbox.resources.map { Resource(name: $0.name, uri: $0.uri, description: $0.description, mimeType: $0.mimeType) })
        }
        await server.withMethodHandler(ReadResource.self) { parameters in
            guard let definition = toolbox.resources.first(where: { $0.uri == parameters.uri }), let text = toolbox.read(resource: parameters.uri) else {
                throw MCPError.invalidParams("no resource \(parameters.uri) (resources: \(toolbox.resources.map(\.uri).joined(separator: ", ")))")
            }
            return ReadResource.Result(contents: [.text(text, uri: definition.uri, mimeType: definition.mimeType)])
        }
        await server.withMethodHandler(ListPrompts.self) { _ in
            ListPrompts.Result(prompts: toolbox.prompts.map { Prompt(name: $0.name, title: $0.title, description: $0.description) })
        }
        await server.withMethodHandler(GetPrompt.self) { parameters in
            guard let definition = toolbox.prompts.first(where: { $0.name == parameters.name }), let text = toolbox.prompt(parameters.name) else {
                throw MCPError.invalidParams("no prompt \(parameters.name) (prompts: \(toolbox.prompts.map(\.name).joined(separator: ", ")))")
            }
            return GetPrompt.Result(description: definition.description, messages: [.user(.text(text: text))])
        }
    }

    /// One tool call as the server answers it: the toolbox's result as text and structured content.
    /// - Throws: `MCPError.invalidParams` for an unknown tool.
    public static func call(_ toolbox: AdvisorToolbox, _ parameters: CallTool.Parameters) throws -> CallTool.Result {
        let arguments = (parameters.arguments ?? [:]).mapValues(JSONValue.init)
        let result: ToolResult
        do {
            result = try toolbox.call(parameters.name, arguments: arguments)
        } catch {
            throw MCPError.invalidParams(error.description)
        }
        let structured: Value? = result.structured.mcpValue
        return CallTool.Result(content: [.text(text: result.text, annotations: nil, _meta: nil)], structuredContent: structured, isError: result.isError)
    }

    static func tool(_ definition: ToolDefinition) -> Tool {
        Tool(
            name: definition.name, title: definition.title, description: definition.description, inputSchema: definition.inputSchema.mcpValue,
            annotations: .init(title: definition.title, readOnlyHint: true, openWorldHint: false))
    }
}
