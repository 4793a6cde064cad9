/// Why two rule bases cannot be compared answer by answer.
public enum ComparisonError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The question exists only in the old rule base.
    case onlyInOld(question: String)
    /// The question exists only in the new rule base.
    case onlyInNew(question: String)
    /// The question takes different answers in the two rule bases (its kind, range or choices differ).
    case differentAnswers(question: String, old: String, new: String)

    /// The question that makes the comparison impossible, if one does.
    public var question: String? {
        switch self {
        case .onlyInOld(let question), .onlyInNew(let question), .differentAnswers(let question, _, _): return question
        }
    }

    /// The reason as a sentence fragment for `advisor rules diff` to print.
    public var description: String {
        switch self {
        case .onlyInOld(let question):
            return "question '\(question)' is in the old rule base but not in the new one, so their answers cannot be compared"
        case .onlyInNew(let question):
            return "question '\(question)' is in the new rule base but not in the old one, so their answers cannot be compared"
        case .differentAnswers(let question, let old, let new):
            return "question '\(question)' takes \(old) in the old rule base but \(new) in the new one, so their answers cannot be compared"
        }
    }
}
