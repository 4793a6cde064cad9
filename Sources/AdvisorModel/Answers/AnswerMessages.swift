/// The messages about answers that every reader of them gives alike: answer files, batch lines
/// and the tools of `advisor mcp`.
public enum AnswerMessages {
    /// "'user' is not a question; did you mean 'users'? (questions: users, …)"; with `ignored`,
    /// as a warning that the answer is left out.
    public static func notAQuestion(_ id: String, in ruleBase: RuleBase, ignored: Bool = false) -> String {
        let ids = ruleBase.questions.map(\.id)
        let hint = DidYouMean.hint(for: id, among: ids)
        return "\(QuotedText.quote(id)) is not a question\(ignored ? "; it is ignored" : "")\(hint) (questions: \(ids.joined(separator: ", ")))"
    }

    /// "users: expected a whole number from 1 to 10000, found a list".
    public static func notAnAnswer(_ question: Question, found shape: String) -> String {
        "\(question.id): expected \(question.expectation), found \(shape)"
    }

    /// "'lots' is not a number: users takes a whole number from 1 to 10000".
    public static func rejected(_ text: String, _ rejection: AnswerValueParser.Rejection) -> String {
        "\(QuotedText.quote(text)) \(rejection.message)"
    }
}
