import AdvisorModel

/// Rule conditions in plain words, for people who do not read the condition language:
/// `users >= 16 and variable_bills == prefer_fixed` becomes "the number of users is 16 or more
/// and variable bills is “wants a fixed monthly cost”".
///
/// Negations are pushed down to the answers they test (`not backup_monitoring` reads "backup
/// monitoring is no"), and `or`s on the same question share one subject ("the number of users is
/// 3 or 5"). A condition that mixes `and` and `or` would need brackets in words; `phrase` declines
/// it (returns nil) so the caller can show the condition text instead.
public enum ConditionPhrasing {
    /// The condition in words, or nil when a phrase would be clumsy (an `and` inside an `or` or the
    /// reverse, or `true`/`false` mixed with other tests).
    public static func phrase(_ condition: Condition, in ruleBase: RuleBase) -> String? {
        switch normalised(condition, negated: false, in: ruleBase) {
        case .constant(let value): return value ? "always" : "never"
        case .literal(let literal): return words(literal, in: ruleBase)
        case .and(let parts): return list(parts, joiner: "and", in: ruleBase)
        case .or(let parts): return list(parts, joiner: "or", in: ruleBase)
        }
    }

    /// What a condition is about, as the subject of a sentence: "the number of users" for a number
    /// question with a unit, otherwise the label with a lower-case initial ("variable bills").
    public static func subject(of question: Question) -> String {
        if case .integer(_, let unit?) = question.kind { return "the number of \(unit)" }
        return lowercasedInitial(question.label)
    }

    /// "16 or more", "5 or fewer", "between 6 and 15", "7", within the question's own range.
    public static func numbers(_ interval: IntegerInterval, within range: ClosedRange<Int>) -> String {
        let lower = max(interval.lower, range.lowerBound), upper = min(interval.upper, range.upperBound)
        if lower == upper { return "\(lower)" }
        if upper == range.upperBound { return "\(lower) or more" }
        if lower == range.lowerBound { return "\(upper) or fewer" }
        return "between \(lower) and \(upper)"
    }

    // MARK: - Negation normal form

    /// One test of one answer, after negations have been pushed down to it.
    package enum AnswerTest: Equatable {
        case boolean(QuestionIndex, Bool)
        /// A number in (or, negated, outside) an interval already clipped to the question's range.
        case integer(QuestionIndex, IntegerInterval, negated: Bool)
        /// A choice among (or, negated, outside) these choice indices.
        case choice(QuestionIndex, [Int], negated: Bool)

        package var question: QuestionIndex {
            switch self {
            case .boolean(let question, _), .integer(let question, _, _), .choice(let question, _, _): return question
            }
        }
    }

    /// A condition with negations pushed inward and constants folded away where they can be.
    package enum Normal: Equatable {
        case constant(Bool)
        case literal(AnswerTest)
        case and([Normal])
        case or([Normal])
    }

    package static func normalised(_ condition: Condition, negated: Bool, in ruleBase: RuleBase) -> Normal {
        switch condition {
        case .constant(let value):
            return .constant(value != negated)
        case .isTrue(let question):
            return .literal(.boolean(question, !negated))
        case .integerIn(let question, let interval):
            return integerLiteral(question, interval, negated: negated, in: ruleBase)
        case .choiceIn(let question, let members):
            let all = ruleBase.questions.indices.contains(question) ? ruleBase.questions[question].choices.count : 0
            if members.isEmpty { return .constant(negated) }
            if members.count >= all && all > 0 { return .constant(!negated) }
            return .literal(.choice(question, members, negated: negated))
        case .not(let inner):
            return normalised(inner, negated: !negated, in: ruleBase)
        case .and(let parts):
            let normal = parts.map { normalised($0, negated: negated, in: ruleBase) }
            return negated ? combine(normal, isAnd: false) : combine(normal, isAnd: true)
        case .or(let parts):
            let normal = parts.map { normalised($0, negated: negated, in: ruleBase) }
            return negated ? combine(normal, isAnd: true) : combine(normal, isAnd: false)
        }
    }

    /// Clips the interval to the question's range and turns a negated one-sided interval into its complement.
    private static func integerLiteral(_ question: QuestionIndex, _ interval: IntegerInterval, negated: Bool, in ruleBase: RuleBase) -> Normal {
        var range = Int.min...Int.max
        if ruleBase.questions.indices.contains(question), case .integer(let own, _) = ruleBase.questions[question].kind { range = own }
        let lower = max(interval.lower, range.lowerBound), upper = min(interval.upper, range.upperBound)
        if lower > upper { return .constant(negated) }
        if lower == range.lowerBound && upper == range.upperBound { return .constant(!negated) }
        guard negated else { return .literal(.integer(question, IntegerInterval(lower: lower, upper: upper), negated: false)) }
        if lower == range.lowerBound { return .literal(.integer(question, IntegerInterval(lower: upper + 1, upper: range.upperBound), negated: false)) }
        if upper == range.upperBound { return .literal(.integer(question, IntegerInterval(lower: range.lowerBound, upper: lower - 1), negated: false)) }
        return .literal(.integer(question, IntegerInterval(lower: lower, upper: upper), negated: true))
    }

