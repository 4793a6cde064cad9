import AdvisorModel

/// Conditional advice as JSON for scripts. Field names are part of the interface; keep them stable.
extension JSONRenderer {
    /// `recommendation` is null; `depends_on` names the deciding question and `branches` say what
    /// each group of its answers leads to. With `costs`, the fields `costs` and `break_even`.
    public static func render(_ conditional: ConditionalAdvice, costs: CostReport? = nil) -> String {
        value(of: conditional, costs: costs).serialized()
    }

    /// The JSON value of `conditional` (with the cost estimate when given): `recommendation: null`, the
    /// deciding question, its `branches`, scores, reasons, caveats and answers.
    public static func value(of conditional: ConditionalAdvice, costs: CostReport? = nil) -> JSONValue {
        let ruleBase = conditional.ruleBase
        let deciding = ruleBase.questions[conditional.deciding]
        let option = { (index: OptionIndex) in JSONValue.string(ruleBase.options[index].id) }
        let question = { (index: QuestionIndex) in JSONValue.string(ruleBase.questions[index].id) }
        let rule = { (index: RuleIndex) in JSONValue.string(ruleBase.rules[index].id) }
        let branches = conditional.branches.map { branch -> JSONValue in
            let answers = branch.answers.map { target -> JSONValue in
                switch target {
                case .numbers(let range):
                    return .object([("min", .number(range.lowerBound)), ("max", range.upperBound == Int.max ? .null : .number(range.upperBound))])
                case .value(let value):
                    return .object([("value", json(value, deciding))])
                }
            }
            return .object([
                ("answers", .array(answers)),
                ("recommendation", branch.recommendation.map(option) ?? .null),
                ("possible", .array(branch.possible.map(option))),
                ("depends_on", .array(branch.dependsOn.map(question))),
                ("rules", .array(branch.reasons.map(rule))),
                ("caveats", .array(branch.caveats.map(rule))),
                ("text", .string("If \(conditional.condition(branch)): \(conditional.outcome(branch))")),
            ])
        }
        let scores = conditional.scores.map { standing -> JSONValue in
            .object([
                ("option", option(standing.option)), ("name", .string(ruleBase.options[standing.option].name)),
                ("score", .number(standing.score)), ("min", .number(standing.range.lowerBound)), ("max", .number(standing.range.upperBound)),
            ])
        }
        let reasons = conditional.reasons.map { index -> JSONValue in
            let fired = ruleBase.rules[index]
            return .object(
                [("rule", .string(fired.id)), ("text", .string(fired.because))] + provenance(fired) + [
                    ("effects", .array(fired.points.map { .object([("option", option($0.option)), ("points", .number($0.points))]) }))
                ])
        }
        let caveats = conditional.caveats.map { index -> JSONValue in
            let fired = ruleBase.rules[index]
            return .object([("rule", .string(fired.id)), ("text", .string(fired.caveat ?? ""))] + provenance(fired))
        }
        let answers = ruleBase.questions.enumerated().compactMap { index, asked -> (String, JSONValue)? in
            conditional.answers[index].map { (asked.id, json($0, asked)) }
        }
        let unanswered = conditional.answers.unanswered
        var fields: [(String, JSONValue)] = [
            ("recommendation", .null),
            ("depends_on", .string(deciding.id)),
            ("branches", .array(branches)),
            ("possible", .array(conditional.possible.map(option))),
            ("text", .string(conditional.summary)),
            ("scores", .array(scores)),
            ("reasons", .array(reasons)),
            ("caveats", .array(caveats)),
            ("answers", .object(answers)),
            ("unknown", .array(unanswered.filter(conditional.unknown.contains).map(question))),
            ("unanswered", .array(unanswered.map(question))),
            ("open_questions", .array(conditional.openQuestions.map(question))),
        ]
        if let costs { fields += CostJSON.fields(costs) }
        fields += ruleBaseField(ruleBase, costs: costs)
        return .object(fields)
    }
}
