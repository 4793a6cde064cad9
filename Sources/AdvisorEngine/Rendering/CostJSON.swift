import Foundation

/// The cost report as JSON fields for scripts: `costs` (every option in ranking order) and
/// `break_even`. Field names are part of the interface; keep them stable.
public enum CostJSON {
    /// `[("costs", …), ("break_even", …)]`, to add to a report's object.
    public static func fields(_ report: CostReport) -> [(String, JSONValue)] {
        [("costs", costs(report)), ("break_even", breakEven(report))]
    }

    /// A list of `{option, name, expected, low, high, currency, parts}`, in ranking order.
    public static func costs(_ report: CostReport) -> JSONValue {
        let options = report.ruleBase.options
        return .array(
            report.estimates.map { estimate in
                .object([
                    ("option", .string(options[estimate.option].id)),
                    ("name", .string(options[estimate.option].name)),
                    ("expected", .number(estimate.expected)),
                    ("low", .number(estimate.low)),
                    ("high", .number(estimate.high)),
                    ("currency", .string(report.currency)),
                    ("parts", .array(estimate.parts.map { part($0, report) })),
                ])
            })
    }

    private static func part(_ part: CostEstimate.Part, _ report: CostReport) -> JSONValue {
        .object([
            ("name", .string(part.kind.rawValue)),
            ("amount", .number(part.amount)),
            ("low", .number(part.low)),
            ("high", .number(part.high)),
            (
                "parameters",
                .array(
                    part.parameters.map { index in
                        let parameter = report.model.parameters[index]
                        return .object([
                            ("id", .string(parameter.id)),
                            ("value", number(report.resolved[index].shown)),
                            ("unit", .string(parameter.unitText)),
                        ])
                    })
            ),
            ("working", .string(part.working)),
        ])
    }

    /// `{cheapest, recommendation, text, by_question: [...], assumptions: [...]}`.
    public static func breakEven(_ report: CostReport) -> JSONValue {
        let options = report.ruleBase.options
        let sweeps = report.breakEven.sweeps.map { sweep -> JSONValue in
            .object([
                ("question", .string(report.ruleBase.questions[sweep.question].id)),
                ("checked_from", .number(sweep.range.lowerBound)),
                ("checked_to", .number(sweep.range.upperBound)),
                (
                    "cheapest",
                    .array(
                        sweep.stretches.map { stretch in
                            .object([
                                ("from", .number(stretch.range.lowerBound)),
                                ("to", stretch.range.upperBound == sweep.range.upperBound ? .null : .number(stretch.range.upperBound)),
                                ("option", .string(options[stretch.cheapest].id)),
                            ])
                        })
                ),
                ("text", .string(CostPhrasing.sweep(sweep, in: report))),
                ("comparison", CostPhrasing.pair(sweep, in: report).map(JSONValue.string) ?? .null),
            ])
        }
        let shifts = report.breakEven.shifts.map { shift -> JSONValue in
            let parameter = report.model.parameters[shift.parameter]
            return .object([
                ("parameter", .string(parameter.id)),
                ("from", number(shift.from)),
                ("to", number(shift.to)),
                ("unit", .string(parameter.unitText)),
                ("change_percent", .number(shift.percent)),
                ("cheapest", .string(options[shift.cheapest].id)),
                ("text", .string(CostPhrasing.shift(shift, in: report))),
            ])
        }
        return .object([
            ("cheapest", .string(options[report.cheapest].id)),
            ("recommendation", report.recommendation.map { .string(options[$0].id) } ?? .null),
            ("text", .string(CostPhrasing.verdict(report))),
            ("by_question", .array(sweeps)),
            ("assumptions", .array(shifts)),
        ])
    }

    /// A whole number as an integer, anything else as a decimal.
    package static func number(_ value: Decimal) -> JSONValue {
        CostMath.rounded(value, scale: 0, .plain) == value ? .number(NSDecimalNumber(decimal: value).intValue) : .decimal(value)
    }
}
