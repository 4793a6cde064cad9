/// Why two rule bases cannot be compared answer by answer. Every two rule bases can now be
/// compared (questions and choices one base lacks, and questions whose range or kind of answer
/// changed, see `RuleBaseComparison`), so nothing throws it; it stays for callers that catch it.
public enum ComparisonError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The question takes different answers in the two rule bases (its kind or its range differs).
    case differentAnswers(question: String, old: String, new: String)

    /// The question that makes the comparison impossible.
    public var question: String {
        switch self {
        case .differentAnswers(let question, _, _): return question
        }
    }

    /// The reason, with what would make the rule bases comparable, for `advisor rules diff` to print.
    public var description: String {
        switch self {
        case .differentAnswers(let question, let old, let new):
            return "question '\(question)' takes \(old) in the old rule base but \(new) in the new one, so their answers cannot be compared; "
                + "keep its kind and range, or give the changed question a new id (the old one then counts as removed)"
        }
    }
}
