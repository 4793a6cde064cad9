import AdvisorEngine
import AdvisorModel
import BigInt

/// How two rule bases differ: the answers whose recommendation changes, and the rules added,
/// removed or changed (`advisor rules diff`).
///
/// The comparison covers every combination of the union answer space: the questions of both rule
/// bases, all values of yes/no and choice questions (the choices of both), and for numbers one value per stretch between the thresholds of either rule
/// base (within a stretch neither rule base can change its mind). Combinations are counted in
/// that space, so a stretch of numbers such as 16–25 counts once. The reasoning core searches the
/// space (`DifferenceSearch`) rather than trying each combination, so any two comparable rule
/// bases can be compared. Which changes of recommendation happen, each with an example, is always
/// exact, and so are the regions listed in full with exact counts — unless they are more than the
/// search lists (`isComplete` false): then the first ones are listed, the count covers those, and
/// each change of recommendation not listed is decided by a branch and bound over both rule bases
/// and the Z3 solver (`ScoreSolver`), whose examples are checked by evaluating both rule bases.
public struct RuleBaseComparison: Sendable {
    /// Every region of the answer space whose recommendation differs, ordered by the old
    /// recommendation, then the new one (each in its rule base's option order), then the constraints.
    public var regions: [Region]
    /// How many answer combinations (of the union answer space) change recommendation: all of
    /// them when `isComplete`, else those in the listed regions.
    public var changedCombinations: BigUInt
    /// How many answer combinations the union answer space has.
    public var totalCombinations: BigUInt
    /// True when every region was listed (and so `changedCombinations` is exact).
    public var isComplete: Bool
    /// Every change of recommendation that happens somewhere (old option id → new option id), in
    /// option order, with the first answers (in question order) where it does.
    public var changes: [Change]
    /// Changes of recommendation (old option id, new option id) that neither the solver (within
    /// `solverTimeLimit` seconds) nor the branch and bound (within `changeSearchBudget` points) could
    /// find or rule out, with the reason; the report names them instead of guessing.
    public var undecided: [(from: String, to: String, reason: String)]
    /// Ids of rules only in the new rule base, sorted.
    public var addedRules: [String]
    /// Ids of rules only in the old rule base, sorted.
    public var removedRules: [String]
    /// Ids of rules in both whose condition, points, caveat, `because` or provenance differ, sorted.
    public var changedRules: [String]
    /// For each changed rule, what changed ("condition", "points", "caveat", "because", "source", "assumption").
    public var ruleChanges: [String: [String]]
    /// The questions and choices added, removed or renamed.
    public var vocabulary: VocabularyChanges

    /// No region changed, no rule added, removed or changed, and the same questions and choices.
    public var isEmpty: Bool {
        regions.isEmpty && changes.isEmpty && addedRules.isEmpty && removedRules.isEmpty && changedRules.isEmpty && vocabulary.isEmpty
    }

    /// One change of recommendation and an example of answers that make it.
    public struct Change: Sendable, Hashable {
        /// The option the old rule base recommends there, by id.
        public var from: String
        /// The option the new rule base recommends there, by id.
        public var to: String
        /// The example, question by question: ("users", "13–15"), ("backup_monitoring", "false").
        public var example: [Pair]
        /// One answer of an example.
        public struct Pair: Sendable, Hashable {
            /// The question's id.
            public var question: String
            /// The answer, as the regions spell it ("13–15", "false").
            public var answer: String
        }
    }

    /// A box of answers with one change of recommendation.
    public struct Region: Sendable, Hashable {
        /// The questions that matter for the region, in question order, each with the values it
        /// takes: ("users", "11–15"), ("variable_bills", "accept"), ("network_complexity",
        /// "[moderate, complex]"), ("backup_monitoring", "false"). A question that may take any
        /// value is left out.
        public var constraints: [(question: String, description: String)]
        /// The option recommended by the old rule base.
        public var from: String
        /// The option recommended by the new rule base.
        public var to: String
        /// How many answer combinations the region holds.
        public var count: BigUInt
        /// How each constraint reads in a sentence: "users 11–15", "variable_bills = accept",
        /// "network_complexity in [moderate, complex]".
        public var phrases: [String]

