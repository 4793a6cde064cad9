/// The wording shared by the checker's messages: answer combinations, lists of questions.
enum Phrases {
    /// "users = 6 to 10, backups = false": every question with the answer at `digits[q]` in its
    /// `AnswerSpace` domain; numbers as the whole stretch they stand for ("16 or more").
    static func combination(_ digits: [Int], in ruleBase: RuleBase, space: AnswerSpace) -> String {
        ruleBase.questions.indices.compactMap { question in
            guard digits.indices.contains(question) else { return nil }
            return "\(ruleBase.questions[question].id) = \(answer(digits[question], of: question, in: ruleBase, space: space))"
        }.joined(separator: ", ")
    }

    /// One answer of the domain: a stretch of numbers, or the value as conditions spell it.
    static func answer(_ digit: Int, of question: QuestionIndex, in ruleBase: RuleBase, space: AnswerSpace) -> String {
        if space.segments.indices.contains(question), space.segments[question].indices.contains(digit) {
            return Phrasing.numbers(space.segments[question][digit], unit: nil)
        }
        guard space.domains.indices.contains(question), space.domains[question].indices.contains(digit) else { return "?" }
        return ruleBase.questions[question].spelling(of: space.domains[question][digit])
    }

    /// "to users and backups", or "(it reads no question)".
    static func reads(_ questions: [QuestionIndex], in ruleBase: RuleBase) -> String {
        let ids = questions.filter { ruleBase.questions.indices.contains($0) }.map { ruleBase.questions[$0].id }
        return ids.isEmpty ? "(it reads no question)" : "to " + list(ids)
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "1 answer combination", "6 answer combinations".
    static func combinations(_ count: Int) -> String {
        count == 1 ? "1 answer combination" : "\(count) answer combinations"
    }

    /// "1,000,000": digits grouped in threes.
    static func grouped<Number: BinaryInteger>(_ number: Number) -> String {
        let digits = Array(String(number.magnitude))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }

    /// A condition's text on one line, whitespace runs collapsed.
    static func conditionText(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
