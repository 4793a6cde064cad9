import AdvisorKit
import Foundation

/// Swift source that builds the built-in cost model directly, as `RuleBaseSwiftSource` does the
/// rule base: the summary's cost line needs the model at every `--answers` run, and reading it
/// from YAML took two thirds of a launch.
enum CostModelSwiftSource {
    static func generate(_ model: CostModel, ruleBase: RuleBase) -> String {
        var out = """
            \(GeneratedFiles.header)
            import Foundation

            // The built-in cost model as loaded and checked from Rules/, so that start-up reads no YAML.
            extension EmbeddedRules {
                static func costModel(claims: [Claim]) -> CostModel {
                    CostModel(currency: \(RuleBaseSwiftSource.string(model.currency)), parameters: parameters(claims), estimates: estimates)
                }

                private static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
                    SourceLocation(file: file, line: line, column: column)
                }

                /// A number as the rule files write it (the generator writes only valid ones).
                private static func number(_ text: String) -> Decimal { Decimal(string: text, locale: nil) ?? .nan }

                private static func parameters(_ claims: [Claim]) -> [CostParameter] {
                    [

            """
        for parameter in model.parameters {
            out += "            CostParameter(\n"
            out += "                id: \(RuleBaseSwiftSource.string(parameter.id)), unitText: \(RuleBaseSwiftSource.string(parameter.unitText)),\n"
            out += "                unit: \(unit(parameter.unit)),\n"
            out += "                description: \(RuleBaseSwiftSource.string(parameter.description)),\n"
            out += "                provenance: \(RuleBaseSwiftSource.provenance(parameter.provenance, ruleBase)),\n"
            out += "                interpretation: \(parameter.interpretation.map(RuleBaseSwiftSource.string) ?? "nil"),\n"
            out += "                value: \(value(parameter.value)),\n"
            out += "                cases: [\(parameter.cases.map(caseSource).joined(separator: ", "))],\n"
            out += "                location: \(RuleBaseSwiftSource.location(parameter.location))),\n"
        }
        out += "        ]\n    }\n\n    private static let estimates: [[CostPartFormula]] = [\n"
        for parts in model.estimates {
            out += "        [\n"
            for part in parts {
                out += "            CostPartFormula(\n"
                out += "                kind: .\(part.kind), description: \(RuleBaseSwiftSource.string(part.description)),\n"
                out += "                formulaText: \(RuleBaseSwiftSource.string(part.formulaText)),\n"
                out += "                formula: \(formula(part.formula)),\n"
                out += "                location: \(RuleBaseSwiftSource.location(part.location))),\n"
            }
            out += "        ],\n"
        }
        out += "    ]\n}\n"
        return out
    }

    private static func unit(_ unit: CostUnit) -> String {
        let dimensions = unit.dimensions.sorted { $0.key < $1.key }.map { "\(RuleBaseSwiftSource.string($0.key)): \($0.value)" }
        let written = dimensions.isEmpty ? "[:]" : "[\(dimensions.joined(separator: ", "))]"
        return "CostUnit(dimensions: \(written), scale: Fraction(\(unit.scale.numerator), \(unit.scale.denominator)))"
    }

    private static func decimal(_ value: Decimal) -> String { "number(\(RuleBaseSwiftSource.string("\(value)")))" }

    private static func value(_ value: CostValue) -> String {
        "CostValue(typical: \(decimal(value.typical)), quietYear: \(decimal(value.quietYear)), badYear: \(decimal(value.badYear)))"
    }

    private static func caseSource(_ entry: CostParameter.Case) -> String {
        "CostParameter.Case(conditionText: \(RuleBaseSwiftSource.string(entry.conditionText)), condition: \(RuleBaseSwiftSource.condition(entry.condition)), "
            + "value: \(value(entry.value)), location: \(RuleBaseSwiftSource.location(entry.location)))"
    }

    private static func formula(_ formula: CostFormula) -> String {
        switch formula {
        case .number(let value): return "CostFormula.number(\(decimal(value)))"
        case .parameter(let index): return "CostFormula.parameter(\(index))"
        case .question(let index): return "CostFormula.question(\(index))"
        case .binary(let operation, let left, let right):
            return "CostFormula.binary(.\(operation), \(self.formula(left)), \(self.formula(right)))"
        case .function(let function, let arguments):
            return "CostFormula.function(.\(function), [\(arguments.map(self.formula).joined(separator: ", "))])"
        }
    }
}