        package init(constraints: [(question: String, description: String)], phrases: [String], from: String, to: String, count: BigUInt) {
            self.constraints = constraints
            self.phrases = phrases
            self.from = from
            self.to = to
            self.count = count
        }

        /// "users 11–15, variable_bills = accept: break_fix → managed_services (12 combinations)".
        public var summary: String {
            let place = phrases.isEmpty ? "any answers" : phrases.joined(separator: ", ")
            return "\(place): \(from) → \(to) (\(Prose.count(count, "combination")))"
        }

        /// Regions are equal when their constraints, options and counts are.
        public static func == (lhs: Region, rhs: Region) -> Bool {
            lhs.constraints.map(\.question) == rhs.constraints.map(\.question)
                && lhs.constraints.map(\.description) == rhs.constraints.map(\.description)
                && lhs.from == rhs.from && lhs.to == rhs.to && lhs.count == rhs.count
        }

        /// Hashes what `==` compares.
        public func hash(into hasher: inout Hasher) {
            for constraint in constraints {
                hasher.combine(constraint.question)
                hasher.combine(constraint.description)
            }
            hasher.combine(from)
            hasher.combine(to)
            hasher.combine(count)
        }
    }

    /// How many points the search that lists the regions visits at most (see `DifferenceSearch`).
    public static let searchBudget = 20_000
    /// How many points the branch and bound may spend on one change the solver did not decide in
    /// time (see `DifferenceSearch.searchChange`).
    public static let changeSearchBudget = 2_000_000
    /// Seconds the solver may spend on one change of recommendation (most take well under one; a
    /// change on the 24-question generated base took about 8).
    public static let solverTimeLimit = 30

    /// Compares `old` with `new` over the union of their questions and choices: a question one
    /// base lacks has no effect there, and an answer naming a choice one base lacks counts there
    /// as unanswered (a choice declaring `renamed_from:` takes over the old value's answers).
    /// A number question whose range changed ranges over both ranges, a number outside one
    /// base's range counting there as unanswered; a question whose kind of answer changed is
    /// compared as two questions, `id (old)` and `id (new)`, each read by one base only. It
    /// does not throw any more; `ComparisonError` stays for callers that catch it.
    public init(
        old: RuleBase, new: RuleBase, searchBudget: Int = RuleBaseComparison.searchBudget,
        changeSearchBudget: Int = RuleBaseComparison.changeSearchBudget, solverTimeLimit: Int = RuleBaseComparison.solverTimeLimit
    ) throws(ComparisonError) {
        let space = try ComparisonSpace(old: old, new: new)
        var search = DifferenceSearch(
            old: old, new: new, space: space, budget: searchBudget, changeBudget: changeSearchBudget, solverTimeLimit: solverTimeLimit)
        search.run()
        let boxes = RegionBox.merged(Self.startingBoxes(search), in: space).sorted { lhs, rhs in
            if lhs.from != rhs.from { return lhs.from < rhs.from }
            if lhs.to != rhs.to { return lhs.to < rhs.to }
            return lhs.orderKey(in: space).lexicographicallyPrecedes(rhs.orderKey(in: space))
        }
        regions = boxes.map { Self.region($0, in: space, old: old, new: new) }
        changedCombinations = search.changed
        totalCombinations = space.total
        isComplete = search.isComplete
        undecided = search.undecided.map { (old.options[$0.pair.from].id, new.options[$0.pair.to].id, $0.reason) }
        changes = search.examples.keys.sorted().compactMap { pair in
            search.examples[pair].map { digits in
                Change(
                    from: old.options[pair.from].id, to: new.options[pair.to].id,
                    example: space.questions.indices.map { question in
                        Change.Pair(question: space.questions[question].id, answer: Self.answer(digits[question], of: question, in: space))
                    })
            }
        }
        vocabulary = space.vocabulary.changes
        let rules = RuleChanges(old: old, new: new, vocabulary: space.vocabulary)
        addedRules = rules.added
        removedRules = rules.removed
        changedRules = rules.changed.keys.sorted()
        ruleChanges = rules.changed
    }

