@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The reference the reasoning core is compared with: every complete combination of answers
/// (one value per stretch of numbers), tried one by one through `Engine.evaluate`. Test-only.
struct BruteForce {
    let engine: Engine

    var domains: [[AnswerValue]] { engine.space.domains }

    /// Every completion of `answers`, in order (the last question varying fastest).
    func completions(of answers: Answers) -> [Answers] {
        var result = [answers]
        for question in answers.values.indices where answers[question] == nil {
            result = result.flatMap { partial in domains[question].map { partial.with(question, $0) } }
        }
        return result
    }

    func recommendation(_ answers: Answers) -> OptionIndex { engine.evaluate(answers).recommendation }

    func possible(_ answers: Answers) -> [OptionIndex] {
        Set(completions(of: answers).map(recommendation)).sorted()
    }

    func scoreRanges(_ answers: Answers) -> [ClosedRange<Int>] {
        let scores = completions(of: answers).map { engine.evaluate($0).scores }
        return engine.ruleBase.options.indices.map { option in
            (scores.map { $0[option] }.min() ?? 0)...(scores.map { $0[option] }.max() ?? 0)
        }
    }

    /// The open questions whose answer alone changes the recommendation for some answers to the others.
    func relevant(_ answers: Answers) -> Set<QuestionIndex> {
        let all = completions(of: answers)
        var found: Set<QuestionIndex> = []
        for question in answers.unanswered {
            var seen: [Answers: OptionIndex] = [:]
            for completion in all {
                let key = completion.with(question, nil), outcome = recommendation(completion)
                if let other = seen[key], other != outcome {
                    found.insert(question)
                    break
                }
                seen[key] = outcome
            }
        }
        return found
    }

    func settled(_ answers: Answers) -> OptionIndex? {
        let options = possible(answers)
        return options.count == 1 ? options[0] : nil
    }

    /// The size of the smallest change that settles on `option` (as `Engine.smallestChange` defines it), or nil.
    func smallestChangeSize(toward option: OptionIndex, from answers: Answers) -> Int? {
        let questions = Array(answers.values.indices)
        for size in 1...max(1, questions.count) where size <= questions.count {
            for subset in Engine.subsetsForTesting(of: questions, size: size) where works(subset[...], option, answers) { return size }
        }
        return nil
    }

    private func works(_ questions: ArraySlice<QuestionIndex>, _ option: OptionIndex, _ answers: Answers) -> Bool {
        guard let question = questions.first else { return settled(answers) == option }
        let current = engine.model.index(of: answers[question], question: question)
        return domains[question].indices.contains { index in
            index != current && works(questions.dropFirst(), option, answers.with(question, domains[question][index]))
        }
    }
}

extension Engine {
    /// Every subset of `items` of `size` elements, in lexicographic order.
    static func subsetsForTesting(of items: [QuestionIndex], size: Int) -> [[QuestionIndex]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[QuestionIndex]] = []
        for (index, item) in items.enumerated() {
            for rest in subsetsForTesting(of: Array(items[(index + 1)...]), size: size - 1) { result.append([item] + rest) }
        }
        return result
    }
}

/// Random rule bases for the comparison with brute force: up to `maxQuestions` questions (yes/no,
/// choices, numbers with thresholds), conditions that join several questions, and points that
/// move several options at once — some moving every option alike.
struct ExactnessRuleBases {
    var random: SeededRandom

    mutating func ruleBase(maxQuestions: Int = 10, maxCombinations: Int = 20_000) -> RuleBase {
        while true {
            let candidate = make(maxQuestions: maxQuestions)
            let sizes = Engine(ruleBase: candidate).space.domains.map(\.count)
            if sizes.reduce(1, *) <= maxCombinations { return candidate }
        }
    }

