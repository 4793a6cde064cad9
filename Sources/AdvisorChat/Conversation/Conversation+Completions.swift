import AdvisorModel

extension Conversation {
    /// Words Tab can complete the last word of `textBeforeCursor` to: commands and the current
    /// question's answers at the start of a line; question ids after `change` and `what-if`;
    /// a question's answers after `what-if QUESTION`; option ids after `why-not`; cost parameter
    /// ids after `assume`.
    public func completions(forTextBeforeCursor text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { $0.lowercased() }
        let typed = words.last ?? ""
        let earlier = words.dropLast().filter { !$0.isEmpty }
        let candidates: [String]
        switch earlier.first.flatMap({ ChatCommand.parse($0)?.0 }) {
        case nil where earlier.isEmpty:
            candidates = ChatCommand.allCases.map(\.rawValue) + (currentQuestion.map { answerWords(ruleBase.questions[$0]) } ?? [])
        case .change? where earlier.count == 1, .whatIf? where earlier.count == 1:
            candidates = ruleBase.questions.map(\.id)
        case .whatIf? where earlier.count == 2:
            candidates = ruleBase.question(earlier[1]).map(answerWords) ?? []
        case .whyNot? where earlier.count == 1:
            candidates = ruleBase.options.map(\.id)
        case .assume? where earlier.count == 1:
            candidates = (costs?.model.parameters.map(\.id) ?? []) + ["reset"]
        default:
            candidates = []
        }
        return candidates.filter { $0.hasPrefix(typed) }
    }

    /// Single words that answer `question`: yes/no, or the choice values and one-word aliases.
    private func answerWords(_ question: Question) -> [String] {
        switch question.kind {
        case .integer: return []
        case .boolean: return ["yes", "no"]
        case .choice(let choices):
            return choices.flatMap { [$0.value] + $0.aliases.filter { !$0.contains(" ") }.map { $0.lowercased() } }
        }
    }
}
