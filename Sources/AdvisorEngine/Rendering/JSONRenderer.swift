import AdvisorModel

/// Renders advice as JSON for scripts. Field names are part of the interface; keep them stable.
public enum JSONRenderer {
    /// The report; with `costs`, it gains the fields `costs` and `break_even` (see `CostJSON`).
    public static func render(_ advice: Advice, costs: CostReport? = nil) -> String {
        value(of: advice, costs: costs).serialized()
    }

    /// The report as a JSON value, to serialise or to embed in a larger document.
    public static func value(of advice: Advice, costs: CostReport? = nil) -> JSONValue {
        let ruleBase = advice.ruleBase
        let options = ruleBase.options
        let ranking = advice.ranking.map { standing -> JSONValue in
            var fields: [(String, JSONValue)] = [
                ("option", .string(options[standing.option].id)),
                ("name", .string(options[standing.option].name)),
                ("score", .number(standing.score)),
            ]
            if !advice.isComplete {
                fields.append(("min", .number(standing.range.lowerBound)))
                fields.append(("max", .number(standing.range.upperBound)))
            }
            return .object(fields)
        }
        let reasons = advice.reasons.map { index -> JSONValue in
            let rule = ruleBase.rules[index]
            return .object(
                [
                    ("rule", .string(rule.id)),
                    ("text", .string(rule.because)),
                ] + provenance(rule) + [
                    ("effects", .array(rule.points.map { .object([("option", .string(options[$0.option].id)), ("points", .number($0.points))]) }))
                ])
        }
        let caveats = advice.caveats.map { index -> JSONValue in
            let rule = ruleBase.rules[index]
            return .object([("rule", .string(rule.id)), ("text", .string(rule.caveat ?? ""))] + provenance(rule))
        }
        let answers = ruleBase.questions.enumerated().compactMap { index, question -> (String, JSONValue)? in
            guard let value = advice.answers[index] else { return nil }
            return (question.id, json(value, question))
        }
        let changes = advice.changes.map { change(of: $0, in: ruleBase) }
        var fields: [(String, JSONValue)] = [
            ("recommendation", .string(options[advice.recommendation].id)),
            ("ranking", .array(ranking)),
            ("reasons", .array(reasons)),
            ("caveats", .array(caveats)),
            ("answers", .object(answers)),
            ("unanswered", .array(advice.unanswered.map { .string(ruleBase.questions[$0].id) })),
            ("unknown", .array(advice.unanswered.filter(advice.unknown.contains).map { .string(ruleBase.questions[$0].id) })),
            ("what_would_change", .array(changes)),
        ]
        if let runnerUp = advice.runnerUp {
            fields.append(("runner_up", .string(options[runnerUp.option].id)))
        }
        if let costs { fields += CostJSON.fields(costs) }
        fields += ruleBaseField(ruleBase, costs: costs)
        return .object(fields)
    }

    /// One change of answer: `{question, value}` or `{question, min, max}`, then
    /// `{recommendation, text}` (the option it would lead to, nil when it would reopen the decision).
    package static func change(of change: AnswerChange, in ruleBase: RuleBase) -> JSONValue {
        let question = ruleBase.questions[change.question]
        let target: [(String, JSONValue)]
        switch change.to {
        case .numbers(let range):
            target = [("min", .number(range.lowerBound)), ("max", range.upperBound == Int.max ? .null : .number(range.upperBound))]
        case .value(let value):
            target = [("value", json(value, question))]
        }
        return .object(
            [("question", .string(question.id))] + target + [
                ("recommendation", change.recommendation.map { .string(ruleBase.options[$0].id) } ?? .null),
                ("text", .string(AdvicePhrasing.sentence(for: change, in: ruleBase))),
            ])
    }

    /// `rule_base: {name, digest, files}` (with `costs` for a cost model read on its own); nothing
    /// for a rule base built in code.
    static func ruleBaseField(_ ruleBase: RuleBase, costs: CostReport?) -> [(String, JSONValue)] {
        guard let identity = ruleBase.identity else { return [] }
        var ruleBaseFields = self.identity(identity)
        if let costIdentity = costs?.model.identity { ruleBaseFields.append(("costs", .object(self.identity(costIdentity)))) }
        return [("rule_base", .object(ruleBaseFields))]
    }

    /// `source` (the sections cited), `assumption`, `claims` (`{id, source, says}`) and `interpretation`.
    package static func provenance(_ rule: Rule) -> [(String, JSONValue)] {
        let claims = rule.provenance.claims.map { claim -> JSONValue in
            .object([("id", .string(claim.id)), ("source", .string(claim.source)), ("says", .string(claim.says))])
        }
        return [
            ("source", rule.provenance.source.map(JSONValue.string) ?? .null),
            ("assumption", rule.provenance.assumption.map(JSONValue.string) ?? .null),
            ("claims", .array(claims)),
            ("interpretation", rule.interpretation.map(JSONValue.string) ?? .null),
        ]
    }

    /// `{name, digest, files}` of a rule base or a cost model read on its own.
    private static func identity(_ identity: RuleBaseIdentity) -> [(String, JSONValue)] {
        [("name", .string(identity.name)), ("digest", .string(identity.digest)), ("files", .array(identity.files.map(JSONValue.string)))]
    }

    package static func json(_ value: AnswerValue, _ question: Question) -> JSONValue {
        switch value {
        case .integer(let number): return .number(number)
        case .boolean(let flag): return .bool(flag)
        case .choice: return .string(question.spelling(of: value))
        }
    }
}
