import AdvisorModel
import BigInt

/// The complete answers below a partial assignment, split into groups of questions that rules
/// join; each group summed up as a `ScoreDistribution`. With the groups apart, a count over every
/// completion runs over the groups' outcomes instead of the combinations (`ExactCount`).
///
/// A group small enough is enumerated; a larger one is split by fixing its most read question to
/// each of its values in turn, after which its rules may fall apart into smaller groups. So the
/// cost grows with how tightly the rules tie questions together, not with how many there are.
package struct ScoreDecomposition {
    package let models: [ScoreModel]
    let layout: OutcomeLayout
    /// The points of the rules decided to fire, and their fired flags.
    package private(set) var offset: [Int]
    /// One distribution per group of questions joined by undecided rules.
    package private(set) var groups: [ScoreDistribution] = []
    /// How many combinations of the free questions no undecided rule reads.
    private(set) var multiplier: BigUInt = 1

    /// Groups up to this many combinations are enumerated rather than split.
    static let enumerationLimit = 4_096
    /// How much work (rules tried at enumerated combinations, pairs of outcomes added) a
    /// decomposition may take by default before it gives up.
    static let workLimit = 1_000_000

    /// The decomposition of the completions of `values` (domain indices, -1 free) under every
    /// model; nil when it would take more than `workLimit` (rules that tie many questions together).
    package init?(models: [ScoreModel], values: [Int], workLimit: Int = Self.workLimit) {
        self.models = models
        layout = OutcomeLayout(optionCounts: models.map(\.optionCount))
        offset = Array(repeating: 0, count: layout.width)
        var walker = Walker(models: models, layout: layout, values: values, workLimit: workLimit)
        let free = values.indices.filter { values[$0] < 0 }
        let rules = walker.allRules()
        let parts = walker.split(free, rules)
        offset = parts.offset
        for (index, model) in models.enumerated() {
            for option in 0..<model.optionCount { offset[layout.starts[index] + option] += model.constantPoints[option] }
            if model.constantRules > 0 { offset[layout.fired(index)] = 1 }
        }
        multiplier = parts.multiplier
        var groups: [ScoreDistribution] = []
        for group in parts.groups {
            guard let distribution = walker.distribution(of: group.questions, group.rules) else { return nil }
            groups.append(distribution)
        }
        self.groups = groups
    }
}

/// The bookkeeping of `ScoreDecomposition`: the current assignment and the rules' states under it.
private struct Walker {
    let models: [ScoreModel]
    let layout: OutcomeLayout
    var values: [Int]
    var answers: Answers
    var work = 0
    let workLimit: Int

    init(models: [ScoreModel], layout: OutcomeLayout, values: [Int], workLimit: Int) {
        self.models = models
        self.layout = layout
        self.workLimit = workLimit
        self.values = values
        answers = Answers(questionCount: values.count)
        for question in values.indices where values[question] >= 0 { answers[question] = models[0].domains[question][values[question]] }
    }

    func allRules() -> [ModelRule] {
        models.indices.flatMap { model in (0..<models[model].ruleCount).map { ModelRule(model: model, rule: $0) } }
    }

    mutating func set(_ question: QuestionIndex, _ index: Int) {
        values[question] = index
        answers[question] = index < 0 ? nil : models[0].domains[question][index]
    }

    /// Whether the rule fires (true), cannot fire (false), or depends on free questions (nil).
    func state(_ item: ModelRule) -> Bool? {
        let model = models[item.model], rule = item.rule
        let reads = model.questionStart[rule]..<model.questionStart[rule + 1]
        if let condition = model.general[rule] {
            switch condition.truth(answers) {
            case .true: return true
            case .false: return false
            case .unknown: return reads.contains { values[model.questions[$0]] < 0 } ? nil : false
            }
        }
        var open = false
        for slot in reads {
            let value = values[model.questions[slot]]
            if value < 0 {
                open = true
            } else if !model.allowed[model.allowedStart[slot] + value] {
                return false
            }
        }
        return open ? nil : true
    }

