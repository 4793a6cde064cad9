import AdvisorModel

/// Writes answers in the formats `advisor --answers` and `Rules/tests/` read.
public enum AnswerFileWriter {
    /// A JSON object of the answered questions, in question order; questions the owner does not
    /// know (`dontKnow`) are written as `null`.
    public static func json(_ answers: Answers, dontKnow: Set<QuestionIndex> = [], ruleBase: RuleBase) -> String {
        let unknown = ruleBase.questions.indices.filter { answers[$0] == nil && dontKnow.contains($0) }
        var fields = fields(answers, ruleBase)
        for index in unknown {
            let id = ruleBase.questions[index].id
            let position = fields.firstIndex { ruleBase.questionIndex($0.0).map { $0 > index } ?? false } ?? fields.endIndex
            fields.insert((id, .null), at: position)
        }
        return JSONValue.object(fields).serialized()
    }

    package static func fields(_ answers: Answers, _ ruleBase: RuleBase) -> [(String, JSONValue)] {
        ruleBase.questions.enumerated().compactMap { index, question in
            guard let value = answers[index] else { return nil }
            switch value {
            case .integer(let number): return (question.id, .number(number))
            case .boolean(let flag): return (question.id, .bool(flag))
            case .choice: return (question.id, .string(question.spelling(of: value)))
            }
        }
    }
}

/// Writes a piece of advice as a rule test case in the format of `Rules/tests/`.
public enum RuleTestCaseWriter {
    /// The answers of `advice` and its outcome as one test case named `name`, in YAML.
    public static func yaml(for advice: Advice, name: String = "Saved from the chat") -> String {
        let ruleBase = advice.ruleBase
        let answers = AnswerFileWriter.fields(advice.answers, ruleBase).map { "\($0.0): \($0.1.compact())" }
        let caveats = advice.caveats.map { ruleBase.rules[$0].id }
        let ranking = advice.ranking.map { ruleBase.options[$0.option].id }
        var lines = [
            "cases:",
            "  - name: \(JSONValue.quote(name))",
            "    answers: {\(answers.joined(separator: ", "))}",
            "    expect:",
            "      recommendation: \(ruleBase.options[advice.recommendation].id)",
        ]
        if ranking.count > 1 { lines.append("      ranks_above: [[\(ranking[0]), \(ranking[1])]]") }
        lines.append("      caveats: [\(caveats.joined(separator: ", "))]")
        return lines.joined(separator: "\n") + "\n"
    }
}
