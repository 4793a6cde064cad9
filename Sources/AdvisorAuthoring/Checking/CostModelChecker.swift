import AdvisorEngine
import AdvisorModel

/// Checks of a cost model that loads: what the loader accepts but cannot matter.
///
/// - `unused-parameter`: no formula reads the parameter, so its value changes no estimate.
///   At the parameter.
/// - `unreachable-case`: a case that can never give the value: its condition is `false`, or an
///   earlier case's condition is always `true`. At the case.
///
/// Units, names, sources and estimates for every option are checked when the model loads
/// (`CostModelLoader`), so they are errors rather than warnings.
public enum CostModelChecker {
    /// The warnings about `model`, in the order of the model's parameters and cases.
    public static func warnings(for model: CostModel) -> [Diagnostic] {
        unusedParameters(model) + unreachableCases(model)
    }

    static func unusedParameters(_ model: CostModel) -> [Diagnostic] {
        let used = Set(model.estimates.flatMap { $0.flatMap(\.formula.parameters) })
        return model.parameters.indices.filter { !used.contains($0) }.map { index in
            let parameter = model.parameters[index]
            return Diagnostic(
                .warning, code: .unusedParameter,
                message: "parameter '\(parameter.id)' is read by no formula, so its value changes no estimate; use it in an estimate or remove it",
                at: parameter.location)
        }
    }

    static func unreachableCases(_ model: CostModel) -> [Diagnostic] {
        model.parameters.flatMap { parameter -> [Diagnostic] in
            var shadowed = false
            return parameter.cases.enumerated().compactMap { position, item in
                defer { if item.condition == .constant(true) { shadowed = true } }
                guard shadowed || item.condition == .constant(false) else { return nil }
                let why = shadowed ? "an earlier case always applies" : "its condition is never true"
                return Diagnostic(
                    .warning, code: .unreachableCase,
                    message: "case \(position + 1) of parameter '\(parameter.id)' never gives the value: \(why)",
                    at: item.location)
            }
        }
    }
}
