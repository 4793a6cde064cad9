/// A problem found in a rule base or answer file, located as precisely as possible.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// A short stable name for the kind of problem (`unknown-question`), for tools: the raw value
    /// of a `DiagnosticCode`.
    public var code: String
    /// One sentence: what is wrong, and what would be valid.
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?

    public init(_ severity: Severity, code: DiagnosticCode, message: String, at location: SourceLocation?) {
        self.severity = severity
        self.code = code.rawValue
        self.message = message
        self.location = location
    }

    /// `file:line:column: error: message`, the format compilers use.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// A rule base that could not be loaded, with every problem found.
public struct RuleBaseError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
