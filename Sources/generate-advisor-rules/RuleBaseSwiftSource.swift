import AdvisorKit

/// Writes a loaded rule base as Swift source that builds the same value, so that the advisor can
/// start with the built-in rules without parsing their YAML (see `DefaultRules.ruleBase`).
///
/// Every value is spelled with its initializer and explicit types, and each question's word lists
/// (mentions, phrases, each choice's aliases, phrases and their places) are constants of their
/// own: one expression holding them all made the compiler use over 12 GB and be killed.
enum RuleBaseSwiftSource {
    static func generate(_ ruleBase: RuleBase) -> String {
        var out = """
            \(GeneratedFiles.header)
            // The built-in rule base as loaded and checked from Rules/, so that start-up needs no YAML.
            extension EmbeddedRules {
                static func ruleBase() -> RuleBase {
                    RuleBase(questions: questions, options: options, rules: rules, sources: sources, testCases: testCases, claims: claims,
                             intro: intro, firstQuestion: firstQuestion)
                }

                private static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
                    SourceLocation(file: file, line: line, column: column)
                }

            """
        out += "\n    private static let intro: String? = \(optional(ruleBase.intro, string))\n"
        out += "\n    private static let firstQuestion: QuestionIndex? = \(optional(ruleBase.firstQuestion, integer))\n"
        out += "\n    private static let questions: [Question] = [\(ruleBase.questions.indices.map { "question\($0)" }.joined(separator: ", "))]\n"
        for (index, question) in ruleBase.questions.enumerated() {
            out += questionSource(question, named: "question\(index)")
        }
        out += "\n    private static let options: [SupportOption] = [\n"
        for option in ruleBase.options {
            out += "        SupportOption(id: \(string(option.id)), name: \(string(option.name)), description: \(string(option.description)),\n"
            out += "                      location: \(location(option.location))),\n"
        }
        out += "    ]\n\n    private static let rules: [Rule] = [\n"
        for rule in ruleBase.rules {
            out += "        Rule(id: \(string(rule.id)), theme: \(optional(rule.theme, string)), conditionText: \(string(rule.conditionText)),\n"
            out += "             condition: \(condition(rule.condition)),\n"
            out += "             points: [\(rule.points.map { "Rule.Effect(option: \($0.option), points: \($0.points))" }.joined(separator: ", "))],\n"
            out += "             caveat: \(optional(rule.caveat, string)), ifRecommended: \(integers(rule.ifRecommended)),\n"
            out += "             because: \(string(rule.because)),\n"
            out += "             provenance: \(provenance(rule.provenance, ruleBase)), interpretation: \(optional(rule.interpretation, string)),\n"
            out += "             location: \(location(rule.location))),\n"
        }
        out += "    ]\n\n    private static let sources: [String] = [\n"
        for source in ruleBase.sources { out += "        \(string(source)),\n" }
        out += "    ]\n\n    private static let claims: [Claim] = [\n"
        for claim in ruleBase.claims {
            out += "        Claim(id: \(string(claim.id)), article: \(string(claim.article)), section: \(string(claim.section)),\n"
            out += "              says: \(string(claim.says)),\n"
            out += "              unusedBecause: \(optional(claim.unusedBecause, string)), location: \(location(claim.location))),\n"
        }
        out += "    ]\n\n    private static let testCases: [RuleTestCase] = [\n"
        for test in ruleBase.testCases {
            out += "        RuleTestCase(name: \(string(test.name)), answers: \(answers(test.answers)),\n"
            out += "                     expectedRecommendation: \(test.expectedRecommendation),\n"
            out +=
                "                     ranksAbove: [\(test.ranksAbove.map { "RuleTestCase.OptionPair(higher: \($0.higher), lower: \($0.lower))" }.joined(separator: ", "))],\n"
            out += "                     expectedCaveats: \(optional(test.expectedCaveats, integers)), location: \(location(test.location))),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// A string literal; escapes keep every character as it is.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func integer(_ value: Int) -> String {
        switch value {
        case .min: return "Int.min"
        case .max: return "Int.max"
        default: return String(value)
        }
    }

    private static func integers(_ values: [Int]) -> String {
        "[" + values.map(integer).joined(separator: ", ") + "]"
    }

    private static func optional<Value>(_ value: Value?, _ spell: (Value) -> String) -> String {
        value.map(spell) ?? "nil"
    }

    static func location(_ location: SourceLocation) -> String {
        "at(\(string(location.file)), \(location.line), \(location.column))"
    }

    private static func locations(_ locations: [SourceLocation]) -> String {
        "[" + locations.map(location).joined(separator: ", ") + "]"
    }

    /// The constants that build `question`: the question itself named `name`, and its word lists
    /// named after it.
    private static func questionSource(_ question: Question, named name: String) -> String {
        var out = "\n    private static let \(name): Question = Question(\n"
        out += "        id: \(string(question.id)), label: \(string(question.label)), ask: \(string(question.ask)),\n"
        out += "        why: \(string(question.why)), kind: \(kind(question.kind, named: name)), location: \(location(question.location)),\n"
        out += "        mentions: \(name)Mentions, phrases: \(name)Phrases" + (question.ordered ? ", ordered: true" : "") + ")\n"
        out += "    private static let \(name)Mentions: [String] = \(strings(question.mentions))\n"
        let phrases = question.phrases.map {
            "AnswerPhrase(\(string($0.text)), means: \(answer($0.value)), at: \(optional($0.location, location))\($0.isHint ? ", hint: true" : ""))"
        }
        out += "    private static let \(name)Phrases: [AnswerPhrase] = [\(phrases.joined(separator: ", "))]\n"
        if case .choice(let choices) = question.kind {
            for (index, choice) in choices.enumerated() {
                let prefix = "\(name)Choice\(index)"
                out += "    private static let \(prefix): Choice = Choice(\n"
                out += "        value: \(string(choice.value)), label: \(string(choice.label)), aliases: \(prefix)Aliases, phrases: \(prefix)Phrases"
                out += (choice.renamedFrom.map { ", renamedFrom: \(string($0))" } ?? "")
                out += ", aliasLocations: \(prefix)AliasLocations, phraseLocations: \(prefix)PhraseLocations"
                out += choice.hints.isEmpty ? ")\n" : ", hints: \(prefix)Hints, hintLocations: \(prefix)HintLocations)\n"
                out += "    private static let \(prefix)Aliases: [String] = \(strings(choice.aliases))\n"
                out += "    private static let \(prefix)Phrases: [String] = \(strings(choice.phrases))\n"
                out += "    private static let \(prefix)AliasLocations: [SourceLocation] = \(locations(choice.aliasLocations))\n"
                out += "    private static let \(prefix)PhraseLocations: [SourceLocation] = \(locations(choice.phraseLocations))\n"
                if !choice.hints.isEmpty {
                    out += "    private static let \(prefix)Hints: [String] = \(strings(choice.hints))\n"
                    out += "    private static let \(prefix)HintLocations: [SourceLocation] = \(locations(choice.hintLocations))\n"
                }
            }
        }
        return out
    }

    private static func kind(_ kind: Question.Kind, named name: String) -> String {
        switch kind {
        case .integer(let range, let unit):
            return "Question.Kind.integer(range: \(integer(range.lowerBound))...\(integer(range.upperBound)), unit: \(optional(unit, string)))"
        case .boolean:
            return "Question.Kind.boolean"
        case .choice(let choices):
            return "Question.Kind.choice([\(choices.indices.map { "\(name)Choice\($0)" }.joined(separator: ", "))])"
        }
    }

    static func condition(_ condition: Condition) -> String {
        switch condition {
        case .constant(let value): return "Condition.constant(\(value))"
        case .isTrue(let question): return "Condition.isTrue(\(question))"
        case .integerIn(let question, let interval):
            return "Condition.integerIn(\(question), IntegerInterval(lower: \(integer(interval.lower)), upper: \(integer(interval.upper))))"
        case .choiceIn(let question, let choices): return "Condition.choiceIn(\(question), \(integers(choices)))"
        case .not(let inner): return "Condition.not(\(self.condition(inner)))"
        case .and(let parts): return "Condition.and([\(parts.map(self.condition).joined(separator: ", "))])"
        case .or(let parts): return "Condition.or([\(parts.map(self.condition).joined(separator: ", "))])"
        }
    }

    static func provenance(_ provenance: Provenance, _ ruleBase: RuleBase) -> String {
        switch provenance {
        case .claims(let cited):
            let indices = cited.map { claim in ruleBase.claims.firstIndex(of: claim).map { "claims[\($0)]" } ?? "?" }
            return "Provenance.claims([\(indices.joined(separator: ", "))])"
        case .source(let text): return "Provenance.source(\(string(text)))"
        case .assumption(let text): return "Provenance.assumption(\(string(text)))"
        }
    }

    private static func answers(_ answers: Answers) -> String {
        "Answers(values: [\(answers.values.map { $0.map(answer) ?? "nil" }.joined(separator: ", "))])"
    }

    private static func answer(_ value: AnswerValue) -> String {
        switch value {
        case .integer(let number): return "AnswerValue.integer(\(integer(number)))"
        case .boolean(let flag): return "AnswerValue.boolean(\(flag))"
        case .choice(let index): return "AnswerValue.choice(\(index))"
        }
    }

    private static func strings(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }
}
