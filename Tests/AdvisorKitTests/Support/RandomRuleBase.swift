@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// Random rule bases and answers for the property tests, in two shapes, each drawn from its own
/// seed so that a test sees the same bases from run to run:
/// - `ruleBase()`: built directly as models, with conditions of every shape the checker can
///   produce (and a few it would refuse, such as empty sets), for the engine's tests;
/// - `joinedRuleBase(maxQuestions:maxCombinations:)`: for the comparison with brute force, up to
///   `maxQuestions` questions (yes/no, choices, numbers with thresholds), conditions that join
///   several questions, and points that move several options at once, some moving every option
///   alike, with few enough combinations to try every one.
struct RandomRuleBase {
    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    private static let here = SourceLocation(file: "random.yaml", line: 1, column: 1)

    static func question(_ index: Int, _ kind: Question.Kind) -> Question {
        Question(id: "q\(index)", label: "Q\(index)", ask: "?", why: ".", kind: kind, location: here)
    }

    private static func choices(_ count: Int) -> Question.Kind {
        .choice((0..<count).map { Choice(value: "c\($0)", label: "c\($0)", aliases: []) })
    }

    private static func options(_ count: Int) -> [SupportOption] {
        (0..<count).map { SupportOption(id: "o\($0)", name: "O\($0)", description: ".", location: here) }
    }

    static func rule(_ index: Int, _ condition: Condition, points: [Rule.Effect], caveat: String? = nil, limits: [OptionIndex] = []) -> Rule {
        Rule(
            id: "r\(index)", theme: nil, conditionText: "", condition: condition, points: points, caveat: caveat,
            ifRecommended: limits, because: ".", provenance: .assumption("."), location: here)
    }

    // MARK: Any condition

    mutating func ruleBase() -> RuleBase {
        let questions: [Question] = (0..<Int.random(in: 1...6, using: &random)).map { index in
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                let lower = [0, 1, -20].randomElement(using: &random) ?? 0
                return Self.question(index, .integer(range: lower...(Bool.random(using: &random) ? Int.max : lower + 60), unit: nil))
            case 1:
                return Self.question(index, .boolean)
            default:
                return Self.question(index, Self.choices(Int.random(in: 1...5, using: &random)))
            }
        }
        let options = Self.options(Int.random(in: 2...5, using: &random))
        let rules: [Rule] = (0..<Int.random(in: 1...25, using: &random)).map { index in
            let points = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                Rule.Effect(option: Int.random(in: 0..<options.count, using: &random), points: Int.random(in: -6...6, using: &random))
            }
            let isCaveat = points.isEmpty || Int.random(in: 0..<4, using: &random) == 0
            let limits =
                isCaveat && Bool.random(using: &random)
                ? (0..<Int.random(in: 1...2, using: &random)).map { _ in Int.random(in: 0..<options.count, using: &random) } : []
            return Self.rule(index, condition(questions, depth: 3), points: points, caveat: isCaveat ? "Careful." : nil, limits: limits)
        }
        return RuleBase(questions: questions, options: options, rules: rules, sources: [])
    }

    mutating func condition(_ questions: [Question], depth: Int) -> Condition {
        let roll = Int.random(in: 0..<(depth > 0 ? 10 : 6), using: &random)
        if roll == 0 { return .constant(Bool.random(using: &random)) }
        if roll < 6 {
            let index = Int.random(in: 0..<questions.count, using: &random)
            switch questions[index].kind {
            case .integer(let range, _):
                let lower = Bool.random(using: &random) ? Int.min : Int.random(in: range.lowerBound...(range.lowerBound + 40), using: &random)
                let upper = Bool.random(using: &random) ? Int.max : Int.random(in: range.lowerBound...(range.lowerBound + 50), using: &random)
                return .integerIn(index, IntegerInterval(lower: lower, upper: upper))
            case .boolean:
                return .isTrue(index)
            case .choice(let choices):
                let members = choices.indices.filter { _ in Bool.random(using: &random) }
                return .choiceIn(index, members)
            }
        }
        let parts = (0..<Int.random(in: 0...3, using: &random)).map { _ in condition(questions, depth: depth - 1) }
        switch roll {
        case 6: return .not(condition(questions, depth: depth - 1))
        case 7, 8: return .and(parts)
        default: return .or(parts)
        }
    }

    /// Answers with about a third of the questions left unanswered (none when `complete`).
    mutating func answers(for ruleBase: RuleBase, complete: Bool = false) -> Answers {
        Answers(
            values: ruleBase.questions.map { question in
                if !complete && Int.random(in: 0..<3, using: &random) == 0 { return nil }
                switch question.kind {
                case .integer(let range, _):
                    return .integer(Int.random(in: range.lowerBound...min(range.upperBound, range.lowerBound + 70), using: &random))
                case .boolean:
                    return .boolean(Bool.random(using: &random))
                case .choice(let choices):
                    return .choice(Int.random(in: 0..<choices.count, using: &random))
                }
            })
    }

    // MARK: Joined questions, for brute force

    mutating func joinedRuleBase(maxQuestions: Int = 10, maxCombinations: Int = 20_000) -> RuleBase {
        while true {
            let candidate = makeJoined(maxQuestions: maxQuestions)
            let sizes = Engine(ruleBase: candidate).space.domains.map(\.count)
            if sizes.reduce(1, *) <= maxCombinations { return candidate }
        }
    }

    private mutating func makeJoined(maxQuestions: Int) -> RuleBase {
        let questions: [Question] = (0..<Int.random(in: 1...maxQuestions, using: &random)).map { index in
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return Self.question(index, .integer(range: 0...Int.max, unit: nil))
            case 1: return Self.question(index, .boolean)
            default: return Self.question(index, Self.choices(Int.random(in: 2...3, using: &random)))
            }
        }
        let optionCount = Int.random(in: 2...4, using: &random)
        let options = Self.options(optionCount)
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
            var condition = joinedAtom(questions)
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: condition = .or([condition, joinedAtom(questions)])
                case 1: condition = .not(.and([condition, joinedAtom(questions)]))
                default: condition = .and([condition, joinedAtom(questions)])
                }
            }
            return Self.rule(index, condition, points: points)
        }
        return RuleBase(questions: questions, options: options, rules: rules, sources: [])
    }

    mutating func joinedAtom(_ questions: [Question]) -> Condition {
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
    mutating func openAnswers(for ruleBase: RuleBase, openShare: Int = 2) -> Answers {
        let domains = Engine(ruleBase: ruleBase).space.domains
        return Answers(
            values: domains.map { domain in
                Int.random(in: 0..<openShare, using: &random) == 0 ? nil : domain[Int.random(in: 0..<domain.count, using: &random)]
            })
    }
}
