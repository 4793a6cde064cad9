import AdvisorModel
import Foundation

/// A mistake in a formula, at an offset (in Unicode scalars) into its text.
public struct CostFormulaError: Error, Sendable, Hashable {
    /// A short stable name for the mistake (`unknown-name`), for tools.
    public var code: DiagnosticCode
    /// What is wrong, in a sentence fragment.
    public var message: String
    /// Where, in Unicode scalars from the start of the formula.
    public var offset: Int
}

/// Parses a formula and checks it: every name is a parameter or a number question, and the units
/// agree wherever values are added, subtracted or compared (`min`, `max`). A literal `0` takes
/// whatever unit it meets, so `max(0, hours − capacity)` needs no unit of its own.
///
///     formula := term (('+' | '-') term)*
///     term    := factor (('*' | '/') factor)*
///     factor  := number | name | name '(' formula (',' formula)* ')' | '(' formula ')'
package struct CostFormulaParser {
    /// What a name in a formula can stand for. A parameter without a unit is one whose definition
    /// has mistakes of its own: it fits any unit, so those mistakes are not reported again here.
    package struct Names {
        package var parameters: [String: (index: CostParameterIndex, unit: CostUnit?)]
        package var questions: [String: (index: QuestionIndex, unit: CostUnit?, kind: String)]
    }

    /// A checked formula and the unit it comes out in.
    package struct Checked {
        package var formula: CostFormula
        package var unit: CostUnit
        /// True for the literal `0` (and products with it), which fits any unit; also for a
        /// parameter whose unit is unknown.
        var isZero = false
    }

    private let scalars: [Unicode.Scalar]
    private let names: Names
    private var position = 0

    /// Parses and checks `text`; throws the first mistake found.
    package static func check(_ text: String, names: Names) throws(CostFormulaError) -> Checked {
        var parser = CostFormulaParser(scalars: Array(text.unicodeScalars), names: names)
        parser.skipSpaces()
        guard parser.position < parser.scalars.count else {
            throw CostFormulaError(code: .formulaSyntax, message: "the formula is empty", offset: 0)
        }
        let result = try parser.sum()
        parser.skipSpaces()
        if parser.position < parser.scalars.count {
            throw parser.error(.formulaSyntax, "unexpected '\(parser.scalars[parser.position])'; expected an operator (+ - * /) or the end of the formula")
        }
        return result
    }

    private init(scalars: [Unicode.Scalar], names: Names) {
        self.scalars = scalars
        self.names = names
    }

    // MARK: Grammar

    private mutating func sum() throws(CostFormulaError) -> Checked {
        var left = try product()
        while let operation = peekOperator(["+", "-"]) {
            let at = position
            position += 1
            let right = try product()
            left = try combine(operation == "+" ? .add : .subtract, left, right, at: at)
        }
        return left
    }

    private mutating func product() throws(CostFormulaError) -> Checked {
        var left = try factor()
        while let operation = peekOperator(["*", "/"]) {
            position += 1
            let right = try factor()
            let multiply = operation == "*"
            let unit = multiply ? left.unit * right.unit : left.unit / right.unit
            left = Checked(
                formula: .binary(multiply ? .multiply : .divide, left.formula, right.formula), unit: unit,
                isZero: left.isZero || (multiply && right.isZero))
        }
        return left
    }

    private mutating func factor() throws(CostFormulaError) -> Checked {
        skipSpaces()
        guard position < scalars.count else { throw error(.formulaSyntax, "the formula ends too early; expected a number, a name or '('") }
        let scalar = scalars[position]
        if scalar == "(" {
            position += 1
            let inner = try sum()
            try expect(")", "expected ')' to close the '('")
            return inner
        }
        if ("0"..."9").contains(scalar) { return try number() }
        if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" { return try nameOrCall() }
        throw error(.formulaSyntax, "unexpected '\(scalar)'; expected a number, a parameter, a question such as users, or '('")
    }

    private mutating func number() throws(CostFormulaError) -> Checked {
        let start = position
        while position < scalars.count, ("0"..."9").contains(scalars[position]) || scalars[position] == "." { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        guard let value = CostMath.parse(text) else {
            throw CostFormulaError(code: .formulaSyntax, message: "'\(text)' is not a number", offset: start)
        }
        return Checked(formula: .number(value), unit: .number, isZero: value == 0)
    }

    private mutating func nameOrCall() throws(CostFormulaError) -> Checked {
        let start = position
        while position < scalars.count, isNameScalar(scalars[position]) { position += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<position]))
        skipSpaces()
        if position < scalars.count, scalars[position] == "(" {
            position += 1
            return try call(name, at: start)
        }
        if let parameter = names.parameters[name] {
            guard let unit = parameter.unit else { return Checked(formula: .parameter(parameter.index), unit: .number, isZero: true) }
            return Checked(formula: .parameter(parameter.index), unit: CostUnit(dimensions: unit.dimensions))
        }
        if let question = names.questions[name] {
            guard let unit = question.unit else {
                throw CostFormulaError(
                    code: .typeMismatch,
                    message:
                        "'\(name)' is a \(question.kind) question; a formula can use only number questions, so give a parameter cases such as 'when: \(name) …' instead",
                    offset: start)
            }
            return Checked(formula: .question(question.index), unit: unit)
        }
        let known = names.parameters.keys.sorted() + names.questions.filter { $0.value.unit != nil }.keys.sorted()
        throw CostFormulaError(
            code: .unknownParameter,
            message: "unknown name '\(name)'; a formula may use the cost model's parameters and number questions\(DidYouMean.hint(for: name, among: known))",
            offset: start)
    }

    private mutating func call(_ name: String, at start: Int) throws(CostFormulaError) -> Checked {
        guard let function = CostFunction(rawValue: name) else {
            let functions = CostFunction.allCases.map(\.rawValue)
            throw CostFormulaError(
                code: .unknownFunction,
                message: "unknown function '\(name)'\(DidYouMean.hint(for: name, among: functions)) (functions: \(functions.joined(separator: ", ")))",
                offset: start)
        }
        var arguments = [try sum()]
        skipSpaces()
        while position < scalars.count, scalars[position] == "," {
            position += 1
            arguments.append(try sum())
            skipSpaces()
        }
        try expect(")", "expected ',' or ')' in the call of \(name)")
        switch function {
        case .ceil:
            guard arguments.count == 1 else {
                throw CostFormulaError(code: .badCall, message: "ceil takes one value, found \(arguments.count)", offset: start)
            }
            return Checked(formula: .function(.ceil, [arguments[0].formula]), unit: arguments[0].unit)
        case .min, .max:
            guard arguments.count >= 2 else {
                throw CostFormulaError(code: .badCall, message: "\(name) takes two or more values, found one", offset: start)
            }
            var unit: CostUnit?
            for argument in arguments where !argument.isZero {
                if let seen = unit, !seen.isCommensurable(with: argument.unit) {
                    throw CostFormulaError(
                        code: .unitMismatch,
                        message: "the values of \(name) must be in one unit, but one is in \(seen) and another in \(argument.unit)",
                        offset: start)
                }
                unit = unit ?? argument.unit
            }
            return Checked(formula: .function(function, arguments.map(\.formula)), unit: unit ?? .number, isZero: unit == nil)
        }
    }

    // MARK: Helpers

    private func combine(_ operation: CostOperator, _ left: Checked, _ right: Checked, at offset: Int) throws(CostFormulaError) -> Checked {
        let formula = CostFormula.binary(operation, left.formula, right.formula)
        if left.isZero { return Checked(formula: formula, unit: right.unit, isZero: right.isZero) }
        if right.isZero { return Checked(formula: formula, unit: left.unit) }
        guard left.unit.isCommensurable(with: right.unit) else {
            let verb = operation == .add ? "add" : "subtract"
            throw CostFormulaError(
                code: .unitMismatch,
                message:
                    "cannot \(verb) \(right.unit) \(operation == .add ? "to" : "from") \(left.unit): both sides of '\(operation.rawValue)' must be in the same unit",
                offset: offset)
        }
        return Checked(formula: formula, unit: left.unit)
    }

    private mutating func peekOperator(_ operators: [Unicode.Scalar]) -> Unicode.Scalar? {
        skipSpaces()
        guard position < scalars.count, operators.contains(scalars[position]) else { return nil }
        return scalars[position]
    }

    private mutating func expect(_ scalar: Unicode.Scalar, _ message: String) throws(CostFormulaError) {
        skipSpaces()
        guard position < scalars.count, scalars[position] == scalar else { throw error(.formulaSyntax, message) }
        position += 1
    }

    private mutating func skipSpaces() {
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" || scalars[position] == "\n" { position += 1 }
    }

    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    private func error(_ code: DiagnosticCode, _ message: String) -> CostFormulaError {
        CostFormulaError(code: code, message: message, offset: min(position, scalars.count))
    }
}
