import AdvisorModel
import Foundation

/// Position of a parameter in its cost model; formulas, estimates and overrides refer to it.
public typealias CostParameterIndex = Int

/// A checked formula of the cost model, with parameters and questions resolved to indices.
///
/// Formulas are arithmetic over parameters, number questions (`users`) and plain numbers, with
/// `min`, `max` and `ceil`. They are evaluated on canonical values (see `CostUnit`), so a formula
/// never converts units itself.
public indirect enum CostFormula: Sendable, Hashable {
    /// A number as written (`0`, `1.5`).
    case number(Decimal)
    /// A parameter's value in the year being worked out.
    case parameter(CostParameterIndex)
    /// The answer to a number question, such as the number of users.
    case question(QuestionIndex)
    /// `+`, `-`, `*` or `/` of two formulas.
    case binary(CostOperator, CostFormula, CostFormula)
    /// `min`, `max` or `ceil` of its arguments.
    case function(CostFunction, [CostFormula])

    /// The parameters the formula reads, each once, in order of first mention.
    public var parameters: [CostParameterIndex] {
        var seen: [CostParameterIndex] = []
        visit { if case .parameter(let index) = $0, !seen.contains(index) { seen.append(index) } }
        return seen
    }

    /// The questions the formula reads, each once, in order of first mention.
    public var questions: [QuestionIndex] {
        var seen: [QuestionIndex] = []
        visit { if case .question(let index) = $0, !seen.contains(index) { seen.append(index) } }
        return seen
    }

    /// The parameters that stand (anywhere) on the right of a `/`: a zero there would divide by zero.
    public var divisors: [CostParameterIndex] {
        var found: [CostParameterIndex] = []
        visit { node in
            guard case .binary(.divide, _, let right) = node else { return }
            for index in right.parameters where !found.contains(index) { found.append(index) }
        }
        return found
    }

    private func visit(_ body: (CostFormula) -> Void) {
        body(self)
        switch self {
        case .number, .parameter, .question: return
        case .binary(_, let left, let right):
            left.visit(body)
            right.visit(body)
        case .function(_, let arguments):
            for argument in arguments { argument.visit(body) }
        }
    }

    /// The value for canonical parameter values and answers. A division by zero gives 0 (the
    /// loader and `--assume` keep divisors above zero, so this is only a guard).
    public func evaluate(parameter: (CostParameterIndex) -> Decimal, question: (QuestionIndex) -> Decimal) -> Decimal {
        switch self {
        case .number(let value): return value
        case .parameter(let index): return parameter(index)
        case .question(let index): return question(index)
        case .binary(let operation, let left, let right):
            let lhs = left.evaluate(parameter: parameter, question: question)
            let rhs = right.evaluate(parameter: parameter, question: question)
            switch operation {
            case .add: return lhs + rhs
            case .subtract: return lhs - rhs
            case .multiply: return lhs * rhs
            case .divide: return rhs == 0 ? 0 : lhs / rhs
            }
        case .function(let function, let arguments):
            let values = arguments.map { $0.evaluate(parameter: parameter, question: question) }
            switch function {
            case .min: return values.min() ?? 0
            case .max: return values.max() ?? 0
            case .ceil: return CostMath.rounded(values.first ?? 0, scale: 0, .up)
            }
        }
    }

    /// The formula written out with `name` for each parameter and question, `×` and `÷` for
    /// products and quotients, and parentheses only where the grouping needs them.
    public func rendered(name: (CostFormula) -> String) -> String {
        render(name: name, parentPrecedence: 0, isRightOperand: false)
    }

    private func render(name: (CostFormula) -> String, parentPrecedence: Int, isRightOperand: Bool) -> String {
        switch self {
        case .number(let value): return CostMath.plain(value)
        case .parameter, .question: return name(self)
        case .function(let function, let arguments):
            return "\(function.rawValue)(" + arguments.map { $0.render(name: name, parentPrecedence: 0, isRightOperand: false) }.joined(separator: ", ") + ")"
        case .binary(let operation, let left, let right):
            let precedence = operation.precedence
            let text =
                left.render(name: name, parentPrecedence: precedence, isRightOperand: false)
                + " \(operation.symbol) "
                + right.render(name: name, parentPrecedence: precedence, isRightOperand: true)
            let needsParentheses = precedence < parentPrecedence || (precedence == parentPrecedence && isRightOperand)
            return needsParentheses ? "(\(text))" : text
        }
    }
}

/// The four operations of a formula.
public enum CostOperator: String, Sendable, Hashable {
    /// The operation, spelled as in a formula.
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    var precedence: Int { self == .add || self == .subtract ? 1 : 2 }

    /// How it is shown to people.
    package var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract: return "−"
        case .multiply: return "×"
        case .divide: return "÷"
        }
    }
}

/// The functions a formula may call.
public enum CostFunction: String, Sendable, Hashable, CaseIterable {
    /// The smallest of two or more values of one unit.
    case min
    /// The largest of two or more values of one unit.
    case max
    /// One value rounded up to a whole number (a whole person, say).
    case ceil
}

/// Decimal helpers shared by the cost model: rounding and plain printing.
package enum CostMath {
    static let posix = Locale(identifier: "en_US_POSIX")

    package static func rounded(_ value: Decimal, scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, mode)
        return result
    }

    /// Whole units, halves away from zero.
    package static func whole(_ value: Decimal) -> Int {
        NSDecimalNumber(decimal: rounded(value, scale: 0, .plain)).intValue
    }

    /// The number as written in a file: `125`, `0.5`, `-3` (no grouping, no exponent).
    package static func plain(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, posix)
    }

    /// Reads `125`, `0.5`, `-3`, `1_000`: digits with an optional sign and decimal point.
    package static func parse(_ text: String) -> Decimal? {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        var body = Substring(cleaned)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            !(parts.first?.isEmpty ?? true), parts.count == 1 || !parts[1].isEmpty,
            cleaned.count <= 30
        else { return nil }
        return Decimal(string: cleaned, locale: posix)
    }
}