    func freeQuestions(of item: ModelRule) -> [QuestionIndex] {
        let model = models[item.model]
        return (model.questionStart[item.rule]..<model.questionStart[item.rule + 1]).map { model.questions[$0] }.filter { values[$0] < 0 }
    }

    func add(_ item: ModelRule, to outcome: inout [Int]) {
        let model = models[item.model], start = layout.starts[item.model]
        for option in 0..<model.optionCount { outcome[start + option] += model.points[item.rule * model.optionCount + option] }
        outcome[layout.fired(item.model)] = 1
    }

    /// The rules decided under the assignment go into the offset; the free questions fall into
    /// groups joined by the undecided ones.
    func split(_ free: [QuestionIndex], _ rules: [ModelRule]) -> (
        offset: [Int], multiplier: BigUInt, groups: [(questions: [QuestionIndex], rules: [ModelRule])]
    ) {
        var offset = Array(repeating: 0, count: layout.width)
        var parent = Dictionary(uniqueKeysWithValues: free.map { ($0, $0) })
        func root(_ question: QuestionIndex) -> QuestionIndex {
            var current = question
            while let next = parent[current], next != current { current = next }
            return current
        }
        var open: [(ModelRule, [QuestionIndex])] = []
        for item in rules {
            switch state(item) {
            case true?: add(item, to: &offset)
            case false?: continue
            case nil:
                let reads = freeQuestions(of: item)
                for other in reads.dropFirst() { parent[root(other)] = root(reads[0]) }
                open.append((item, reads))
            }
        }
        var members: [QuestionIndex: [QuestionIndex]] = [:], owned: [QuestionIndex: [ModelRule]] = [:]
        for (item, reads) in open { owned[root(reads[0]), default: []].append(item) }
        var multiplier: BigUInt = 1
        for question in free {
            if owned[root(question)] == nil {
                multiplier *= BigUInt(models[0].domainSizes[question])
            } else {
                members[root(question), default: []].append(question)
            }
        }
        let groups = members.keys.sorted().map { (questions: members[$0]!, rules: owned[$0]!) }
        return (offset, multiplier, groups)
    }

    /// The outcomes of the group's rules over every combination of its questions; nil past the work limit.
    mutating func distribution(of questions: [QuestionIndex], _ rules: [ModelRule]) -> ScoreDistribution? {
        let sizes = questions.map { models[0].domainSizes[$0] }
        var result = ScoreDistribution()
        if let combinations = MixedRadix.count(sizes, limit: ScoreDecomposition.enumerationLimit) {
            work += combinations * rules.count
            guard work <= workLimit else { return nil }
            var digits = Array(repeating: 0, count: questions.count)
            for question in questions { set(question, 0) }
            while true {
                var outcome = Array(repeating: 0, count: layout.width)
                for item in rules where state(item) == true { add(item, to: &outcome) }
                result.counts[outcome, default: 0] += 1
                guard let moved = MixedRadix.increment(&digits, radices: sizes) else { break }
                for position in moved..<questions.count { set(questions[position], digits[position]) }
            }
            for question in questions { set(question, -1) }
            return result
        }
        // Too many to enumerate: fix the question most rules read, and split what remains.
        var reads: [QuestionIndex: Int] = [:]
        for item in rules {
            for question in freeQuestions(of: item) { reads[question, default: 0] += 1 }
        }
        let pivot = questions.max { (reads[$0] ?? 0, -$0) < (reads[$1] ?? 0, -$1) }!
        let rest = questions.filter { $0 != pivot }
        for index in 0..<models[0].domainSizes[pivot] {
            set(pivot, index)
            work += rules.count
            guard work <= workLimit else { return nil }
            let parts = split(rest, rules)
            var combined = ScoreDistribution(counts: [parts.offset: parts.multiplier])
            for group in parts.groups {
                guard let distribution = distribution(of: group.questions, group.rules),
                    work + combined.counts.count * distribution.counts.count <= workLimit
                else { return nil }
                combined = combined.convolved(with: distribution, layout: layout, work: &work)
            }
            work += combined.counts.count
            for (outcome, count) in combined.counts { result.counts[outcome, default: 0] += count }
            set(pivot, -1)
        }
        return result
    }
}
