import AdvisorEngine
import AdvisorModel

/// The wording shared by the checker's messages: answer combinations, lists of questions.
package enum CheckPhrasing {
    /// "users = 6 to 10, backups = false": every question with the answer at `digits[q]` in its
    /// `AnswerSpace` domain; numbers as the whole stretch they stand for ("16 or more").
    package static func combination(_ digits: [Int], in ruleBase: RuleBase, space: AnswerSpace) -> String {
        ruleBase.questions.indices.compactMap { question in
            guard digits.indices.contains(question) else { return nil }
            return "\(ruleBase.questions[question].id) = \(answer(digits[question], of: question, in: ruleBase, space: space))"
        }.joined(separator: ", ")
    }

    /// One answer of the domain: a stretch of numbers, or the value as conditions spell it.
    package static func answer(_ digit: Int, of question: QuestionIndex, in ruleBase: RuleBase, space: AnswerSpace) -> String {
        if space.stretches.indices.contains(question), space.stretches[question].indices.contains(digit) {
            return AdvicePhrasing.numbers(space.stretches[question][digit], unit: nil)
        }
        guard space.domains.indices.contains(question), space.domains[question].indices.contains(digit) else { return "?" }
        return ruleBase.questions[question].spelling(of: space.domains[question][digit])
    }

    /// "to users and backups", or "(it reads no question)".
    package static func reads(_ questions: [QuestionIndex], in ruleBase: RuleBase) -> String {
        let ids = questions.filter { ruleBase.questions.indices.contains($0) }.map { ruleBase.questions[$0].id }
        return ids.isEmpty ? "(it reads no question)" : "to " + Prose.list(ids)
    }

    /// A condition's text on one line, whitespace runs collapsed.
    package static func conditionText(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
