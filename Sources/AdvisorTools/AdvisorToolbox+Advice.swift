import AdvisorEngine
import AdvisorModel

/// The advice: the report of `advisor --answers`, why an option lost and what one changed
/// answer would do.
extension AdvisorToolbox {
    /// `advise`: the JSON report of `advisor --answers FILE --format json [--open] [--costs]`.
    func advise(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let decoded = try arguments.answers(in: ruleBase)
        let open = try arguments.flag("open"), wantsCosts = try arguments.flag("costs")
        let assumptions = try costsInForce(arguments, wanted: wantsCosts)
        if arguments.values["assume"].map({ $0 != .null }) == true && !wantsCosts {
            throw ToolInputError("assume changes the cost estimate; set costs to true to show it")
        }
        do {
            let report = try AnswersReport(
                engine: engine, answers: decoded.answers, unknown: Set(decoded.unknown), open: open,
                costs: wantsCosts ? assumptions : nil, summaryCosts: assumptions)
            let value = report.jsonValue
            return ToolResult(text: value.serialized(), structured: value, isError: false)
        } catch {
            switch error {
            case .unsettled: throw ToolInputError("\(error.message(in: ruleBase)); set open to true for what each answer would lead to")
            case .costsNeedAnswers: throw ToolInputError(error.message(in: ruleBase))
            }
        }
    }

    /// The cost model with the call's `assume` values; nil when the rule base has none (an error
    /// when costs are `wanted`).
    func costsInForce(_ arguments: ToolArguments, wanted: Bool) throws(ToolInputError) -> CostAssumptions? {
        guard let costs else {
            if wanted { throw ToolInputError("the rule base has no cost model (a 'costs' section), so there is no estimate") }
            return nil
        }
        return try arguments.assumptions(costs)
    }

    /// `why_not`: what held `option` back, and the smallest change that would make it lead.
    func whyNot(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let decoded = try arguments.answers(in: ruleBase)
        let option = try self.option(arguments)
        let advice: Advice
        do {
            advice = try engine.advise(decoded.answers)
        } catch {
            throw ToolInputError("why_not needs answers that settle the recommendation: \(error.message(in: ruleBase))")
        }
        let rules = ruleBase.rules
        var fields: [(String, JSONValue)] = [
            ("option", describe(option: option)), ("recommendation", describe(option: advice.recommendation)),
            ("is_recommendation", .bool(advice.recommendation == option)),
        ]
        guard advice.recommendation != option else { return success(fields) }
        let heldBack = advice.heldBack(option).map { index -> JSONValue in
            let rule = rules[index]
            return .object(
                [
                    ("rule", .string(rule.id)), ("because", .string(rule.because)),
                    ("points_for_option", .number(rule.points(for: option))),
                    ("points_for_recommendation", .number(rule.points(for: advice.recommendation))),
                ] + JSONRenderer.provenance(rule))
        }
        fields.append(("held_back_by", .array(heldBack)))
        let change = engine.smallestChange(toward: option, from: decoded.answers)
        fields.append(("smallest_change", change.map { .array($0.map { JSONRenderer.change(of: $0, in: ruleBase) }) } ?? .null))
        return success(fields)
    }

    /// `what_if`: the recommendation if `question` were answered `value`; the answers stay as given.
    func whatIf(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let decoded = try arguments.answers(in: ruleBase)
        let asked = try question(arguments)
        guard let given = arguments.values["value"], let value = try ToolArguments.answer(given, to: ruleBase.questions[asked]) else {
            throw ToolInputError("what_if needs value: \(ruleBase.questions[asked].expectation)")
        }
        let now = engine.analyze(decoded.answers, scoreRanges: false)
        let then = engine.analyze(decoded.answers.with(asked, value), scoreRanges: false)
        let outcome = { (partial: PartialResult) -> JSONValue in
            .object([
                ("recommendation", partial.settledRecommendation.map(self.describe(option:)) ?? .null),
                ("possible", .array(partial.possibleRecommendations.map(self.describe(option:)))),
                ("depends_on", .array(partial.openQuestions.map { .string(self.ruleBase.questions[$0.question].id) })),
            ])
        }
        let changes: JSONValue =
            if let before = now.settledRecommendation, let after = then.settledRecommendation { .bool(before != after) } else { .null }
        return success([
            ("question", .string(ruleBase.questions[asked].id)), ("value", json(value, of: asked)),
            ("now", outcome(now)), ("then", outcome(then)), ("changes", changes),
        ])
    }

    /// The option named by the argument `option`.
    private func option(_ arguments: ToolArguments) throws(ToolInputError) -> OptionIndex {
        let ids = ruleBase.options.map(\.id)
        let id = try arguments.text("option", expecting: "an option id (\(ids.joined(separator: ", ")))")
        guard let option = ruleBase.optionIndex(id) else {
            throw ToolInputError(
                "option: \(QuotedText.quote(id)) is not an option\(DidYouMean.hint(for: id, among: ids)) (options: \(ids.joined(separator: ", ")))")
        }
        return option
    }

    /// The question named by the argument `question`.
    func question(_ arguments: ToolArguments) throws(ToolInputError) -> QuestionIndex {
        let id = try arguments.text("question", expecting: "a question id (\(ruleBase.questions.map(\.id).joined(separator: ", ")))")
        guard let index = ruleBase.questionIndex(id) else { throw ToolInputError("question: " + AnswerMessages.notAQuestion(id, in: ruleBase)) }
        return index
    }
}
