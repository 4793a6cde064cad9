import AdvisorEngine
import AdvisorModel

/// The chat's commands once it has given conditional advice (the outcome depends on questions
/// the owner does not know): `how` and `why-not` per branch. `why` and `costs` are in
/// `Conversation+Commands` and `Conversation+Costs`.
extension Conversation {
    /// The rules that fire whatever the open answers, then those each branch adds.
    func howConditional(_ conditional: ConditionalAdvice) -> [ChatBlock] {
        let deciding = ruleBase.questions[conditional.deciding].label.lowercased()
        var blocks: [ChatBlock] = []
        if conditional.reasons.isEmpty {
            blocks.append(.say("It depends on \(deciding). No rule fires whatever the answer."))
        } else {
            blocks.append(.say("It depends on \(deciding). Whatever the answer, these rules fire:"))
            blocks += conditional.reasons.map(ruleItem)
        }
        for branch in conditional.branches {
            let head = "If \(conditional.condition(branch)) (\(conditional.outcome(branch)))"
            if branch.reasons.isEmpty {
                blocks.append(.say("\(head), no other rule fires for certain."))
            } else {
                blocks.append(.say("\(head), also:"))
                blocks += branch.reasons.map(ruleItem)
            }
        }
        return blocks
    }

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

    private func ruleItem(_ index: RuleIndex) -> ChatBlock {
        let rule = ruleBase.rules[index]
        return .item("\(rule.id) (\(AdvicePhrasing.effects(of: rule, in: ruleBase))): \(rule.because) [\(AdvicePhrasing.provenance(rule.provenance))]")
    }
}