    private mutating func make(maxQuestions: Int) -> RuleBase {
        let here = SourceLocation(file: "random.yaml", line: 1, column: 1)
        let questions: [Question] = (0..<Int.random(in: 1...maxQuestions, using: &random)).map { index in
            let kind: Question.Kind
            switch Int.random(in: 0..<3, using: &random) {
            case 0: kind = .integer(range: 0...Int.max, unit: nil)
            case 1: kind = .boolean
            default: kind = .choice((0..<Int.random(in: 2...3, using: &random)).map { Choice(value: "c\($0)", label: "c\($0)", aliases: []) })
            }
            return Question(id: "q\(index)", label: "Q\(index)", ask: "?", why: ".", kind: kind, location: here)
        }
        let optionCount = Int.random(in: 2...4, using: &random)
        let options = (0..<optionCount).map { SupportOption(id: "o\($0)", name: "O\($0)", description: ".", location: here) }
        let rules: [Rule] = (0..<Int.random(in: 1...14, using: &random)).map { index in
            var points: [Rule.Effect]
            if Int.random(in: 0..<5, using: &random) == 0 {
                let alike = Int.random(in: -4...4, using: &random)
                points = (0..<optionCount).map { Rule.Effect(option: $0, points: alike) }
            } else {
                points = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    Rule.Effect(option: Int.random(in: 0..<optionCount, using: &random), points: Int.random(in: -4...4, using: &random))
                }
            }
            var condition = atom(questions)
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: condition = .or([condition, atom(questions)])
                case 1: condition = .not(.and([condition, atom(questions)]))
                default: condition = .and([condition, atom(questions)])
                }
            }
            return Rule(
                id: "r\(index)", theme: nil, conditionText: "", condition: condition, points: points, caveat: nil,
                ifRecommended: [], because: ".", provenance: .assumption("."), location: here)
        }
        return RuleBase(questions: questions, options: options, rules: rules, sources: [])
    }

    private mutating func atom(_ questions: [Question]) -> Condition {
        let index = Int.random(in: 0..<questions.count, using: &random)
        let atom: Condition
        switch questions[index].kind {
        case .integer:
            let low = Int.random(in: 0...6, using: &random)
            atom = .integerIn(
                index,
                Bool.random(using: &random) ? IntegerInterval(lower: low) : IntegerInterval(lower: low, upper: low + Int.random(in: 0...4, using: &random)))
        case .boolean:
            atom = .isTrue(index)
        case .choice(let choices):
            atom = .choiceIn(index, choices.indices.filter { _ in Bool.random(using: &random) })
        }
        return Int.random(in: 0..<4, using: &random) == 0 ? .not(atom) : atom
    }

    /// Answers with about half the questions left open.
    mutating func answers(for ruleBase: RuleBase, openShare: Int = 2) -> Answers {
        let domains = Engine(ruleBase: ruleBase).space.domains
        return Answers(
            values: domains.map { domain in
                Int.random(in: 0..<openShare, using: &random) == 0 ? nil : domain[Int.random(in: 0..<domain.count, using: &random)]
            })
    }
}

extension BruteForce {
    /// `Engine.whatWouldChange` worked out by trying each value of each answered question, every
    /// outcome by brute force: for a number, outward from its stretch to the first stretch with
    /// another outcome each way, widened across the stretches next to it with that outcome.
    func whatWouldChange(_ answers: Answers) -> [AnswerChange] {
        guard let current = settled(answers) else { return [] }
        var changes: [AnswerChange] = []
        for (question, answer) in answers.values.enumerated() {
            guard let answer else { continue }
            let outcomes = domains[question].map { settled(answers.with(question, $0)) }
            guard case .integer(let number) = answer else {
                for (index, value) in domains[question].enumerated() where value != answer && outcomes[index] != current {
                    changes.append(AnswerChange(question: question, to: .value(value), recommendation: outcomes[index]))
                }
                continue
            }
            let stretches = engine.space.segments[question]
            guard let here = stretches.firstIndex(where: { $0.contains(number) }) else { continue }
            var found: [AnswerChange] = []
            for direction in [-1, 1] {
                var index = here + direction
                while stretches.indices.contains(index), outcomes[index] == current { index += direction }
                guard stretches.indices.contains(index) else { continue }
                var far = index
                while stretches.indices.contains(far + direction), outcomes[far + direction] == outcomes[index] { far += direction }
                let low = min(index, far), high = max(index, far)
                found.append(
                    AnswerChange(
                        question: question, to: .numbers(stretches[low].lowerBound...stretches[high].upperBound), recommendation: outcomes[index]))
            }
            changes += found  // below first, then above
        }
        return changes
    }
}
