/// Kleene's three-valued logic: a condition over partial answers is true, false or not yet known.
public enum Truth: Sendable, Hashable {
    /// Certainly true, certainly false, or depending on answers not given yet.
    case `true`, `false`, unknown

    /// `true` or `false`, never unknown.
    public init(_ value: Bool) { self = value ? .true : .false }

    /// Kleene's not: unknown stays unknown.
    public static prefix func ! (value: Truth) -> Truth {
        switch value {
        case .true: return .false
        case .false: return .true
        case .unknown: return .unknown
        }
    }

    /// Kleene's and: false if either side is false, unknown if either is unknown, else true.
    public static func && (lhs: Truth, rhs: Truth) -> Truth {
        if lhs == .false || rhs == .false { return .false }
        if lhs == .true && rhs == .true { return .true }
        return .unknown
    }

    /// Kleene's or: true if either side is true, unknown if either is unknown, else false.
    public static func || (lhs: Truth, rhs: Truth) -> Truth {
        if lhs == .true || rhs == .true { return .true }
        if lhs == .false && rhs == .false { return .false }
        return .unknown
    }
}

extension Condition {
    /// The condition's value under possibly incomplete answers. `.unknown` only when some
    /// unanswered question could still make it either true or false as far as this operator
    /// knows; `.true`/`.false` are certain whatever the unanswered questions turn out to be.
    public func truth(_ answers: Answers) -> Truth {
        switch self {
        case .constant(let value):
            return Truth(value)
        case .isTrue(let question):
            guard case .boolean(let flag)? = answers[question] else { return .unknown }
            return Truth(flag)
        case .integerIn(let question, let interval):
            guard case .integer(let number)? = answers[question] else { return .unknown }
            return Truth(interval.contains(number))
        case .choiceIn(let question, let members):
            guard case .choice(let index)? = answers[question] else { return .unknown }
            return Truth(members.contains(index))
        case .not(let inner):
            return !inner.truth(answers)
        case .and(let parts):
            var result = Truth.true
            for part in parts {
                result = result && part.truth(answers)
                if result == .false { return .false }
            }
            return result
        case .or(let parts):
            var result = Truth.false
            for part in parts {
                result = result || part.truth(answers)
                if result == .true { return .true }
            }
            return result
        }
    }

    /// The condition's value under complete answers (an unanswered question counts as false).
    public func holds(_ answers: Answers) -> Bool {
        truth(answers) == .true
    }
}
