import AdvisorEngine
import AdvisorModel

/// The chat's commands once it has given conditional advice (the outcome depends on questions
/// the owner does not know): `why-not` per branch. `how`, `why` and `costs` are in
/// `Conversation+Commands` and `Conversation+Costs`.
extension Conversation {
    /// Where `option` would be the recommendation, among the branches.
    func whyNotConditional(_ option: OptionIndex, _ conditional: ConditionalAdvice) -> [ChatBlock] {
        let name = ruleBase.options[option].name
        let leading = conditional.branches.filter { $0.recommendation == option }.map(conditional.condition)
        if !leading.isEmpty {
            return [.say("There is no single recommendation yet: \(name) would be recommended if \(Prose.list(leading, conjunction: "or")).")]
        }
        if conditional.possible.contains(option) {
            let open = conditional.openQuestions.map { ruleBase.questions[$0].label.lowercased() }
            return [.say("There is no single recommendation yet: \(name) could still lead, depending on \(Prose.list(open)).")]
        }
        return [.say("\(name) would not be recommended whatever your answers to the questions left open. Type change QUESTION to revise an answer.")]
    }
}
