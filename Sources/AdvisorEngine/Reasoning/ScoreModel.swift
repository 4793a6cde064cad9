import AdvisorModel

/// The rule base as the exact reasoning core reads it: every question a finite domain (yes/no,
/// the choices, or the stretches of numbers between the thresholds the rules use), every rule
/// with points a condition over those domains and a vector of points.
///
/// Most conditions are *product sets*: a conjunction whose parts each read one question
/// (`users <= 5 and network_complexity in [simple, moderate]`); each part becomes the set of
/// domain values it allows. Any other condition (an `or` across questions) is kept as a tree and
/// decided with Kleene's logic on representatives of the domain values, which is exact once its
/// questions are answered. Rules whose points are all 0 are left out; so are rules that can never
/// fire. The options are numbered as in the rule base, and one more, `zero`, scores nothing, so
/// that a bound on "option A minus zero" is a bound on A's own score.
package struct ScoreModel: Sendable {
    package let questionCount: Int
    /// The options of the rule base; `optionCount` is also the index of the virtual option `zero`.
    package let optionCount: Int
    /// `optionCount + 1`: the side of the table of ordered pairs (`pair(a, b) = a * width + b`).
    package let width: Int
    package let domainSizes: [Int]
    /// The value each domain index stands for (numbers: the first of their stretch).
    package let domains: [[AnswerValue]]
    /// For number questions, the stretch each domain index stands for; empty for other questions.
    package let stretches: [[ClosedRange<Int>]]

    let ruleCount: Int
    /// The rule base's index of each model rule.
    let ruleIndex: [RuleIndex]
    /// Rule r reads `questions[questionStart[r]..<questionStart[r + 1]]`; for a product rule the
    /// values question `questions[i]` allows are `allowed[allowedStart[i] + value]`.
    let questionStart: [Int]
    package let questions: [QuestionIndex]
    let allowedStart: [Int]
    package let allowed: [Bool]
    /// The allowed values of each (rule, question) slot of a product rule as runs of consecutive
    /// indices: `runLow[i]...runHigh[i]` for i in `runStart[slot]..<runStart[slot + 1]`.
    let runStart: [Int]
    let runLow: [Int]
    let runHigh: [Int]
    /// Nil for product rules; the condition for the others.
    package let general: [Condition?]
    /// Points per option (`optionCount` per rule; the zero option has none).
    package let points: [Int]
    /// The non-zero ordered-pair differences of each rule: `pairs[pairStart[r]..<pairStart[r + 1]]`
    /// with `pairWeight` the points of the first option minus those of the second.
    let pairStart: [Int]
    package let pairs: [Int]
    let pairWeight: [Int]
    /// For each question, the rules that read it: `questionRules[questionRuleStart[q]..<…[q + 1]]`.
    let questionRuleStart: [Int]
    let questionRules: [Int]
    /// Points of the rules that always fire (conditions reading no question), per option, and how many.
    let constantPoints: [Int]
    let constantRules: Int

    /// Builds the model of `rules` over these domains: `domains[q]` are the values of question q,
    /// and no condition may change its truth between a value and the rest of its stretch.
    package init(questions questionList: [Question], optionCount: Int, rules: [Rule], domains: [[AnswerValue]], stretches: [[ClosedRange<Int>]]) {
        questionCount = questionList.count
        self.optionCount = optionCount
        width = optionCount + 1
        self.domains = domains
        self.stretches = stretches
        domainSizes = domains.map(\.count)
        var ruleIndex: [Int] = [], questionStart = [0], questions: [Int] = [], allowedStart: [Int] = [], allowed: [Bool] = []
        var general: [Condition?] = [], points: [Int] = [], pairStart = [0], pairs: [Int] = [], pairWeight: [Int] = []
        var constantPoints = Array(repeating: 0, count: optionCount), constantRules = 0
        var scratch = Answers(questionCount: questionList.count)
        for (index, rule) in rules.enumerated() {
            var vector = Array(repeating: 0, count: optionCount)
            for effect in rule.points where (0..<optionCount).contains(effect.option) { vector[effect.option] += effect.points }
            // A rule fires "with points" when it has a non-zero entry, even if they cancel out.
            guard rule.points.contains(where: { $0.points != 0 && (0..<optionCount).contains($0.option) }) else { continue }
            let read = rule.condition.questions.filter { (0..<questionList.count).contains($0) }
            if read.isEmpty {
                if rule.condition.truth(scratch) == .true {
                    constantRules += 1
                    for option in 0..<optionCount { constantPoints[option] += vector[option] }
                }
                continue
            }
            if let sets = Self.productSets(rule.condition, domains: domains, scratch: &scratch) {
                // A part allowing nothing makes the rule never fire; parts allowing everything say nothing.
                guard sets.values.allSatisfy({ $0.contains(true) }) else { continue }
                let parts = sets.filter { $0.value.contains(false) }.sorted { $0.key < $1.key }
                if parts.isEmpty {
                    constantRules += 1
                    for option in 0..<optionCount { constantPoints[option] += vector[option] }
                    continue
                }
                for (question, set) in parts {
                    questions.append(question)
                    allowedStart.append(allowed.count)
                    allowed += set
                }
                general.append(nil)
            } else {
                guard ConditionSatisfiability.canBe(true, rule.condition, domains: domains) else { continue }
                for question in read {
                    questions.append(question)
                    allowedStart.append(allowed.count)
                }
                general.append(rule.condition)
            }
            questionStart.append(questions.count)
            ruleIndex.append(index)
            points += vector
            for first in 0...optionCount {
                for second in 0...optionCount where first != second {
                    let difference = (first < optionCount ? vector[first] : 0) - (second < optionCount ? vector[second] : 0)
                    if difference != 0 {
                        pairs.append(first * (optionCount + 1) + second)
                        pairWeight.append(difference)
                    }
                }
            }
            pairStart.append(pairs.count)
        }
        ruleCount = ruleIndex.count
        self.ruleIndex = ruleIndex
        self.questionStart = questionStart
        self.questions = questions
        self.allowedStart = allowedStart
        self.allowed = allowed
        var runStart = [0], runLow: [Int] = [], runHigh: [Int] = []
        for rule in general.indices {
            for slot in questionStart[rule]..<questionStart[rule + 1] {
                if general[rule] == nil {
                    var index = 0
                    let size = domains[questions[slot]].count
                    while index < size {
                        if allowed[allowedStart[slot] + index] {
                            let low = index
                            while index + 1 < size && allowed[allowedStart[slot] + index + 1] { index += 1 }
                            runLow.append(low)
                            runHigh.append(index)
                        }
                        index += 1
                    }
                }
                runStart.append(runLow.count)
            }
        }
        self.runStart = runStart
        self.runLow = runLow
        self.runHigh = runHigh
        self.general = general
        self.points = points
        self.pairStart = pairStart
        self.pairs = pairs
        self.pairWeight = pairWeight
        self.constantPoints = constantPoints
        self.constantRules = constantRules
        var lists = Array(repeating: [Int](), count: questionList.count)
        for rule in 0..<ruleIndex.count {
            for slot in questionStart[rule]..<questionStart[rule + 1] { lists[questions[slot]].append(rule) }
        }
        questionRuleStart = lists.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        questionRules = lists.flatMap { $0 }
    }

    /// The model of a whole rule base over its own answer space.
    package init(ruleBase: RuleBase, space: AnswerSpace) {
        self.init(
            questions: ruleBase.questions, optionCount: ruleBase.options.count, rules: ruleBase.rules,
            domains: space.domains, stretches: space.stretches)
    }

    /// For each question a product condition reads, the domain values it allows; nil when the
    /// condition is not a conjunction of parts that each read one question.
    private static func productSets(_ condition: Condition, domains: [[AnswerValue]], scratch: inout Answers) -> [QuestionIndex: [Bool]]? {
        let read = condition.questions
        if read.count == 1, let question = read.first {
            return [
                question: domains[question].map { value in
                    scratch[question] = value
                    defer { scratch[question] = nil }
                    return condition.truth(scratch) == .true
                }
            ]
        }
        let parts: [Condition]
        switch condition {
        case .and(let inner): parts = inner
        case .not(.or(let inner)): parts = inner.map { .not($0) }
        case .not(.not(let inner)): return productSets(inner, domains: domains, scratch: &scratch)
        case .constant(true), .not(.constant(false)): return [:]
        default: return nil
        }
        var sets: [QuestionIndex: [Bool]] = [:]
        for part in parts {
            if case .constant(let value) = part {
                if value { continue }
                return read.first.map { [$0: Array(repeating: false, count: domains[$0].count)] } ?? [:]
            }
            guard let inner = productSets(part, domains: domains, scratch: &scratch) else { return nil }
            for (question, set) in inner {
                sets[question] = sets[question].map { zip($0, set).map { $0 && $1 } } ?? set
            }
        }
        return sets
    }

    /// The domain index of an answer to `question`, or nil for no answer (or one outside the domain).
    package func index(of value: AnswerValue?, question: QuestionIndex) -> Int? {
        guard let value else { return nil }
        if case .integer(let number) = value, !stretches[question].isEmpty {
            return stretches[question].firstIndex { $0.contains(number) }
        }
        return domains[question].firstIndex(of: value)
    }

    @inline(__always) package func pair(_ first: Int, _ second: Int) -> Int { first * width + second }
}
