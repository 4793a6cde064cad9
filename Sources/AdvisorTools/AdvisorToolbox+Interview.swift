import AdvisorChat
import AdvisorEngine
import AdvisorModel

/// The interview: the questions, the one to ask next and the reading of an owner's words — the
/// guided chat's own, so that an assistant asks what the chat would ask and reads what it would read.
extension AdvisorToolbox {
    /// `list_questions`: every question, the rule base's first question first.
    func listQuestions(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let first = ruleBase.firstQuestion ?? 0
        let order = ruleBase.questions.indices.filter { $0 == first } + ruleBase.questions.indices.filter { $0 != first }
        return success([("questions", .array(order.map { describe(ruleBase.questions[$0]) }))])
    }

    /// `next_question`: the chat's next question for the answers so far, or its recommendation.
    func nextQuestion(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let decoded = try arguments.answers(in: ruleBase)
        var conversation = Conversation(engine: engine, answers: decoded.answers, dontKnow: Set(decoded.unknown), costs: costs)
        _ = conversation.start()
        let partial = engine.analyze(decoded.answers, scoreRanges: false)
        let irrelevant = partial.irrelevantQuestions.filter { decoded.answers[$0] == nil && !decoded.unknown.contains($0) }
        var fields: [(String, JSONValue)]
        if let asked = conversation.currentQuestion {
            let question = ruleBase.questions[asked]
            fields = [
                ("status", .string("question")),
                ("question", describe(question)),
                ("examples", .array(PlainAnswerReader.examples(for: question).map(JSONValue.string))),
            ]
            // Once the recommendation is settled the chat still asks what decides a caveat of it.
            if let settled = partial.settledRecommendation {
                fields.append(("settled_recommendation", describe(option: settled)))
                fields.append(("purpose", .string("The recommendation is settled; this answer decides what to arrange before signing (a caveat).")))
            } else {
                fields.append(("possible", .array(partial.possibleRecommendations.map(describe(option:)))))
            }
        } else if let settled = partial.settledRecommendation {
            fields = [
                ("status", .string("recommendation")),
                ("recommendation", describe(option: settled)),
                ("next", .string("Call advise with these answers for the reasons, caveats and the owner's summary.")),
            ]
        } else if let conditional = engine.conditionalAdvice(decoded.answers, unknown: Set(decoded.unknown)) {
            fields = [
                ("status", .string("conditional")),
                ("depends_on", .string(ruleBase.questions[conditional.deciding].id)),
                ("possible", .array(conditional.possible.map(describe(option:)))),
                ("next", .string("The owner does not know an answer that decides; call advise with open true for what each answer would lead to.")),
            ]
        } else {
            fields = [("status", .string("recommendation")), ("recommendation", .null)]
        }
        fields.append(("not_needed", .array(irrelevant.map { .string(ruleBase.questions[$0].id) })))
        return success(fields)
    }

    /// `read_answer`: an owner's words read as the chat reads them while it asks `question`.
    func readAnswer(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let asked = try question(arguments)
        let id = ruleBase.questions[asked].id
        let text = try arguments.text("text", expecting: "the owner's words")
        let question = ruleBase.questions[asked]
        let reading = PlainAnswerReader.read(text, asking: asked, in: vocabulary)
        var fields: [(String, JSONValue)] = [("question", .string(id))]
        switch reading.answer {
        case .answer(let value) where Conversation.rangeProblem(value, question) == nil:
            fields += [("reading", .string("sure")), ("value", json(value, of: asked)), ("meaning", .string(question.describe(value)))]
        case .unsure(let value) where Conversation.rangeProblem(value, question) == nil:
            fields += [
                ("reading", .string("unsure")), ("value", json(value, of: asked)),
                ("confirm", .string("Did you mean: \(Conversation.meaning(of: value, for: question))?")),
            ]
        case .dontKnow:
            fields += [("reading", .string("dont_know")), ("value", .null)]
        case .answer(let value), .unsure(let value):
            fields += notUnderstood(question, problem: Conversation.rangeProblem(value, question), couldBe: [])
        case .ambiguous(let readings):
            fields += notUnderstood(question, problem: nil, couldBe: readings.map { json($0, of: asked) })
        case .notUnderstood:
            fields += notUnderstood(question, problem: nil, couldBe: [])
        }
        let facts = reading.facts.filter { $0.question != asked && Conversation.rangeProblem($0.value, ruleBase.questions[$0.question]) == nil }
        fields.append(("other_facts", .object(facts.map { (ruleBase.questions[$0.question].id, json($0.value, of: $0.question)) })))
        return success(fields)
    }

    private func notUnderstood(_ question: Question, problem: String?, couldBe: [JSONValue]) -> [(String, JSONValue)] {
        var expected = question.expectation
        if !question.choices.isEmpty {
            expected = "one of " + question.choices.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
        }
        var fields: [(String, JSONValue)] = [("reading", .string("not_understood")), ("value", .null), ("expected", .string(expected))]
        if let problem { fields.append(("problem", .string(problem))) }
        if !couldBe.isEmpty { fields.append(("could_be", .array(couldBe))) }
        fields.append(("examples", .array(PlainAnswerReader.examples(for: question).map(JSONValue.string))))
        return fields
    }
}
