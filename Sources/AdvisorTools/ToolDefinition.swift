import AdvisorEngine
import AdvisorModel

/// One tool as an assistant sees it: its name, what it does and the JSON Schema of its input.
public struct ToolDefinition: Sendable {
    /// The name the assistant calls it by (`advise`, `read_answer`, …).
    public var name: String
    /// A short title for people.
    public var title: String
    /// What it does and when to call it, for the assistant.
    public var description: String
    /// The JSON Schema of its arguments (an object), taken from the rule base.
    public var inputSchema: JSONValue
}

/// What a tool call gives back: structured data, the same as JSON text, and whether it failed.
public struct ToolResult: Sendable {
    /// The result as text: the structured data serialised (for `advise`, byte for byte what
    /// `advisor --answers FILE --format json` prints), or the error message.
    public var text: String
    /// The result as data. Every result, errors too, names the rule base (`rule_base`).
    public var structured: JSONValue
    /// True when the input was wrong: `text` says what is wrong and what would be valid.
    public var isError: Bool
}

/// A call of a tool that does not exist: a protocol error rather than a tool's error.
public struct UnknownToolError: Error, Sendable, CustomStringConvertible {
    /// The name called.
    public var name: String
    /// The tools there are.
    public var known: [String]

    /// "no tool 'advice'; did you mean 'advise'? (tools: …)".
    public var description: String {
        "no tool \(QuotedText.quote(name))\(DidYouMean.hint(for: name, among: known)) (tools: \(known.joined(separator: ", ")))"
    }
}

/// Why a tool's arguments cannot be used: one message naming the argument, what is wrong and
/// what would be valid, as the command line says it.
public struct ToolInputError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public var message: String

    /// An error with its message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
