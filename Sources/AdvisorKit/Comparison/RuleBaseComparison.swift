/// How two rule bases differ: the answers whose recommendation changes, and the rules added,
/// removed or changed (`advisor rules diff`).
///
/// The comparison tries every combination of the union answer space: all values of yes/no and
/// choice questions, and for numbers one value per stretch between the thresholds of either rule
/// base (within a stretch neither rule base can change its mind). Combinations are counted in
/// that space, so a stretch of numbers such as 16–25 counts once.
public struct RuleBaseComparison: Sendable {
    /// Every region of the answer space whose recommendation differs, ordered by the old
    /// recommendation, then the new one (each in its rule base's option order), then the constraints.
    public var regions: [Region]
    /// How many answer combinations (of the union answer space) change recommendation.
    public var changedCombinations: Int
    /// How many answer combinations the union answer space has.
    public var totalCombinations: Int
    /// Ids of rules only in the new rule base, sorted.
    public var addedRules: [String]
    /// Ids of rules only in the old rule base, sorted.
    public var removedRules: [String]
    /// Ids of rules in both whose condition, points, caveat, `because` or provenance differ, sorted.
    public var changedRules: [String]
    /// For each changed rule, what changed ("condition", "points", "caveat", "because", "source", "assumption").
    public var ruleChanges: [String: [String]]

    /// No region changed and no rule added, removed or changed.
    public var isEmpty: Bool { regions.isEmpty && addedRules.isEmpty && removedRules.isEmpty && changedRules.isEmpty }

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
        public var count: Int
        /// How each constraint reads in a sentence: "users 11–15", "variable_bills = accept",
        /// "network_complexity in [moderate, complex]".
        public var phrases: [String]

        init(constraints: [(question: String, description: String)], phrases: [String], from: String, to: String, count: Int) {
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

    /// Compares `old` with `new`. Throws when their questions differ (one only in either, or a
    /// question whose kind, range or choices differ), since their answers could not be compared.
    public init(old: RuleBase, new: RuleBase) throws(ComparisonError) {
        let space = try ComparisonSpace(old: old, new: new)
        let differences = space.differences(old: old, new: new)
        let boxes = RegionBox.merged(differences, in: space).sorted { lhs, rhs in
            if lhs.from != rhs.from { return lhs.from < rhs.from }
            if lhs.to != rhs.to { return lhs.to < rhs.to }
            return lhs.orderKey(in: space).lexicographicallyPrecedes(rhs.orderKey(in: space))
        }
        regions = boxes.map { Self.region($0, in: space, old: old, new: new) }
        changedCombinations = differences.count
        totalCombinations = space.total
        let rules = RuleChanges(old: old, new: new, newPosition: space.newPosition)
        addedRules = rules.added
        removedRules = rules.removed
        changedRules = rules.changed.keys.sorted()
        ruleChanges = rules.changed
    }

    private static func region(_ box: RegionBox, in space: ComparisonSpace, old: RuleBase, new: RuleBase) -> Region {
        var constraints: [(question: String, description: String)] = []
        var phrases: [String] = []
        for (index, question) in space.questions.enumerated() where box.sets[index].count < space.sizes[index] {
            let set = box.sets[index]
            switch question.kind {
            case .integer:
                let stretches = space.stretches[index]
                guard let first = set.first, let last = set.last else { continue }
                let text = numbers(stretches[first].lowerBound...stretches[last].upperBound)
                constraints.append((question.id, text))
                phrases.append("\(question.id) \(text)")
            case .boolean, .choice:
                let values = set.map { question.spelling(of: space.value(index, $0)) }
                let text = values.count == 1 ? values[0] : "[" + values.joined(separator: ", ") + "]"
                constraints.append((question.id, text))
                phrases.append("\(question.id) \(values.count == 1 ? "=" : "in") \(text)")
            }
        }
        return Region(constraints: constraints, phrases: phrases, from: old.options[box.from].id,
                      to: new.options[box.to].id, count: box.count)
    }

    /// "11–15", "16 or more", "exactly 5".
    static func numbers(_ range: ClosedRange<Int>) -> String {
        if range.lowerBound == range.upperBound { return "exactly \(range.lowerBound)" }
        if range.upperBound == Int.max { return "\(range.lowerBound) or more" }
        return "\(range.lowerBound)–\(range.upperBound)"
    }
}
