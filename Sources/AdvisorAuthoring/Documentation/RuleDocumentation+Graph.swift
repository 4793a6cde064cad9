import AdvisorEngine
import AdvisorModel

extension RuleDocumentation {
    /// A Graphviz digraph of the rule base: questions → rules → options, read left to right.
    ///
    /// Each rule sits in a cluster for its theme (rules without a theme under "Other rules").
    /// An edge from a rule to an option carries its points, green when positive and red when
    /// negative; caveat rules are drawn as notes, with a dashed edge to each option whose
    /// recommendation shows the caveat. Every id and label is quoted and escaped, so any text
    /// in the rules renders with `dot -Tsvg`.
    public static func dot(_ ruleBase: RuleBase) -> String {
        var out: [String] = []
        out.append("digraph rules {")
        out.append(
            "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=14, labelloc=t, nodesep=0.25, ranksep=1.4, label=\(dotQuote("How the advisor decides: questions → rules → options"))];"
        )
        out.append("  node [fontname=\"Helvetica\", fontsize=10];")
        out.append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#9e9e9e\", arrowsize=0.7];")
        out.append("")
        out.append("  // Questions")
        for question in ruleBase.questions {
            out.append(
                "  \(dotQuote(questionNode(question.id))) [shape=box, style=\"rounded,filled\", fillcolor=\"#e3ecf8\", label=\(dotQuote(question.label + "\n(" + question.id + ")"))];"
            )
        }
        out.append("")
        out.append("  // Rules, one cluster per theme")
        for (number, group) in themeGroups(ruleBase).enumerated() {
            out.append("  subgraph \(dotQuote("cluster_\(number + 1)")) {")
            out.append("    label=\(dotQuote(group.theme)); style=\"rounded,filled\"; fillcolor=\"#f6f6f6\"; color=\"#c8c8c8\";")
            for rule in group.rules { out.append("    " + ruleNode(rule)) }
            out.append("  }")
        }
        out.append("")
        out.append("  // Options")
        out.append("  {")
        out.append("    rank=same;")
        for option in ruleBase.options {
            out.append(
                "    \(dotQuote(optionNode(option.id))) [shape=box, style=\"filled,bold\", fillcolor=\"#e8f5e9\", label=\(dotQuote(option.name + "\n(" + option.id + ")"))];"
            )
        }
        out.append("  }")
        out.append("")
        out.append("  // Questions read by rules; points and caveats given by rules")
        for rule in ruleBase.rules {
            for question in rule.condition.questions where ruleBase.questions.indices.contains(question) {
                out.append("  \(dotQuote(questionNode(ruleBase.questions[question].id))) -> \(dotQuote(ruleNode(rule.id)));")
            }
            for effect in rule.points where ruleBase.options.indices.contains(effect.option) && effect.points != 0 {
                let colour = effect.points > 0 ? "#2e7d32" : "#c62828"
                // 1.0 to 3.0 points wide, written with one decimal so the output is stable.
                let tenths = 10 + Int(min(effect.points.magnitude, 6)) * 10 / 3
                let width = "\(tenths / 10).\(tenths % 10)"
                out.append(
                    "  \(dotQuote(ruleNode(rule.id))) -> \(dotQuote(optionNode(ruleBase.options[effect.option].id))) "
                        + "[label=\(dotQuote(AdvicePhrasing.signed(effect.points))), color=\"\(colour)\", fontcolor=\"\(colour)\", penwidth=\(width)];")
            }
            if rule.caveat != nil {
                for option in rule.ifRecommended where ruleBase.options.indices.contains(option) {
                    out.append(
                        "  \(dotQuote(ruleNode(rule.id))) -> \(dotQuote(optionNode(ruleBase.options[option].id))) "
                            + "[label=\"caveat if recommended\", style=dashed, color=\"#b26a00\", fontcolor=\"#b26a00\"];")
                }
            }
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    /// A double-quoted DOT string: backslashes and quotes escaped, line breaks as `\n`, other
    /// control characters as spaces.
    static func dotQuote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func questionNode(_ id: String) -> String { "question:" + id }
    private static func ruleNode(_ id: String) -> String { "rule:" + id }
    private static func optionNode(_ id: String) -> String { "option:" + id }

    /// A rule's node: a box with its id and condition, or a note for a caveat rule.
    private static func ruleNode(_ rule: Rule) -> String {
        var lines = [rule.id]
        lines += rule.condition == .constant(true) ? ["always"] : TextWrapping.wrap("when " + rule.conditionText, width: 34)
        if let caveat = rule.caveat {
            lines.append("")
            lines += TextWrapping.wrap("Caveat: " + caveat, width: 34)
        }
        let label = dotQuote(lines.joined(separator: "\n"))
        let id = dotQuote(ruleNode(rule.id))
        if rule.caveat != nil {
            return "\(id) [shape=note, style=filled, fillcolor=\"#fff4d6\", label=\(label)];"
        }
        return "\(id) [shape=box, style=filled, fillcolor=\"#ffffff\", label=\(label)];"
    }

    /// The rules by theme, in order of first appearance, with unthemed rules last under "Other rules".
    static func themeGroups(_ ruleBase: RuleBase) -> [(theme: String, rules: [Rule])] {
        var themes: [String] = []
        for rule in ruleBase.rules {
            if let theme = rule.theme, !themes.contains(theme) { themes.append(theme) }
        }
        var groups = themes.map { theme in (theme: theme, rules: ruleBase.rules.filter { $0.theme == theme }) }
        let unthemed = ruleBase.rules.filter { $0.theme == nil }
        if !unthemed.isEmpty { groups.append((theme: "Other rules", rules: unthemed)) }
        return groups
    }
}
