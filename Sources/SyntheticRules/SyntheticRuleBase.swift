import AdvisorEngine
import AdvisorKit

/// Rule bases of any size, for benchmarks and scale tests: the shipped questions, options and
/// article, plus `count` generated rules of the shipped rules' shape (thresholds on the number of
/// users, yes/no questions, choice sets, conjunctions of two of these, caveats with
/// `if_recommended`), with random thresholds, options and points.
///
/// With `questions` above the shipped six, the rest are generated too — yes/no, choice (three or
/// four values) and number questions in turn — in themes of four, as a rule author adding
/// compliance, remote staff, sites or budget would write them. Each rule reads one theme: one
/// atom, or (one rule in three) a conjunction of two, whose second atom reads the same theme
/// (half of them), the number of users (three in ten) or any question (one in five). The
/// questions depend only on their number, so bases with different seeds can be compared.
///
/// The same seed gives the same files. Rules are split over files of `rulesPerFile` so that no
/// file goes over the loader's limits (1 MiB, 100,000 YAML nodes).
public struct SyntheticRuleBase {
    /// How many rules go in one file, to stay within the loader's limits.
    public static let rulesPerFile = 500
    /// How many questions the shipped rules have.
    public static let shippedQuestions = 6

    /// How many rules.
    public let count: Int
    /// The seed of the thresholds, options and points.
    public let seed: UInt64
    /// How many questions in all (at least the shipped six).
    public let questions: Int

    /// A rule base of `count` rules drawn from `seed`.
    public init(count: Int, seed: UInt64 = 1) {
        self.count = count
        self.seed = seed
        questions = Self.shippedQuestions
    }

    /// A base of `questions` questions (the shipped six, then generated ones) and `rules` generated rules.
    public init(questions: Int, rules: Int, seed: UInt64 = 1) {
        count = rules
        self.seed = seed
        self.questions = max(Self.shippedQuestions, questions)
    }

    /// The rule files: the shipped ones without their rules and tests, and the generated rules.
    public var files: [RuleFile] {
        let shipped = DefaultRules.files.filter { !$0.relativePath.hasPrefix("rules/") && !$0.isTestFile }
        var random = SeededRandom(seed: seed)
        var generated: [RuleFile] = []
        var start = 0
        while start < count {
            let end = min(count, start + Self.rulesPerFile)
            let number = String(generated.count + 1)
            let name = "rules/synthetic-\(String(repeating: "0", count: max(0, 5 - number.count)) + number).yaml"
            var text = "theme: Synthetic rules \(start + 1) to \(end)\nrules:\n"
            for index in start..<end { text += questions > Self.shippedQuestions ? themedRule(index, &random) : rule(index, &random) }
            generated.append(RuleFile(path: "Synthetic/" + name, relativePath: name, contents: text))
            start = end
        }
        return shipped + extraQuestionFiles + generated
    }

    private static let options = ["sole_proprietor", "break_fix", "managed_services", "in_house"]

    private func rule(_ index: Int, _ random: inout SeededRandom) -> String {
        var condition = shippedAtom(&random)
        if random.below(3) == 0 { condition += " and " + shippedAtom(&random) }
        return ruleText(index, condition: condition, &random)
    }

    /// A rule with this condition and random points (or, one in eight, a caveat).
    func ruleText(_ index: Int, condition: String, _ random: inout SeededRandom) -> String {
        var text = "  - id: synthetic_\(index + 1)\n    when: \"\(condition)\"\n"
        if random.below(8) == 0 {
            text += "    caveat: Generated caveat \(index + 1).\n"
            if random.below(2) == 0 { text += "    if_recommended: [\(Self.options[random.below(4)])]\n" }
        } else {
            var chosen: [String: Int] = [:]
            for _ in 0..<(1 + random.below(2)) {
                let points = random.below(6) + 1
                chosen[Self.options[random.below(4)]] = random.below(3) == 0 ? -points : points
            }
            let points = chosen.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            text += "    points: {\(points)}\n"
        }
        return text + "    because: Generated rule \(index + 1).\n    assumption: Generated for benchmarks.\n"
    }

    /// An atom over the shipped questions.
    func shippedAtom(_ random: inout SeededRandom) -> String {
        switch random.below(9) {
        case 0: return "users <= \(1 + random.below(60))"
        case 1: return "users >= \(2 + random.below(200))"
        case 2:
            let low = 1 + random.below(100)
            return "users in \(low)...\(low + random.below(50))"
        case 3: return (random.below(2) == 0 ? "not " : "") + "backup_monitoring"
        case 4: return (random.below(2) == 0 ? "not " : "") + "proactive_care"
        case 5: return "variable_bills == " + ["accept", "prefer_fixed", "no_preference"][random.below(3)]
        case 6: return "network_complexity in " + ["[simple]", "[moderate, complex]", "[simple, moderate]", "[complex]"][random.below(4)]
        case 7: return "downtime_cost " + ["== high", "!= low", "in [low, medium]", "== medium"][random.below(4)]
        default: return "users > \(1 + random.below(120))"
        }
    }
}

/// The engine's SplitMix64 as a random number generator: small, fast and the same on every
/// platform, so generated files are reproducible.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 { SplitMix.next(&state) }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
