/// A problem found in a rule base or answer file, located as precisely as possible.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is: a warning leaves the rule base usable, an error does not.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// A warning is worth a look and leaves the rule base usable (`rules check --strict` fails on
        /// it); an error stops the rule base or the answers from loading.
        case warning, error

        /// Warnings come before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// Whether it is an error or a warning.
    public var severity: Severity
    /// A short stable name for the kind of problem (`unknown-question`), for tools: the raw value
    /// of a `DiagnosticCode`.
    public var code: String
    /// One sentence: what is wrong, and what would be valid.
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?

    /// A diagnostic of `severity` and `code`, saying `message`, at `location` when known.
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

    /// An error carrying `diagnostics`.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The diagnostics that are errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Every diagnostic, one per line, as `advisor` prints them.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
