import AdvisorModel

/// Renders advice as plain text for a terminal: wrapped to a width, coloured only when asked.
public struct TextRenderer: Sendable {
    /// The most characters a line may hold (at least 40).
    public var width: Int
    /// Colours, when wanted.
    public var style: TextStyle

    /// A renderer for lines of `width` (40 at least), in colour when `colors`.
    public init(width: Int = 80, colors: Bool = false) {
        self.width = max(40, width)
        self.style = TextStyle(colors: colors)
    }

    /// The report; with `costs`, the cost estimate comes before the answers.
    public func render(_ advice: Advice, costs: CostReport? = nil) -> String {
        let ruleBase = advice.ruleBase
        let chosen = ruleBase.options[advice.recommendation]
        var out: [String] = []
        out.append(style.bold("Recommendation: ") + style.green(chosen.name))
        out += wrap(chosen.description, indent: "  ")

        let favouring = advice.supportingReasons
        let others = advice.otherReasons
        out.append("")
        out.append(style.bold("Why \(chosen.name)"))
        if favouring.isEmpty { out += wrap("No rule spoke for it; it leads because the rules that fired held the others back more.", indent: "  ") }
        out += favouring.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        if !others.isEmpty {
            out.append("")
            out.append(style.bold("What else counted"))
            out += others.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        }

        if !advice.caveats.isEmpty {
            out.append("")
            out.append(style.bold("Caveats"))
            for index in advice.caveats {
                let rule = ruleBase.rules[index]
                out += wrap(rule.caveat ?? "", indent: "  ! ", hanging: "    ").map(style.yellow)
                out += wrap("rule \(rule.id) · \(AdvicePhrasing.provenance(rule.provenance))", indent: "    ").map(style.dim)
                out += interpretation(of: rule)
            }
        }

        out.append("")
        out.append(style.bold("Ranking"))
        let nameWidth = advice.ranking.map { ruleBase.options[$0.option].name.count }.max() ?? 0
        for (place, standing) in advice.ranking.enumerated() {
            let name = ruleBase.options[standing.option].name
            let padded = name + String(repeating: " ", count: nameWidth - name.count)
            out.append("  \(place + 1). \(padded)  \(AdvicePhrasing.score(standing)) points")
        }
        if let runnerUp = advice.runnerUp, let first = advice.ranking.first {
            let gap = first.score - runnerUp.score
            let behind = advice.isComplete ? ", \(Prose.count(gap, "point")) behind" : ""
            out += wrap("Runner-up: \(ruleBase.options[runnerUp.option].name)\(behind).", indent: "  ")
        }

        out.append("")
        out.append(style.bold("What would change it"))
        if advice.changes.isEmpty {
            out += wrap("No single answer changed on its own would change the recommendation.", indent: "  ")
        }
        for change in advice.changes {
            out += wrap(AdvicePhrasing.sentence(for: change, in: ruleBase), indent: "  • ", hanging: "    ")
        }

        let answers = ruleBase.questions.indices.map(advice.describeAnswer)
        var settledWithout: String?
        if !advice.unanswered.isEmpty {
            let names = advice.unanswered.map { ruleBase.questions[$0].label }.joined(separator: ", ")
            settledWithout =
                "The recommendation is settled without \(names): no answer to \(Prose.agreeing(advice.unanswered.count, "it", "them")) could change it."
        }
        out += closing(costs: costs, answers: answers, note: settledWithout, in: ruleBase)
        return out.joined(separator: "\n") + "\n"
    }

    /// The end of a report: the cost estimate (when asked for), the answers (one described
    /// answer per question), a note under them, and the line naming the rule base.
    func closing(costs: CostReport?, answers: [String], note: String?, in ruleBase: RuleBase) -> [String] {
        var out: [String] = []
        if let costs {
            out.append("")
            out += CostTextRenderer(width: width, colors: style.colors).lines(costs)
        }
        out.append("")
        out.append(style.bold("Your answers"))
        for (question, answer) in zip(ruleBase.questions, answers) {
            out += wrap("\(question.label): \(answer)", indent: "  ", hanging: "    ")
        }
        if let note { out += wrap(note, indent: "  ") }
        if let line = AdvicePhrasing.ruleBase(ruleBase.identity, costs: costs?.model.identity) {
            out.append("")
            out += wrap(line, indent: "").map(style.dim)
        }
        return out
    }

    /// A fired rule: its reason, then what it did and where it comes from.
    package func reason(_ rule: Rule, in ruleBase: RuleBase) -> [String] {
        let detail = "\(AdvicePhrasing.effects(of: rule, in: ruleBase)) · rule \(rule.id) · \(AdvicePhrasing.provenance(rule.provenance))"
        return wrap(rule.because, indent: "  • ", hanging: "    ") + wrap(detail, indent: "    ").map(style.dim) + interpretation(of: rule)
    }

    /// "Our reading: …" under a reason or caveat whose rule holds a number the article does not give.
    package func interpretation(of rule: Rule) -> [String] {
        guard let text = rule.interpretation else { return [] }
        return wrap(AdvicePhrasing.interpretation(text), indent: "    ").map(style.dim)
    }

    package func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        TextWrapping.wrap(text, width: width, indent: indent, hangingIndent: hanging)
    }
}