    /// Flattens nested connectives of the same kind and folds `true`/`false` away.
    private static func combine(_ parts: [Normal], isAnd: Bool) -> Normal {
        var flat: [Normal] = []
        for part in parts {
            switch part {
            case .constant(let value) where value == isAnd: continue
            case .constant: return .constant(!isAnd)
            case .and(let inner) where isAnd: flat += inner
            case .or(let inner) where !isAnd: flat += inner
            default: flat.append(part)
            }
        }
        if isAnd { flat = intersectingNumbers(flat) }
        if flat.contains(.constant(false)) { return .constant(false) }
        if flat.isEmpty { return .constant(isAnd) }
        if flat.count == 1 { return flat[0] }
        return isAnd ? .and(flat) : .or(flat)
    }

    /// In an `and`, two ranges of the same number become one: "6 or more and 15 or fewer" is "between 6 and 15".
    private static func intersectingNumbers(_ parts: [Normal]) -> [Normal] {
        var result: [Normal] = []
        for part in parts {
            guard case .literal(.integer(let question, let interval, false)) = part,
                let index = result.firstIndex(where: {
                    if case .literal(.integer(question, _, false)) = $0 { return true }
                    return false
                }),
                case .literal(.integer(_, let earlier, _)) = result[index]
            else {
                result.append(part)
                continue
            }
            let both = IntegerInterval(lower: max(earlier.lower, interval.lower), upper: min(earlier.upper, interval.upper))
            result[index] = both.isEmpty ? .constant(false) : .literal(.integer(question, both, negated: false))
        }
        return result
    }

    // MARK: - Words

    private static func list(_ parts: [Normal], joiner: String, in ruleBase: RuleBase) -> String? {
        var literals: [AnswerTest] = []
        for part in parts {
            guard case .literal(let literal) = part else { return nil }
            literals.append(literal)
        }
        var phrases: [String] = []
        var index = 0
        while index < literals.count {
            // In an `or`, consecutive positive tests of one question share the subject: "is 3 or 5".
            var values = [value(literals[index], in: ruleBase)]
            var next = index + 1
            while joiner == "or", next < literals.count, literals[next].question == literals[index].question,
                !isNegated(literals[index]), !isNegated(literals[next])
            {
                values.append(value(literals[next], in: ruleBase))
                next += 1
            }
            let subject = subject(of: literals[index], in: ruleBase)
            phrases.append("\(subject) \(verb(literals[index])) \(values.joined(separator: " or "))")
            index = next
        }
        return phrases.joined(separator: " \(joiner) ")
    }

    private static func words(_ literal: AnswerTest, in ruleBase: RuleBase) -> String {
        "\(subject(of: literal, in: ruleBase)) \(verb(literal)) \(value(literal, in: ruleBase))"
    }

    private static func isNegated(_ literal: AnswerTest) -> Bool {
        switch literal {
        case .boolean: return false
        case .integer(_, _, let negated), .choice(_, _, let negated): return negated
        }
    }

    private static func verb(_ literal: AnswerTest) -> String {
        if case .choice(_, let members, true) = literal, members.count > 1 { return "is neither" }
        return isNegated(literal) ? "is not" : "is"
    }

    private static func subject(of literal: AnswerTest, in ruleBase: RuleBase) -> String {
        guard ruleBase.questions.indices.contains(literal.question) else { return "question \(literal.question)" }
        return subject(of: ruleBase.questions[literal.question])
    }

    /// The value part of a literal: "16 or more", "yes", "“wants a fixed monthly cost”".
    private static func value(_ literal: AnswerTest, in ruleBase: RuleBase) -> String {
        let question = ruleBase.questions.indices.contains(literal.question) ? ruleBase.questions[literal.question] : nil
        switch literal {
        case .boolean(_, let flag):
            return flag ? "yes" : "no"
        case .integer(_, let interval, _):
            var range = Int.min...Int.max
            if case .integer(let own, _)? = question?.kind { range = own }
            return numbers(interval, within: range)
        case .choice(_, let members, let negated):
            let labels = members.map { member -> String in
                let choices = question?.choices ?? []
                return "“" + (choices.indices.contains(member) ? choices[member].label : "choice \(member)") + "”"
            }
            return Prose.list(labels, conjunction: negated ? "nor" : "or")
        }
    }

    static func lowercasedInitial(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 1)
        guard let first = words.first, let initial = first.first, !first.dropFirst().contains(where: \.isUppercase) else { return text }
        return initial.lowercased() + text.dropFirst()
    }
}
