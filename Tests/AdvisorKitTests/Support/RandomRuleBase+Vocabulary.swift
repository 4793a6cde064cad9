@testable import AdvisorAuthoring
@testable import AdvisorModel

/// A rule base grown from another, as an author grows one: questions dropped (with the rules that
/// read them) and added (with rules that read them), choices added, dropped or renamed
/// (`renamed_from:`), number ranges changed, a question turned into another kind (the rules that
/// read it dropped, one that reads the new kind added), and a few rules added; for comparing
/// `rules diff` across a changed vocabulary with brute force.
extension RandomRuleBase {
    /// What the growth changed, as `VocabularyChanges` should name it.
    struct Growth {
        var ruleBase: RuleBase
        var addedQuestions: Set<String> = []
        var removedQuestions: Set<String> = []
        var addedChoices: Set<String> = []
        var removedChoices: Set<String> = []
        var renamedChoices: Set<String> = []
        /// "id old → new" for each number question whose range changed.
        var changedRanges: Set<String> = []
        /// Ids of the questions turned into another kind.
        var changedKinds: Set<String> = []
    }

    /// Ranges a number question may be given: some narrower than 0 or more, some reaching below
    /// 0, some apart from others (0–2 and 7 or more leave a gap).
    static let ranges: [ClosedRange<Int>] = [0...Int.max, -3...Int.max, 2...Int.max, 0...6, 3...9, 7...Int.max, 0...2, -2...4]

    /// `ruleBase` with each number question's range drawn from `ranges`.
    mutating func withRandomRanges(_ ruleBase: RuleBase) -> RuleBase {
        var copy = ruleBase
        for index in copy.questions.indices {
            guard case .integer(_, let unit) = copy.questions[index].kind, let range = Self.ranges.randomElement(using: &random) else { continue }
            copy.questions[index].kind = .integer(range: range, unit: unit)
        }
        return copy
    }

    mutating func grown(from old: RuleBase) -> Growth {
        var growth = Growth(ruleBase: old)
        var questions: [Question] = []
        var questionMap: [QuestionIndex?] = []
        var choiceMaps: [[Int?]] = []
        // Questions of both turned into another kind: read by new rules only.
        var reread: [QuestionIndex] = []
        for question in old.questions {
            var choiceMap = question.choices.indices.map { Optional($0) }
            let roll = Int.random(in: 0..<6, using: &random)
            if roll == 0 && old.questions.count > 1 {
                growth.removedQuestions.insert(question.id)
                questionMap.append(nil)
                choiceMaps.append(choiceMap)
                continue
            }
            var copy = question
            if roll == 5 {
                // Another kind of answer: a number becomes yes/no, yes/no a choice, a choice yes/no.
                switch question.kind {
                case .integer, .choice: copy.kind = .boolean
                case .boolean: copy.kind = .choice((0..<2).map { Choice(value: "k\($0)", label: "k\($0)", aliases: []) })
                }
                growth.changedKinds.insert(question.id)
                questionMap.append(nil)
                choiceMaps.append(choiceMap)
                reread.append(questions.count)
                questions.append(copy)
                continue
            }
            if case .integer(let range, let unit) = question.kind, roll == 4, let changed = Self.ranges.randomElement(using: &random), changed != range {
                copy.kind = .integer(range: changed, unit: unit)
                growth.changedRanges.insert("\(question.id) \(RuleBaseComparison.numbers(range)) → \(RuleBaseComparison.numbers(changed))")
            }
            var choices = question.choices
            if !choices.isEmpty {
                switch roll {
                case 1:
                    choices.append(Choice(value: "c9", label: "c9", aliases: []))
                    growth.addedChoices.insert("\(question.id).c9")
                case 2:
                    let dropped = Int.random(in: 0..<choices.count, using: &random)
                    growth.removedChoices.insert("\(question.id).\(choices[dropped].value)")
                    choices.remove(at: dropped)
                    choiceMap = choiceMap.map { $0 == dropped ? nil : $0.map { $0 > dropped ? $0 - 1 : $0 } }
                case 3:
                    let renamed = Int.random(in: 0..<choices.count, using: &random)
                    let before = choices[renamed].value
                    choices[renamed] = Choice(value: "r\(renamed)", label: "r", aliases: [], renamedFrom: before)
                    growth.renamedChoices.insert("\(question.id).\(before) → \(question.id).r\(renamed)")
                default: break
                }
                copy.kind = .choice(choices)
            }
            questionMap.append(questions.count)
            choiceMaps.append(choiceMap)
            questions.append(copy)
        }
        // Questions the old base lacks, each somewhere in the list, each read by a rule.
        var added = reread
        for number in 0..<Int.random(in: 0...2, using: &random) {
            let question = Self.question(
                0, Bool.random(using: &random) ? .boolean : .choice((0..<2).map { Choice(value: "c\($0)", label: "c\($0)", aliases: []) }))
            var named = question
            named.id = "n\(number)"
            let position = Int.random(in: 0...questions.count, using: &random)
            questions.insert(named, at: position)
            questionMap = questionMap.map { $0.map { $0 >= position ? $0 + 1 : $0 } }
            added = added.map { $0 >= position ? $0 + 1 : $0 } + [position]
            growth.addedQuestions.insert(named.id)
        }
        var rules: [Rule] = []
        for rule in old.rules {
            guard let condition = Self.moved(rule.condition, questionMap, choiceMaps) else { continue }
            var copy = rule
            copy.condition = condition
            rules.append(copy)
        }
        let optionCount = old.options.count
        func points() -> [Rule.Effect] {
            [Rule.Effect(option: Int.random(in: 0..<optionCount, using: &random), points: Int.random(in: 1...4, using: &random))]
        }
        for (number, question) in added.enumerated() {
            let atom: Condition =
                questions[question].kind == .boolean ? .isTrue(question) : .choiceIn(question, [Int.random(in: 0..<2, using: &random)])
            rules.append(Self.rule(100 + number, Bool.random(using: &random) ? .not(atom) : atom, points: points()))
        }
        for number in 0..<Int.random(in: 0...2, using: &random) {
            rules.append(Self.rule(200 + number, joinedAtom(questions), points: points()))
        }
        growth.ruleBase = RuleBase(questions: questions, options: old.options, rules: rules, sources: [])
        return growth
    }

    /// The condition over the grown questions, nil when it reads a dropped question.
    private static func moved(_ condition: Condition, _ questions: [QuestionIndex?], _ choices: [[Int?]]) -> Condition? {
        switch condition {
        case .constant: return condition
        case .isTrue(let question): return questions[question].map { .isTrue($0) }
        case .integerIn(let question, let interval): return questions[question].map { .integerIn($0, interval) }
        case .choiceIn(let question, let members):
            return questions[question].map { .choiceIn($0, members.compactMap { choices[question][$0] }.sorted()) }
        case .not(let inner): return moved(inner, questions, choices).map { .not($0) }
        case .and(let parts):
            let moved = parts.compactMap { Self.moved($0, questions, choices) }
            return moved.count == parts.count ? .and(moved) : nil
        case .or(let parts):
            let moved = parts.compactMap { Self.moved($0, questions, choices) }
            return moved.count == parts.count ? .or(moved) : nil
        }
    }
}
