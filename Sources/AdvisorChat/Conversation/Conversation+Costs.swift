import AdvisorEngine
import AdvisorModel
import Foundation

/// The chat's cost commands: `costs`, `assume ID VALUE` and `assumptions`.
extension Conversation {
    /// The estimate for the answers so far; the ranges are wider while questions are open.
    func showCosts() -> [ChatBlock] {
        guard let costs else { return noCostModel() }
        let advice = currentAdvice()
        do {
            let report = try CostReport(engine: engine, assumptions: costs, answers: answers, advice: advice)
            return [.costs(report)] + askAgain()
        } catch {
            guard case .unanswered(let questions) = error else { return askAgain() }
            let labels = questions.map { ruleBase.questions[$0].label.lowercased() }
            return [.say("I need your answer on \(Prose.list(labels)) before I can estimate what each option would cost.")] + askAgain()
        }
    }

    /// `assume ID VALUE` changes one parameter for the rest of the conversation; `assume reset`
    /// takes every change back.
    package mutating func assume(_ arguments: [String]) -> [ChatBlock] {
        guard var assumptions = costs else { return noCostModel() }
        if arguments.count == 1, arguments[0].lowercased() == "reset" {
            assumptions.reset()
            costs = assumptions
            return [.note("Every cost assumption is back to the cost model's value.")] + askAgain()
        }
        var words = arguments
        if words.count == 1, words[0].contains("=") {
            words = words[0].split(separator: "=", maxSplits: 1).map(String.init)
        }
        guard words.count >= 2, let id = words.first else {
            let examples = assumptions.model.parameters.prefix(2).map(\.id).joined(separator: ", ")
            return [
                .say("Usage: \(ChatCommand.assume.usage), for example assume break_fix_hourly_rate 110. Type assumptions for the ids (such as \(examples)).")
            ]
        }
        let before = CostEstimator(assumptions: assumptions, ruleBase: ruleBase)
        do {
            let index = try assumptions.assume(id, words.dropFirst().joined(separator: " "))
            let parameter = assumptions.model.parameters[index]
            let was = before.resolve(index, answers).shown
            costs = assumptions
            let now = assumptions.override(index) ?? was
            return [
                .note(
                    "For this conversation \(parameter.id) is \(CostPhrasing.value(now, of: parameter)) (it was \(CostPhrasing.number(was))). Type costs to see the estimate."
                )
            ] + askAgain()
        } catch {
            return [.say(error.message)] + askAgain()
        }
    }

    /// Every parameter: its value for the answers so far, what it is, and where it comes from.
    func listAssumptions() -> [ChatBlock] {
        guard let costs else { return noCostModel() }
        let estimator = CostEstimator(assumptions: costs, ruleBase: ruleBase)
        var blocks: [ChatBlock] = [.say("The cost assumptions (in \(costs.model.currency); change one with assume ID VALUE):")]
        for (index, parameter) in costs.model.parameters.enumerated() {
            let resolved = estimator.resolve(index, answers)
            var value = CostPhrasing.value(resolved.shown, of: parameter)
            if resolved.isAssumed {
                value += ", your figure"
            } else if resolved.isOpen {
                let questions = Set(parameter.cases.flatMap(\.condition.questions)).filter { answers[$0] == nil }.sorted()
                value += ", until you answer about \(Prose.list(questions.map { ruleBase.questions[$0].label.lowercased() }))"
            }
            blocks.append(
                .item(
                    "\(parameter.id) = \(value): \(parameter.description) [\(AdvicePhrasing.provenance(parameter.provenance, interpretation: parameter.interpretation))]"
                ))
        }
        return blocks + askAgain()
    }

    /// The changed assumptions that still apply to `model` (same id, value still valid).
    func carriedCosts(to model: CostModel?) -> CostAssumptions? {
        guard let model else { return nil }
        var carried = CostAssumptions(model: model)
        guard let costs else { return carried }
        for (index, value) in costs.overrides.sorted(by: { $0.key < $1.key }) {
            let parameter = costs.model.parameters[index]
            _ = try? carried.assume(parameter.id, "\(CostMath.plain(value)) \(parameter.unitText)")
        }
        return carried
    }

    private func noCostModel() -> [ChatBlock] {
        [.say("This rule base has no cost model, so I cannot estimate costs. Start advisor with --costs-file FILE to use one.")] + askAgain()
    }

    /// The question waiting for an answer, asked again after a command.
    private func askAgain() -> [ChatBlock] {
        currentQuestion.map { [.ask(ruleBase.questions[$0].ask)] } ?? []
    }
}
