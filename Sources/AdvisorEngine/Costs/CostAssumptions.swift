import AdvisorModel
import Foundation

/// The cost model together with the values the owner changed for this run or conversation
/// (`--assume ID=VALUE`, the chat's `assume ID VALUE`).
///
/// An assumed value replaces the parameter everywhere: in every case and in quiet and bad years
/// alike, since the owner has said what it is.
public struct CostAssumptions: Sendable {
    /// The cost model whose parameters the assumptions change.
    public let model: CostModel
    /// Changed values, in each parameter's own unit.
    public private(set) var overrides: [CostParameterIndex: Decimal]

    /// The model's own values, with `overrides` (in each parameter's own unit) in force.
    public init(model: CostModel, overrides: [CostParameterIndex: Decimal] = [:]) {
        self.model = model
        self.overrides = overrides
    }

    /// Reads `ID=VALUE` (as given to `--assume`) and applies it.
    @discardableResult
    public mutating func assume(_ assignment: String) throws(CostAssumptionError) -> CostParameterIndex {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw CostAssumptionError(message: "'\(assignment)' is not an assumption: write ID=VALUE, for example break_fix_hourly_rate=110")
        }
        let id = assignment[..<equals].trimmingCharacters(in: .whitespaces)
        return try assume(id, String(assignment[assignment.index(after: equals)...]))
    }

    /// Sets parameter `id` from text such as `150`, `150 USD/user/month`, `1800 USD/user/year`
    /// (converted to the parameter's unit) or `40%`.
    @discardableResult
    public mutating func assume(_ id: String, _ text: String) throws(CostAssumptionError) -> CostParameterIndex {
        guard let index = model.parameterIndex(id) else {
            let ids = model.parameters.map(\.id)
            let hint = DidYouMean.hint(for: id, among: ids)
            throw CostAssumptionError(
                message: id.isEmpty
                    ? "an assumption needs a parameter id before '=', for example break_fix_hourly_rate=110"
                    : "unknown cost parameter '\(id)' (advisor rules docs lists them)\(hint)")
        }
        overrides[index] = try Self.value(text, for: model.parameters[index], isDivisor: model.divisors.contains(index))
        return index
    }

    /// Takes back every changed value.
    public mutating func reset() { overrides.removeAll() }

    /// The typical value in force for a parameter whose value no answer changes, or the override.
    public func override(_ index: CostParameterIndex) -> Decimal? { overrides[index] }

    /// Reads a value for `parameter` in its own unit.
    package static func value(_ raw: String, for parameter: CostParameter, isDivisor: Bool) throws(CostAssumptionError) -> Decimal {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let numberEnd = text.firstIndex { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "_" || $0 == ",")) } ?? text.endIndex
        let numberText = text[..<numberEnd].replacingOccurrences(of: ",", with: "")
        var unitText = text[numberEnd...].trimmingCharacters(in: .whitespaces)
        if unitText == "%" { unitText = "percent" }
        let expects = "\(parameter.id) takes a number in \(parameter.unitText), such as \(CostMath.plain(parameter.value.typical))"
        guard let number = CostMath.parse(numberText) else {
            throw CostAssumptionError(message: "'\(text)' is not a number: \(expects)")
        }
        guard number >= 0 else {
            throw CostAssumptionError(message: "\(parameter.id) cannot be negative (\(text)): \(expects)")
        }
        var value = number
        if !unitText.isEmpty {
            let currency = parameter.unit.dimensions.keys.first { $0.count == 3 && $0 == $0.uppercased() } ?? CostModelLoader.defaultCurrency
            let given: CostUnit
            do {
                given = try CostUnit.parse(unitText, currency: currency)
            } catch {
                throw CostAssumptionError(message: "'\(unitText)' is not a unit for \(parameter.id): \(error.message)")
            }
            guard given.isCommensurable(with: parameter.unit) else {
                throw CostAssumptionError(message: "'\(text)' is in \(unitText), but \(parameter.id) is in \(parameter.unitText)")
            }
            value = parameter.unit.scale.removed(from: given.scale.applied(to: number))
        }
        if isDivisor && value == 0 {
            throw CostAssumptionError(message: "\(parameter.id) divides in a formula, so it must be above 0")
        }
        return value
    }
}

/// A value that cannot be assumed for a parameter: an unknown id, not a number, negative, or in
/// the wrong unit. The message names the parameter and what it takes.
public struct CostAssumptionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reason, naming the parameter and what it takes.
    public var message: String
    /// The message.
    public var description: String { message }
}
