import AdvisorModel

/// The owner's words for answers and changes: what the owner's summary and the chat say, with
/// no question ids, choice values, rule ids or points in them.
public enum OwnerPhrasing {
    /// A choice's label up to its first semicolon: “a lot” for "a lot; work stops and money is
    /// lost". Labels without a semicolon are given whole.
    public static func shortLabel(_ choice: Choice) -> String {
        let head = choice.label.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let trimmed = head.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        return trimmed.isEmpty ? choice.label : String(trimmed)
    }

    /// An answer as the owner would say it: "12 users", "yes", “a lot” (a choice in quotes, by its short label).
    public static func answer(_ value: AnswerValue, to question: Question) -> String {
        if case .choice(let index) = value, question.choices.indices.contains(index) {
            return "“\(shortLabel(question.choices[index]))”"
        }
        return question.describe(value)
    }

    /// "cost of downtime “a lot”", "number of users 20", "backup monitoring “yes”": what the chat's
    /// offer to change an answer says the change makes ("That makes cost of downtime “a lot”.").
    public static func makes(_ value: AnswerValue, for question: Question) -> String {
        switch value {
        case .integer(let number): return "\(question.label.lowercased()) \(number)"
        case .boolean(let yes): return "\(question.label.lowercased()) “\(yes ? "yes" : "no")”"
        case .choice: return "\(question.label.lowercased()) \(answer(value, to: question))"
        }
    }

    /// The condition of a changed answer in the owner's words: "if you grew past 15 users", "if
    /// you grew past 15 users (up to 99)", "if you had 5 users or fewer", "if you had 6 to 10
    /// users", "if you said yes to proactive care", "if cost of downtime were “a lot”".
    public static func condition(_ change: AnswerChange, from current: AnswerValue?, in ruleBase: RuleBase) -> String {
        let question = ruleBase.questions[change.question]
        switch change.to {
        case .numbers(let range):
            return numberCondition(range, from: current, question: question)
        case .value(.boolean(let yes)):
            return "if you said \(yes ? "yes" : "no") to \(question.label.lowercased())"
        case .value(let value):
            return "if \(question.label.lowercased()) were \(answer(value, to: question))"
        }
    }

    /// "If you grew past 15 users, Managed services provider would lead.", or "…, it could
    /// change, depending on questions not answered yet."
    public static func sentence(for change: AnswerChange, from current: AnswerValue?, in ruleBase: RuleBase) -> String {
        let outcome =
            change.recommendation.map { "\(ruleBase.options[$0].name) would lead" }
            ?? "it could change, depending on questions not answered yet"
        let condition = condition(change, from: current, in: ruleBase)
        return condition.prefix(1).uppercased() + condition.dropFirst() + ", " + outcome + "."
    }

    private static func numberCondition(_ range: ClosedRange<Int>, from current: AnswerValue?, question: Question) -> String {
        guard case .integer(let bounds, let unit) = question.kind else {
            return "if \(question.label.lowercased()) were \(AdvicePhrasing.numbers(range, unit: nil))"
        }
        let noun = { (count: Int) in unit.map { " " + Prose.unit($0, for: count) } ?? "" }
        guard unit != nil, case .integer(let now)? = current else {
            return "if \(question.label.lowercased()) were \(AdvicePhrasing.numbers(range, unit: unit))"
        }
        let openAbove = range.upperBound == Int.max || range.upperBound == bounds.upperBound
        let openBelow = range.lowerBound == bounds.lowerBound
        if range.lowerBound > now {
            let past = "if you grew past \(range.lowerBound - 1)\(noun(range.lowerBound - 1))"
            return openAbove ? past : past + " (up to \(range.upperBound))"
        }
        if range.upperBound < now, openBelow {
            return "if you had \(range.upperBound)\(noun(range.upperBound)) or fewer"
        }
        return "if you had \(AdvicePhrasing.numbers(range, unit: unit))"
    }
}
