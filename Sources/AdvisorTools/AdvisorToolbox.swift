import AdvisorAuthoring
import AdvisorChat
import AdvisorEngine
import AdvisorModel

/// The advisor's operations as tools for AI assistants (served by `advisor mcp`): the chat's
/// questions and reader, the report of `advisor --answers`, why-not, what-if, the cost estimate
/// and the rule check, each with a JSON Schema for its input taken from the rule base and JSON
/// out. It does no I/O except `check_rules`, which reads the folder it is given; it writes nothing.
///
/// Every result names the rule base (`rule_base`: its name and digest), so that an assistant can
/// say which rules an answer rests on.
public struct AdvisorToolbox: Sendable {
    /// The engine of the rule base the tools answer from.
    public let engine: Engine
    /// The rule base's cost model with its own values; nil when it has none.
    public let costs: CostAssumptions?
    /// The chat's words for reading plain answers, compiled once.
    let vocabulary: PlainAnswerReader.Vocabulary

    /// The rule base the tools answer from.
    public var ruleBase: RuleBase { engine.ruleBase }

    /// Tools over `engine`'s rule base; `costs` is its cost model (nil when it has none).
    public init(engine: Engine, costs: CostAssumptions?) {
        self.engine = engine
        self.costs = costs
        vocabulary = PlainAnswerReader.Vocabulary(engine.ruleBase.questions)
    }

    /// The tools, in the order they are listed, each with the arguments it takes.
    enum Tool: String, CaseIterable {
        case listQuestions = "list_questions", nextQuestion = "next_question", readAnswer = "read_answer", advise
        case whyNot = "why_not", whatIf = "what_if", estimateCosts = "estimate_costs", checkRules = "check_rules"

        /// The names of its arguments.
        var arguments: [String] {
            switch self {
            case .listQuestions: return []
            case .nextQuestion: return ["answers"]
            case .readAnswer: return ["question", "text"]
            case .advise: return ["answers", "open", "costs", "assume"]
            case .whyNot: return ["answers", "option"]
            case .whatIf: return ["answers", "question", "value"]
            case .estimateCosts: return ["answers", "assume"]
            case .checkRules: return ["folder"]
            }
        }
    }

    /// The names of the tools, in the order they are listed.
    public static let toolNames = Tool.allCases.map(\.rawValue)

    /// Calls tool `name` with `arguments`.
    ///
    /// - Returns: The result; a tool error (`isError`) for arguments it cannot use, with the
    ///   message the command line gives.
    /// - Throws: ``UnknownToolError`` when there is no tool of that name.
    public func call(_ name: String, arguments: [String: JSONValue]) throws(UnknownToolError) -> ToolResult {
        guard let tool = Tool(rawValue: name) else { throw UnknownToolError(name: name, known: Self.toolNames) }
        do throws(ToolInputError) {
            let given = try ToolArguments(tool: name, values: arguments, allowed: tool.arguments)
            switch tool {
            case .listQuestions: return try listQuestions(given)
            case .nextQuestion: return try nextQuestion(given)
            case .readAnswer: return try readAnswer(given)
            case .advise: return try advise(given)
            case .whyNot: return try whyNot(given)
            case .whatIf: return try whatIf(given)
            case .estimateCosts: return try estimateCosts(given)
            case .checkRules: return try checkRules(given)
            }
        } catch {
            return failure(error.message)
        }
    }

    // MARK: Results

    /// A result: `fields` after the rule base's name and digest.
    func success(_ fields: [(String, JSONValue)]) -> ToolResult {
        let value = JSONValue.object(ruleBaseField + fields)
        return ToolResult(text: value.serialized(), structured: value, isError: false)
    }

    /// A tool error with `message`, naming the rule base too.
    func failure(_ message: String) -> ToolResult {
        ToolResult(text: message, structured: .object(ruleBaseField + [("error", .string(message))]), isError: true)
    }

    /// `rule_base: {name, digest}`, as every result starts.
    var ruleBaseField: [(String, JSONValue)] {
        let identity = ruleBase.identity
        return [("rule_base", .object([("name", identity.map { .string($0.name) } ?? .null), ("digest", identity.map { .string($0.digest) } ?? .null)]))]
    }

    /// A question as the tools describe it: id, label, kind, what it takes, ask and why.
    func describe(_ question: Question) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(question.id)), ("label", .string(question.label))]
        switch question.kind {
        case .integer(let range, let unit):
            fields += [("kind", .string("integer")), ("minimum", .number(range.lowerBound))]
            fields.append(("maximum", range.upperBound == Int.max ? .null : .number(range.upperBound)))
            fields.append(("unit", unit.map(JSONValue.string) ?? .null))
        case .boolean:
            fields.append(("kind", .string("boolean")))
        case .choice(let choices):
            fields.append(("kind", .string("choice")))
            fields.append(("choices", .array(choices.map { .object([("value", .string($0.value)), ("label", .string($0.label))]) })))
        }
        fields += [("ask", .string(question.ask)), ("why", .string(question.why))]
        return .object(fields)
    }

    /// An option as `{option, name}`.
    func describe(option: OptionIndex) -> JSONValue {
        .object([("option", .string(ruleBase.options[option].id)), ("name", .string(ruleBase.options[option].name))])
    }

    /// An answer as an answer file writes it (a number, true or false, a choice's value).
    func json(_ value: AnswerValue, of question: QuestionIndex) -> JSONValue {
        JSONRenderer.json(value, ruleBase.questions[question])
    }
}
