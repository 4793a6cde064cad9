import AdvisorModel

/// A point of the search: some questions given a value (answered, or tried by the search), the
/// others free; and, kept up to date as values are set and taken back, exact scores of the rules
/// already decided and an upper bound on every difference of two options' scores over the free
/// questions.
///
/// The bound works on differences, so a rule that moves every option alike adds nothing to it.
/// Each undecided rule belongs to one of its free questions (the one with the fewest values), and for
/// each free question a table holds, per value and per ordered pair of options, what its rules
/// can add to the pair's difference with the question at that value: their exact points when that
/// question is their last free one, else the better of nothing and their points. The bound takes
/// the best value of each question: so rules on one question that exclude each other (`users <= 5`,
/// `users >= 16`) are never counted together. With every question given a value, the bound is
/// the exact difference.
package struct BoundState {
    package let model: ScoreModel
    /// The value (domain index) of each question, or -1 when free.
    package private(set) var value: [Int]
    /// Representatives of the values, for the rules kept as condition trees.
    private var answers: Answers
    private let rank: [Int]
    /// Points of the rules that certainly fire, per option (and 0 for the zero option).
    package private(set) var fixed: [Int]
    private let tableStart: [Int]
    private var table: [Int]
    private var maxima: [Int]
    /// Per ordered pair, the sum over free questions of their tables' best value.
    private var total: [Int]
    private var dirty: [Bool]
    private var dirtyList: [Int] = []
    /// Per question, which pairs changed since the last `settle` (all of them when there are more than 64 pairs).
    private var dirtyPairs: [UInt64]
    /// Rules certainly firing, and rules not decided yet.
    package private(set) var firedCount: Int
    package private(set) var undecidedCount = 0
    /// Undecided rules with two or more free questions, whose share of the bound is optimistic.
    /// With none, each pair's bound is its exact maximum (the free questions no longer interact).
    private(set) var looseCount = 0

    /// The state with `values` given (nil: free); `rank` orders questions for owning rules.
    package init(model: ScoreModel, values: [Int?], rank: [Int]? = nil) {
        self.model = model
        let pairCount = model.width * model.width
        value = values.map { $0 ?? -1 }
        var answers = Answers(questionCount: model.questionCount)
        for question in 0..<model.questionCount where value[question] >= 0 {
            answers[question] = model.domains[question][value[question]]
        }
        self.answers = answers
        // Small domains own rules first, so that the wide tables of number questions with many
        // thresholds hold few rules and are rarely rewritten.
        self.rank = rank ?? (0..<model.questionCount).map { model.domainSizes[$0] * model.questionCount + $0 }
        fixed = model.constantPoints + [0]
        firedCount = model.constantRules
        var starts: [Int] = [], size = 0
        for count in model.domainSizes {
            starts.append(size)
            size += count
        }
        tableStart = starts
        table = Array(repeating: 0, count: size * pairCount)
        maxima = Array(repeating: 0, count: model.questionCount * pairCount)
        total = Array(repeating: 0, count: pairCount)
        dirty = Array(repeating: false, count: model.questionCount)
        dirtyPairs = Array(repeating: 0, count: model.questionCount)
        for rule in 0..<model.ruleCount { apply(rule, sign: 1) }
        settle()
    }

    /// True when the question has no value.
    @inline(__always) func isFree(_ question: QuestionIndex) -> Bool { value[question] < 0 }

    /// Gives `question` the value at `index` of its domain, or frees it (nil).
    package mutating func set(_ question: QuestionIndex, _ index: Int?) {
        let rules = model.questionRuleStart[question]..<model.questionRuleStart[question + 1]
        for slot in rules { apply(model.questionRules[slot], sign: -1) }
        value[question] = index ?? -1
        answers[question] = index.map { model.domains[question][$0] }
        for slot in rules { apply(model.questionRules[slot], sign: 1) }
        settle()
    }

    /// An upper bound on score(first) − score(second) over every completion (exact with no free question).
    @inline(__always) package func upper(_ first: Int, _ second: Int) -> Int {
        fixed[first] - fixed[second] + total[first * model.width + second]
    }

    /// The options that may be recommended in some completion (a superset of the exact set; the
    /// exact set when it has one element, since some option always leads).
    package func possible() -> UInt64 {
        var mask: UInt64 = 0
        let count = model.optionCount
        for first in 0..<count {
            var leads = true
            for second in 0..<count where second != first && upper(first, second) < (first < second ? 0 : 1) {
                leads = false
                break
            }
            if leads { mask |= 1 << UInt64(first) }
        }
        return mask
    }

    /// The option closest to beating `option` over the completions, by the bounds, and the room
    /// `option` keeps over it (below 0: that option certainly beats it); nil with no other option.
    package func closestRival(of option: Int) -> (option: Int, room: Int)? {
        var closest: (option: Int, room: Int)?
        for other in 0..<model.optionCount where other != option {
            let room = upper(option, other) - (option < other ? 0 : 1)
            if closest.map({ room < $0.room }) ?? true { closest = (other, room) }
        }
        return closest
    }

    /// For each value of a free `question`, the options that may lead with the question at that
    /// value (as `possible()`, but from the question's own table, without setting it): sound
    /// always, and exact when every other question has a value and `question` owns its rules.
    func possibleByValue(_ question: QuestionIndex) -> [UInt64] {
        let count = model.optionCount, width = model.width, squared = width * width
        let start = tableStart[question], size = model.domainSizes[question]
        var running = Array(repeating: 0, count: count * count)
        var masks: [UInt64] = []
        masks.reserveCapacity(size)
        for index in 0..<size {
            var mask: UInt64 = 0
            for first in 0..<count {
                var leads = true
                for second in 0..<count where second != first {
                    let pair = first * width + second
                    running[first * count + second] += table[(start + index) * squared + pair]
                    let bound = upper(first, second) - maxima[question * squared + pair] + running[first * count + second]
                    if bound < (first < second ? 0 : 1) { leads = false }
                }
                if leads { mask |= 1 << UInt64(first) }
            }
            masks.append(mask)
        }
        return masks
    }

    /// The recommendation once no question is free.
    package func leader() -> OptionIndex {
        var best = 0
        for option in 1..<max(1, model.optionCount) where fixed[option] > fixed[best] { best = option }
        return best
    }

    /// How much the answer to a free `question` can move score(first) − score(second) through the
    /// rules it owns: the spread of its table for that pair.
    package func spread(_ question: QuestionIndex, _ first: Int, _ second: Int) -> Int {
        let pair = first * model.width + second, width = model.width * model.width
        let start = tableStart[question]
        var high = Int.min, low = Int.max, running = 0
        for index in 0..<model.domainSizes[question] {
            running += table[(start + index) * width + pair]
            high = max(high, running)
            low = min(low, running)
        }
        return high == Int.min ? 0 : high - low
    }

    /// What the rules owned by a free `question` add to the bound of the pair at each of its values.
    package func tableEntry(_ question: QuestionIndex, _ index: Int, _ first: Int, _ second: Int) -> Int {
        let width = model.width * model.width, pair = first * model.width + second
        var running = 0
        for value in 0...index { running += table[(tableStart[question] + value) * width + pair] }
        return running
    }

    /// The largest of `tableEntry(question, index, first, second)` over the indices `allowed`
    /// accepts (Int.min when it accepts none), in one pass over the table.
    func bestEntry(_ question: QuestionIndex, _ first: Int, _ second: Int, allowed: (Int) -> Bool) -> Int {
        let width = model.width * model.width, pair = first * model.width + second
        var running = 0, best = Int.min
        for index in 0..<model.domainSizes[question] {
            running += table[(tableStart[question] + index) * width + pair]
            if allowed(index) { best = max(best, running) }
        }
        return best
    }

    /// False when the values given already make `rule` false.
    func canFire(_ rule: Int) -> Bool {
        let m = model
        if let condition = m.general[rule] { return condition.truth(answers) != .false }
        for slot in m.questionStart[rule]..<m.questionStart[rule + 1] {
            let current = value[m.questions[slot]]
            if current >= 0 && !m.allowed[m.allowedStart[slot] + current] { return false }
        }
        return true
    }

    // MARK: Keeping the bound

    /// Adds (sign 1) or removes (sign -1) what `rule` contributes in the current state.
    private mutating func apply(_ rule: Int, sign: Int) {
        let m = model
        let first = m.questionStart[rule], end = m.questionStart[rule + 1]
        var owner = -1, free = 0
        if let condition = m.general[rule] {
            switch condition.truth(answers) {
            case .true: return fire(rule, sign)
            case .false: return
            case .unknown: break
            }
            for slot in first..<end where value[m.questions[slot]] < 0 {
                free += 1
                if owner < 0 || rank[m.questions[slot]] < rank[owner] { owner = m.questions[slot] }
            }
        } else {
            for slot in first..<end {
                let question = m.questions[slot], current = value[question]
                if current >= 0 {
                    if !m.allowed[m.allowedStart[slot] + current] { return }
                } else {
                    free += 1
                    if owner < 0 || rank[question] < rank[owner] { owner = question }
                }
            }
            if free == 0 { return fire(rule, sign) }
        }
        undecidedCount += sign
        if free > 1 { looseCount += sign }
        let width = m.width * m.width, base = tableStart[owner]
        var touched: UInt64 = 0
        for entry in m.pairStart[rule]..<m.pairStart[rule + 1] { touched |= m.pairs[entry] < 64 ? 1 << UInt64(m.pairs[entry]) : ~0 }
        dirtyPairs[owner] |= touched
        var ownerSlot = -1
        if m.general[rule] == nil {
            for slot in first..<end where m.questions[slot] == owner { ownerSlot = slot }
        }
        let size = m.domainSizes[owner], pairRange = m.pairStart[rule]..<m.pairStart[rule + 1]
        // The table holds differences between consecutive values: adding c over low...high is
        // two entries per pair.
        func add(_ low: Int, _ high: Int, exact: Bool) {
            for entry in pairRange {
                let weight = m.pairWeight[entry], amount = sign * (exact ? weight : max(0, weight))
                table[(base + low) * width + m.pairs[entry]] += amount
                if high + 1 < size { table[(base + high + 1) * width + m.pairs[entry]] -= amount }
            }
        }
        if ownerSlot >= 0 {
            for run in m.runStart[ownerSlot]..<m.runStart[ownerSlot + 1] { add(m.runLow[run], m.runHigh[run], exact: free == 1) }
        } else if let condition = m.general[rule] {
            for index in 0..<size {
                answers[owner] = m.domains[owner][index]
                let truth = condition.truth(answers)
                answers[owner] = nil
                if truth != .false { add(index, index, exact: truth == .true) }
            }
        }
        if !dirty[owner] {
            dirty[owner] = true
            dirtyList.append(owner)
        }
    }

    private mutating func fire(_ rule: Int, _ sign: Int) {
        let count = model.optionCount, start = rule * count
        for option in 0..<count { fixed[option] += sign * model.points[start + option] }
        firedCount += sign
    }

    /// Brings the best value of each changed table, and the totals, up to date.
    private mutating func settle() {
        let width = model.width * model.width
        for question in dirtyList {
            dirty[question] = false
            let base = tableStart[question], count = model.domainSizes[question]
            let pairs = dirtyPairs[question]
            dirtyPairs[question] = 0
            for pair in 0..<width where pair >= 64 || pairs & (1 << UInt64(pair)) != 0 {
                var best = Int.min, running = 0
                for index in 0..<count {
                    running += table[(base + index) * width + pair]
                    best = max(best, running)
                }
                if best == Int.min { best = 0 }
                total[pair] += best - maxima[question * width + pair]
                maxima[question * width + pair] = best
            }
        }
        dirtyList.removeAll(keepingCapacity: true)
    }
}
