import AdvisorModel

/// Renders advice as a Markdown report a consultant could hand to a client.
public enum MarkdownRenderer {
    /// The report; with `costs`, the cost estimate comes after what would change the recommendation.
    public static func render(_ advice: Advice, costs: CostReport? = nil) -> String {
        let ruleBase = advice.ruleBase
        let chosen = ruleBase.options[advice.recommendation]
        var out: [String] = []
        out.append("# IT support recommendation: \(chosen.name)")
        out.append("")
        out.append(escape(chosen.description))
        out.append("")
        let favouring = advice.supportingReasons
        let others = advice.otherReasons
        out.append("## Why \(escape(chosen.name))")
        out.append("")
        if favouring.isEmpty { out.append("- No rule spoke for it; it leads because the rules that fired held the others back more.") }
        out += favouring.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        if !others.isEmpty {
            out.append("")
            out.append("## What else counted")
            out.append("")
            out += others.flatMap { reason(ruleBase.rules[$0], in: ruleBase) }
        }
        if !advice.caveats.isEmpty {
            out.append("")
            out.append("## Caveats")
            out.append("")
            for index in advice.caveats {
                let rule = ruleBase.rules[index]
                out.append("- **\(escape(rule.caveat ?? ""))** *(rule `\(rule.id)`; \(escape(AdvicePhrasing.provenance(rule.provenance))))*")
                out += interpretation(of: rule)
            }
        }
        out.append("")
        out.append("## Ranking")
        out.append("")
        out.append("| # | Option | Points |")
        out.append("|---|---|---|")
        for (place, standing) in advice.ranking.enumerated() {
            out.append("| \(place + 1) | \(escape(ruleBase.options[standing.option].name)) | \(AdvicePhrasing.score(standing)) |")
        }
        out.append("")
        out.append("## What would change it")
        out.append("")
        if advice.changes.isEmpty { out.append("- No single answer changed on its own would change the recommendation.") }
        for change in advice.changes {
            out.append("- \(escape(AdvicePhrasing.sentence(for: change, in: ruleBase)))")
        }
        if let costs {
            out.append("")
            out += CostMarkdownRenderer.lines(costs)
        }
        out.append("")
        out.append("## Answers")
        out.append("")
        out.append("| Question | Answer |")
        out.append("|---|---|")
        for (index, question) in ruleBase.questions.enumerated() {
            let value =
                advice.answers[index].map { escape(question.describe($0)) }
                ?? "*\(escape(advice.describeAnswer(index))) (cannot change the recommendation)*"
            out.append("| \(escape(question.label)) | \(value) |")
        }
        out += footer(ruleBase, costs: costs)
        return out.joined(separator: "\n") + "\n"
    }

    /// The note on where reasons come from, then the line naming the rule base.
    static func footer(_ ruleBase: RuleBase, costs: CostReport?) -> [String] {
        var out = [
            "",
            "*Reasons cite the claims of the article they paraphrase (with its section headings) and our reading of any number it does not give, or say plainly where they rest on an assumption.*",
        ]
        if let line = AdvicePhrasing.ruleBase(ruleBase.identity, costs: costs?.model.identity) {
            out += ["", "*\(escape(line)).*"]
        }
        return out
    }

    package static func reason(_ rule: Rule, in ruleBase: RuleBase) -> [String] {
        [
            "- \(escape(rule.because)) *(\(escape(AdvicePhrasing.effects(of: rule, in: ruleBase))); rule `\(rule.id)`; \(escape(AdvicePhrasing.provenance(rule.provenance))))*"
        ]
            + interpretation(of: rule)
    }

    /// A nested item "Our reading: …" under a reason or caveat whose rule has an interpretation.
    package static func interpretation(of rule: Rule) -> [String] {
        rule.interpretation.map { ["  - *\(escape(AdvicePhrasing.interpretation($0)))*"] } ?? []
    }

    package static func escape(_ text: String) -> String { Markdown.escaped(text) }
}
