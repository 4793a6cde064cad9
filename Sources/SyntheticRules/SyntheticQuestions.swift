import AdvisorKit

/// The generated questions of a `SyntheticRuleBase` beyond the shipped six, and rules over them.
extension SyntheticRuleBase {
    /// The kind of generated question number `index` (counting from 0 after the shipped ones).
    enum Kind {
        case yesNo, choice(Int), number
    }

    static func kind(_ index: Int) -> Kind {
        switch index % 5 {
        case 0, 2: return .yesNo
        case 1: return .choice(3)
        case 3: return .choice(4)
        default: return .number
        }
    }

    static func id(_ index: Int) -> String { "extra_\(index + 1)" }

    static let choiceValues = ["a", "b", "c", "d"]

    /// `synthetic-questions.yaml`, or nothing when there are only the shipped questions.
    var extraQuestionFiles: [RuleFile] {
        let extra = questions - Self.shippedQuestions
        guard extra > 0 else { return [] }
        var text = "questions:\n"
        for index in 0..<extra {
            let id = Self.id(index)
            text += "  - id: \(id)\n    label: Extra question \(index + 1)\n    ask: Generated question \(index + 1)?\n    why: Generated for benchmarks.\n"
            switch Self.kind(index) {
            case .yesNo: text += "    type: boolean\n"
            case .number: text += "    type: integer\n    min: 0\n"
            case .choice(let count):
                text += "    type: choice\n    choices:\n"
                for value in Self.choiceValues.prefix(count) { text += "      - {value: \(value), label: choice \(value)}\n" }
            }
        }
        let name = "synthetic-questions.yaml"
        return [RuleFile(path: "Synthetic/" + name, relativePath: name, contents: text)]
    }

    /// The themes: the shipped questions are theme 0; the generated ones come in fours.
    private var themeCount: Int { 1 + (questions - Self.shippedQuestions + 3) / 4 }

    private func members(of theme: Int) -> [Int] {
        theme == 0 ? [] : Array(((theme - 1) * 4)..<min(questions - Self.shippedQuestions, theme * 4))
    }

    /// A rule of the themed shape (see `SyntheticRuleBase`).
    func themedRule(_ index: Int, _ random: inout SeededRandom) -> String {
        let theme = random.below(themeCount)
        let first = atom(in: theme, &random)
        var condition = first
        if random.below(3) == 0 {
            let roll = random.below(10)
            var second: String
            if roll < 5 {
                second = atom(in: theme, &random)
            } else if roll < 8 {
                second = ["users <= \(1 + random.below(60))", "users >= \(2 + random.below(200))"][random.below(2)]
            } else {
                second = atom(in: random.below(themeCount), &random)
            }
            if second == first { second = "users > \(1 + random.below(120))" }
            condition += " and " + second
        }
        return ruleText(index, condition: condition, &random)
    }

    private func atom(in theme: Int, _ random: inout SeededRandom) -> String {
        let questions = members(of: theme)
        guard !questions.isEmpty else { return shippedAtom(&random) }
        let index = questions[random.below(questions.count)]
        let id = Self.id(index)
        switch Self.kind(index) {
        case .yesNo: return (random.below(2) == 0 ? "not " : "") + id
        case .choice(let count):
            let values = Self.choiceValues.prefix(count)
            let value = values[random.below(count)]
            switch random.below(3) {
            case 0: return "\(id) == \(value)"
            case 1: return "\(id) != \(value)"
            default: return "\(id) in [\(value), \(values[(values.firstIndex(of: value)! + 1) % count])]"
            }
        case .number:
            let low = random.below(100)
            switch random.below(3) {
            case 0: return "\(id) >= \(low)"
            case 1: return "\(id) <= \(low)"
            default: return "\(id) in \(low)...\(low + random.below(40))"
            }
        }
    }
}
