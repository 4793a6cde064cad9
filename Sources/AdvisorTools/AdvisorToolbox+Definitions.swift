import AdvisorEngine
import AdvisorModel

/// The tools as an assistant sees them, their input schemas taken from the rule base: question
/// ids, choice values and number ranges.
extension AdvisorToolbox {
    /// Every tool, in the order of `toolNames`.
    public var tools: [ToolDefinition] {
        let answers = ("answers", answersSchema)
        let questionIDs = ruleBase.questions.map { JSONValue.string($0.id) }
        let question = ("question", JSONValue.object([("type", .string("string")), ("enum", .array(questionIDs)), ("description", .string("A question id."))]))
        let optionIDs = ruleBase.options.map { JSONValue.string($0.id) }
        let options = ruleBase.options.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        return [
            tool(
                "list_questions", "List the questions",
                "Every question the advisor can ask, the first one first: id, label, kind (integer with minimum and maximum, boolean, or choice with values and labels), the question as the chat asks it and why it matters.",
                []),
            tool(
                "next_question", "Next question to ask",
                "Given the answers so far, the question the guided chat would ask next (the open one that matters most, or one that decides a caveat once the recommendation is settled), or the recommendation when no answer could change it. Ask the owner this question in plain words, then call read_answer with what they say.",
                [answers]),
            tool(
                "read_answer", "Read an owner's words",
                "Reads an owner's own words as an answer to one question, as the guided chat does. The reading is sure (take it), unsure (read it back to the owner and ask them to confirm), dont_know (leave the question open: answer null) or not_understood (ask again; expected says what the question takes). It also returns facts about other questions found in the same words. Never guess an answer the reader did not give.",
                [
                    question,
                    ("text", .object([("type", .string("string")), ("description", .string("What the owner said, in their own words."))])),
                ], required: ["question", "text"]),
            tool(
                "advise", "Recommendation and reasons",
                "The advisor's report for these answers: the recommendation, the reasons (each names its rule and the article's claim it rests on, or says it is our assumption), caveats, what would change it and the owner's summary. Byte for byte the JSON of `advisor --answers FILE --format json`. Unanswered questions are allowed: with open true, answers that leave the recommendation open give what each answer of the question that decides would lead to.",
                [
                    answers,
                    (
                        "open",
                        flagSchema(
                            "When the answers leave the recommendation open, give what each answer of the deciding question would lead to instead of an error.")
                    ),
                    ("costs", flagSchema("Add the yearly cost estimate of every option and the break-even points.")),
                    ("assume", assumeSchema),
                ]),
            tool(
                "why_not", "Why not this option",
                "For answers that settle the recommendation: what held one option back (the reasons against it, the reasons for the leader it did not share) and the smallest change of answers that would make it lead.",
                [
                    answers,
                    ("option", .object([("type", .string("string")), ("enum", .array(optionIDs)), ("description", .string("An option id: \(options)."))])),
                ], required: ["option"]),
            tool(
                "what_if", "What if one answer changed",
                "What the recommendation would be if one answer were different, without changing the answers given.",
                [
                    answers, question,
                    ("value", .object([("description", .string("The answer to try, as in answers: a number, true or false, or a choice's value."))])),
                ], required: ["question", "value"]),
            tool(
                "estimate_costs", "Yearly cost of each option",
                "What each option would cost a year for these answers, with its working, the assumptions in force (each with its source or marked as our reading) and the break-even points. Open questions widen the ranges.",
                [answers, ("assume", assumeSchema)]),
            tool(
                "check_rules", "Check a rule folder",
                "For rule authors: checks the YAML rule base in a folder and returns every diagnostic (file, line, column, severity, code, message), as `advisor rules check --format json` does. It reads the folder and writes nothing.",
                [
                    (
                        "folder",
                        .object([("type", .string("string")), ("description", .string("The rule folder, absolute or relative to where the server runs."))])
                    )
                ],
                required: ["folder"]),
        ]
    }

    private func tool(_ name: String, _ title: String, _ description: String, _ properties: [(String, JSONValue)], required: [String] = []) -> ToolDefinition {
        var schema: [(String, JSONValue)] = [("type", .string("object")), ("properties", .object(properties))]
        if !required.isEmpty { schema.append(("required", .array(required.map(JSONValue.string)))) }
        schema.append(("additionalProperties", .bool(false)))
        return ToolDefinition(name: name, title: title, description: description, inputSchema: .object(schema))
    }

    /// The answers so far: each question's id with its answer, `null` for "don't know".
    var answersSchema: JSONValue {
        let properties = ruleBase.questions.map { question -> (String, JSONValue) in
            var fields: [(String, JSONValue)]
            switch question.kind {
            case .integer(let range, _):
                fields = [("type", .array([.string("integer"), .string("null")])), ("minimum", .number(range.lowerBound))]
                if range.upperBound != Int.max { fields.append(("maximum", .number(range.upperBound))) }
            case .boolean:
                fields = [("type", .array([.string("boolean"), .string("null")]))]
            case .choice(let choices):
                fields = [("type", .array([.string("string"), .string("null")])), ("enum", .array(choices.map { .string($0.value) } + [.null]))]
            }
            var description = "\(question.label): \(question.ask)"
            if !question.choices.isEmpty {
                description += " Choices: " + question.choices.map { "\($0.value) (\($0.label))" }.joined(separator: ", ") + "."
            }
            fields.append(("description", .string(description + " null: the owner does not know.")))
            return (question.id, .object(fields))
        }
        return .object([
            ("type", .string("object")),
            (
                "description",
                .string("The owner's answers so far, by question id; leave out what was not asked. Never fill in an answer the owner did not give.")
            ),
            ("properties", .object(properties)),
            ("additionalProperties", .bool(false)),
        ])
    }

    /// Changed cost assumptions: parameter ids with their values.
    var assumeSchema: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("type", .string("object")),
            (
                "description",
                .string("Cost assumptions to change for this call, by id, with a number in the parameter's unit (or text such as \"1800 USD/user/year\").")
            ),
        ]
        if let model = costs?.model {
            let properties = model.parameters.map { parameter -> (String, JSONValue) in
                (
                    parameter.id,
                    .object([
                        ("type", .array([.string("number"), .string("string")])), ("description", .string("\(parameter.description) (\(parameter.unitText))")),
                    ])
                )
            }
            fields += [("properties", .object(properties)), ("additionalProperties", .bool(false))]
        }
        return .object(fields)
    }

    private func flagSchema(_ description: String) -> JSONValue {
        .object([("type", .string("boolean")), ("description", .string(description))])
    }
}