    /// The boxes merging starts from: every combination on its own when there are at most
    /// `pointLimit` (so small comparisons always merge the same way), else the search's cells.
    static let pointLimit = 100_000

    private static func startingBoxes(_ search: DifferenceSearch) -> [RegionBox] {
        let sizes = search.space.sizes
        if search.changed <= BigUInt(pointLimit) {
            var boxes: [RegionBox] = []
            for cell in search.cells {
                let free = cell.values.indices.filter { cell.values[$0] < 0 }
                var point = cell.values
                MixedRadix.forEach(free.map { sizes[$0] }) { digits in
                    for (position, question) in free.enumerated() { point[question] = digits[position] }
                    boxes.append(RegionBox(sets: point.map { [$0] }, from: cell.from, to: cell.to))
                }
            }
            return boxes
        }
        return search.cells.map { cell in
            RegionBox(sets: cell.values.indices.map { cell.values[$0] < 0 ? Array(0..<sizes[$0]) : [cell.values[$0]] }, from: cell.from, to: cell.to)
        }
    }

    /// One answer of an example as regions write it: "13–15", "accept", "false".
    package static func answer(_ index: Int, of question: QuestionIndex, in space: ComparisonSpace) -> String {
        if case .integer = space.questions[question].kind { return numbers(space.stretches[question][index]) }
        return space.questions[question].spelling(of: space.value(question, index))
    }

    private static func region(_ box: RegionBox, in space: ComparisonSpace, old: RuleBase, new: RuleBase) -> Region {
        var constraints: [(question: String, description: String)] = []
        var phrases: [String] = []
        for (index, question) in space.questions.enumerated() where box.sets[index].count < space.sizes[index] {
            let set = box.sets[index]
            switch question.kind {
            case .integer:
                let text = numbers(joining: set.map { space.stretches[index][$0] })
                guard !text.isEmpty else { continue }
                constraints.append((question.id, text))
                phrases.append("\(question.id) \(text)")
            case .boolean, .choice:
                let values = set.map { question.spelling(of: space.value(index, $0)) }
                let text = values.count == 1 ? values[0] : "[" + values.joined(separator: ", ") + "]"
                constraints.append((question.id, text))
                phrases.append("\(question.id) \(values.count == 1 ? "=" : "in") \(text)")
            }
        }
        return Region(
            constraints: constraints, phrases: phrases, from: old.options[box.from].id,
            to: new.options[box.to].id, count: box.count)
    }

    /// Consecutive stretches as one run of numbers: "11–15", or "1–5 or 12–20" where a number
    /// question's two ranges leave a gap between them.
    static func numbers(joining stretches: [ClosedRange<Int>]) -> String {
        var runs: [ClosedRange<Int>] = []
        for stretch in stretches {
            if let last = runs.last, last.upperBound < Int.max, last.upperBound + 1 == stretch.lowerBound {
                runs[runs.count - 1] = last.lowerBound...stretch.upperBound
            } else {
                runs.append(stretch)
            }
        }
        return runs.map(numbers).joined(separator: " or ")
    }

    /// "11–15", "16 or more", "exactly 5".
    package static func numbers(_ range: ClosedRange<Int>) -> String {
        if range.lowerBound == range.upperBound { return "exactly \(range.lowerBound)" }
        if range.upperBound == Int.max { return "\(range.lowerBound) or more" }
        return "\(range.lowerBound)–\(range.upperBound)"
    }
}
