import AdvisorChat
import AdvisorEngine
import AdvisorModel

/// Documentation of a rule base for the people whose business it advises: what it asks, what it
/// chooses between, and every rule in plain words with where it comes from (`advisor rules docs`).
///
/// Both outputs are pure functions of the rule base, so they are deterministic and can be kept
/// as golden files or committed beside the rules.
public enum RuleDocumentation {
    /// A Markdown document a business owner can read to see how the advisor thinks: the article
    /// cited, the options, every question (text, why it matters, its answers and the words
    /// understood for them), and every rule in plain language grouped by theme (rules without a
    /// theme last, under "Other rules"): when it applies, what it does, why, and its source in the
    /// article or the assumption it rests on. With `costs`, a last section documents every
    /// parameter of the cost model and the formulas of each option's estimate.
    public static func markdown(_ ruleBase: RuleBase, costs: CostModel? = nil) -> String {
        var out: [String] = []
        out.append("# How the advisor decides")
        out.append("")
        out.append(
            "This document is generated from the rule base. It lists the \(Prose.count(ruleBase.questions.count, "question")) the advisor may ask, "
                + "the \(Prose.count(ruleBase.options.count, "option")) it chooses between and the \(Prose.count(ruleBase.rules.count, "rule")) it applies. "
                + "Every rule names the claims of the article it paraphrases (or, for an article that lists none, its section), or says plainly that it is an assumption."
        )
        out.append("")
        out.append(
            "Each rule gives points for or against options when it applies. The points are added up and the option with the most "
                + "is recommended; a tie goes to the option listed first below. Some rules add a caveat, a warning shown with the recommendation.")
        out += articleSection(ruleBase)
        out += claimSection(ruleBase, costs: costs)
        out += optionSection(ruleBase)
        out += questionSection(ruleBase)
        out += ruleSection(ruleBase)
        out += costSection(costs, in: ruleBase)
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private static func articleSection(_ ruleBase: RuleBase) -> [String] {
        var out = ["", "## The article", ""]
        guard !ruleBase.sources.isEmpty else { return out + ["The rule base cites no article; every rule rests on an assumption."] }
        out.append("The rules cite these sections of the source article:")
        out.append("")
        // A source is "<article name>, <section heading>"; group the sections under their article.
        var articles: [(name: String, sections: [(heading: String, source: String)])] = []
        for source in ruleBase.sources {
            var name = "", section = source
            if let comma = source.firstIndex(of: ",") {
                name = String(source[..<comma])
                section = String(source[source.index(after: comma)...].drop(while: { $0 == " " }))
            }
            if let index = articles.firstIndex(where: { $0.name == name }) {
                articles[index].sections.append((section, source))
            } else {
                articles.append((name, [(section, source)]))
            }
        }
        for article in articles {
            let indent = article.name.isEmpty ? "" : "  "
            if !article.name.isEmpty { out.append("- **\(escape(article.name))**") }
            for section in article.sections {
                let citing = ruleBase.rules.filter { rule in
                    rule.provenance.source == section.source || rule.provenance.claims.contains { $0.source == section.source }
                }.count
                out.append("\(indent)- \(escape(section.heading)) (cited by \(citing == 0 ? "no rule" : Prose.count(citing, "rule")))")
            }
        }
        let assumed = ruleBase.rules.filter { $0.provenance.assumption != nil }.count
        if assumed > 0 {
            out.append("")
            out.append(
                "Where the article is silent, \(Prose.count(assumed, "rule")) \(Prose.agreeing(assumed, "rests", "rest")) on a stated assumption instead.")
        }
        return out
    }

    private static func optionSection(_ ruleBase: RuleBase) -> [String] {
        var out = ["", "## Options", ""]
        for (place, option) in ruleBase.options.enumerated() {
            out.append("\(place + 1). **\(escape(option.name))** (\(code(option.id))): \(escape(option.description))")
        }
        return out
    }

    private static func questionSection(_ ruleBase: RuleBase) -> [String] {
        var out = ["", "## Questions"]
        let firstIndex = ruleBase.firstQuestion ?? 0
        if ruleBase.questions.indices.contains(firstIndex) {
            let first = ruleBase.questions[firstIndex]
            let greeting = ruleBase.intro.map { "The chat greets the owner with “\(escape($0))”, followed by the options' names. " } ?? ""
            out += [
                "",
                greeting + "It asks about **\(escape(first.label.lowercased()))** first, then whichever open question matters most, "
                    + "and only while an answer could still change the recommendation.",
            ]
        }
        out += [
            "",
            "In the chat an owner answers in their own words. A clause that uses a word naming a question is read as being "
                + "about that question, so one line can answer several; the words and phrases each answer is understood by are listed below.",
        ]
        let space = AnswerSpace(ruleBase: ruleBase)
        for (index, question) in ruleBase.questions.enumerated() {
            out += ["", "### \(escape(question.label)) (\(code(question.id)))", ""]
            out.append("- **Asked as:** \(escape(question.ask))")
            out.append("- **Why it matters:** \(escape(question.why))")
            let mentions = PlainAnswerReader.Vocabulary.mentionPhrases(of: question)
            if !mentions.isEmpty { out.append("- **Words that name it:** \(quotedList(mentions)).") }
            switch question.kind {
            case .integer(let range, let unit):
                out.append("- **Answer:** \(escape(question.expectation))\(unit.map { " (\(escape($0)))" } ?? "").")
                let stretches = space.stretches[index]
                if stretches.count > 1 {
                    let words = stretches.map { AdvicePhrasing.numbers($0, unit: nil) }
                    out.append(
                        "- **Ranges the rules tell apart:** \(escape(Prose.list(words)))"
                            + (range.upperBound == Int.max ? "" : " (at most \(range.upperBound))") + ".")
                }
                let numbers = question.phrases.reduce(into: [Int]()) { numbers, phrase in
                    if case .integer(let number) = phrase.value, !numbers.contains(number) { numbers.append(number) }
                }
                for number in numbers {
                    let texts = question.phrases.filter { $0.value == .integer(number) && !$0.isHint }.map(\.text)
                    let hints = question.phrases.filter { $0.value == .integer(number) && $0.isHint }.map(\.text)
                    if !texts.isEmpty { out.append("- **Understood as \(number) in the chat:** \(quotedList(texts)).") }
                    if !hints.isEmpty { out.append("- **Taken as \(number) once confirmed:** \(quotedList(hints)).") }
                }
            case .boolean:
                out.append("- **Answer:** yes or no (`true` or `false` in answer files).")
                for (flag, word) in [(true, "yes"), (false, "no")] {
                    let texts = question.phrases.filter { $0.value == .boolean(flag) && !$0.isHint }.map(\.text)
                    let hints = question.phrases.filter { $0.value == .boolean(flag) && $0.isHint }.map(\.text)
                    if !texts.isEmpty { out.append("- **Understood as \(word) in the chat:** \(quotedList(texts)).") }
                    if !hints.isEmpty { out.append("- **Taken as \(word) once confirmed:** \(quotedList(hints)).") }
                }
            case .choice(let choices):
                out.append("- **Answers:**")
                out.append("")
                out.append("  | Answer | Meaning | Also understood | In the chat, also |")
                out.append("  |---|---|---|---|")
                for choice in choices {
                    let aliases = choice.aliases.isEmpty ? "–" : choice.aliases.map(escape).joined(separator: ", ")
                    // Hints are marked: the chat confirms them first.
                    let words = choice.phrases.map(escape) + choice.hints.map { escape($0) + " (confirmed)" }
                    let phrases = words.isEmpty ? "–" : words.joined(separator: ", ")
                    out.append("  | \(code(choice.value)) | \(escape(choice.label)) | \(aliases) | \(phrases) |")
                }
                out.append("")
                if question.ordered {
                    out.append("- **In order:** from least to most; a line that names several is read as the most it names, and confirmed.")
                }
            }
            let readers = ruleBase.rules.filter { $0.condition.questions.contains(index) }.map { code($0.id) }
            out.append("- **Used by:** " + (readers.isEmpty ? "no rule" : readers.joined(separator: ", ")) + ".")
        }
        return out
    }

    private static func ruleSection(_ ruleBase: RuleBase) -> [String] {
        var out = ["", "## Rules"]
        let groups = themeGroups(ruleBase)
        if groups.isEmpty { out += ["", "The rule base has no rules."] }
        for (theme, rules) in groups {
            out += ["", "### \(escape(theme))"]
            for rule in rules { out += ["", "#### \(code(rule.id))", ""] + describe(rule, in: ruleBase) }
        }
        return out
    }

    /// The bullet points for one rule: when, what it does, why, and where it comes from.
    package static func describe(_ rule: Rule, in ruleBase: RuleBase) -> [String] {
        var out: [String] = []
        out.append("- **When:** \(when(rule, in: ruleBase))")
        if !rule.points.isEmpty {
            out.append("- **Points:** \(escape(AdvicePhrasing.effects(of: rule, in: ruleBase)))")
        }
        if let caveat = rule.caveat {
            let names = rule.ifRecommended.filter { ruleBase.options.indices.contains($0) }.map { ruleBase.options[$0].name }
            let scope = names.isEmpty ? "" : " (only when the recommendation is \(Prose.list(names, conjunction: "or")))"
            out.append("- **Caveat\(escape(scope)):** \(escape(caveat))")
        }
        out.append("- **Why:** \(escape(rule.because))")
        return out + provenanceLines(rule.provenance, interpretation: rule.interpretation)
    }

    /// The condition in words, or its text in code style when words would be clumsy.
    package static func when(_ rule: Rule, in ruleBase: RuleBase) -> String {
        if let phrase = ConditionPhrasing.phrase(rule.condition, in: ruleBase) { return escape(phrase) }
        return code(rule.conditionText)
    }

    // MARK: - Markdown helpers

    /// Escaped for Markdown, on one line (a line break inside a list item or table cell would break it).
    package static func escape(_ text: String) -> String { Markdown.escaped(Markdown.oneLine(text)) }

    package static func code(_ raw: String) -> String { Markdown.code(raw) }

    /// “a”, “b”, “c”: texts quoted for reading, escaped.
    static func quotedList(_ texts: [String]) -> String {
        texts.map { "“\(escape($0))”" }.joined(separator: ", ")
    }
}
