@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// Random rule bases built directly as models, with conditions of every shape the checker can
/// produce (and a few it would refuse, such as empty sets), for property tests of the engine.
struct RandomRuleBase {
    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func ruleBase() -> RuleBase {
        let here = SourceLocation(file: "random.yaml", line: 1, column: 1)
        let questions: [Question] = (0..<Int.random(in: 1...6, using: &random)).map { index in
            let kind: Question.Kind
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                let lower = [0, 1, -20].randomElement(using: &random) ?? 0
                kind = .integer(range: lower...(Bool.random(using: &random) ? Int.max : lower + 60), unit: nil)
            case 1:
                kind = .boolean
            default:
                kind = .choice((0..<Int.random(in: 1...5, using: &random)).map { Choice(value: "c\($0)", label: "c\($0)", aliases: []) })
            }
            return Question(id: "q\(index)", label: "Q\(index)", ask: "?", why: ".", kind: kind, location: here)
        }
        let options = (0..<Int.random(in: 2...5, using: &random)).map {
            SupportOption(id: "o\($0)", name: "O\($0)", description: ".", location: here)
        }
        let rules: [Rule] = (0..<Int.random(in: 1...25, using: &random)).map { index in
            let points = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                Rule.Effect(option: Int.random(in: 0..<options.count, using: &random), points: Int.random(in: -6...6, using: &random))
            }
            let isCaveat = points.isEmpty || Int.random(in: 0..<4, using: &random) == 0
            let limits =
                isCaveat && Bool.random(using: &random)
                ? (0..<Int.random(in: 1...2, using: &random)).map { _ in Int.random(in: 0..<options.count, using: &random) } : []
            return Rule(
                id: "r\(index)", theme: nil, conditionText: "", condition: condition(questions, depth: 3),
                points: points, caveat: isCaveat ? "Careful." : nil, ifRecommended: limits, because: ".",
                provenance: .assumption("."), location: here)
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
}
