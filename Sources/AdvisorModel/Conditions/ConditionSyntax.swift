/// A range of Unicode scalars inside a condition's text, for pointing at mistakes.
public struct TextSpan: Sendable, Hashable {
    /// Offset of the first scalar, from 0.
    public var start: Int
    /// Number of scalars (at least 1 when pointing at something).
    public var length: Int

    /// The scalars from `start` (0-based) on, `length` of them.
    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }

    /// The span from the start of `self` to the end of `other`.
    package func through(_ other: TextSpan) -> TextSpan {
        TextSpan(start: start, length: max(1, other.start + other.length - start))
    }
}

/// A condition as parsed, before names are resolved against the questions.
package indirect enum ConditionSyntax: Sendable, Hashable {
    case literal(Bool, TextSpan)
    /// A bare name: valid only for a yes/no question.
    case name(Name)
    case comparison(Name, ComparisonOperator, Operand)
    case membership(Name, negated: Bool, MemberSet)
    case not(ConditionSyntax)
    case and([ConditionSyntax])
    case or([ConditionSyntax])

    package struct Name: Sendable, Hashable {
        package var text: String
        package var span: TextSpan
    }

    package struct Operand: Sendable, Hashable {
        package enum Value: Sendable, Hashable {
            case number(Int)
            case name(String)
            case boolean(Bool)
        }
        package var value: Value
        package var span: TextSpan
    }

    package enum MemberSet: Sendable, Hashable {
        case list([Operand], TextSpan)
        /// `low...high` (closed) or `low..<high` (half-open).
        case range(lower: Operand, upper: Operand, halfOpen: Bool)
    }
}

/// The comparison operators of the condition language.
package enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A mistake in a condition, located inside the condition's text.
public struct ConditionError: Error, Sendable, Hashable {
    /// Short machine-readable name of the mistake (`unknown-question`).
    public var code: DiagnosticCode
    /// What is wrong, in a sentence fragment.
    public var message: String
    /// Where in the condition's text.
    public var span: TextSpan

    /// A mistake named `code`, described by `message`, at `span`.
    public init(code: DiagnosticCode, message: String, span: TextSpan) {
        self.code = code
        self.message = message
        self.span = span
    }
}
