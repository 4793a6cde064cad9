import AdvisorEngine
import AdvisorModel

/// The texts owners read in their summary: a scoring rule's `because` (a reason) and a caveat
/// (a thing to do before signing). Each should fit the summary's screen, and say what it says in
/// plain words. Code `unfit-for-summary`, at the rule:
///
/// - too long: it takes more than `OwnerSummary.textLineLimit` lines of the summary at
///   `OwnerSummary.screenWidth` columns (as a bullet), so that with it the summary could not
///   keep two reasons and a caveat on one screen;
/// - an identifier: a word joined by underscores (`managed_services`, `users_per_staff`) or a
///   word in backquotes, which owners would read as code.
///
/// A caveat rule's `because` appears only in the full reasoning, so it is not checked.
package enum SummaryTextCheck {
    package static func diagnostics(_ ruleBase: RuleBase) -> [Diagnostic] {
        ruleBase.rules.flatMap { rule -> [Diagnostic] in
            var texts: [(name: String, text: String)] = []
            if !rule.points.isEmpty { texts.append(("'because'", rule.because)) }
            if let caveat = rule.caveat { texts.append(("caveat", caveat)) }
            return texts.flatMap { name, text in
                problems(in: text).map { problem in
                    Diagnostic(
                        .warning, code: .unfitForSummary,
                        message: "rule '\(rule.id)': its \(name) text \(problem); owners read it in their summary", at: rule.location)
                }
            }
        }
    }

    /// What makes `text` unfit for the summary, each as the end of a sentence ("takes 5 lines
    /// of the summary at 80 columns (4 at most): say it in fewer words").
    package static func problems(in text: String) -> [String] {
        var problems: [String] = []
        let lines = TextWrapping.wrap(text, width: OwnerSummary.screenWidth, indent: "  • ", hangingIndent: "    ").count
        if lines > OwnerSummary.textLineLimit {
            problems.append(
                "takes \(lines) lines of the summary at \(OwnerSummary.screenWidth) columns (\(OwnerSummary.textLineLimit) at most): say it in fewer words")
        }
        let identifiers = identifiers(in: text)
        if !identifiers.isEmpty {
            let quoted = identifiers.map { "'\($0)'" }
            problems.append(
                "names \(Prose.list(quoted)), which \(Prose.agreeing(identifiers.count, "reads", "read")) as code: say it in plain words")
        }
        return problems
    }

    /// Words joined by underscores, and words in backquotes, in order of appearance, each once.
    package static func identifiers(in text: String) -> [String] {
        var found: [String] = []
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "`") })
        for word in words {
            let bare = word.trimmingBackquotes
            let quoted = word.hasPrefix("`") && word.hasSuffix("`") && word.count > 2
            let joined = bare.contains("_") && bare.split(separator: "_").count > 1
            if quoted || joined, !found.contains(bare) { found.append(bare) }
        }
        return found
    }
}

private extension Substring {
    var trimmingBackquotes: String { String(drop { $0 == "`" }.reversed().drop { $0 == "`" }.reversed()) }
}
