import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The shipped questions, and helpers the reader's tests share.
enum ReaderFixture {
    static let ruleBase: RuleBase? = try? TestSupport.shippedRuleBase()

    /// The shipped question with this id.
    static func question(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Question {
        let ruleBase = try #require(ruleBase, sourceLocation: sourceLocation)
        return try #require(ruleBase.question(id), "no question \(id)", sourceLocation: sourceLocation)
    }

    /// The index of choice `value` of question `id`.
    static func choice(_ id: String, _ value: String) throws -> AnswerValue {
        let question = try question(id)
        return .choice(try #require(question.choices.firstIndex { $0.value == value }, "no choice \(value)"))
    }

    static func read(_ text: String, _ id: String) throws -> Interpretation {
        PlainAnswerReader.read(text, for: try question(id))
    }

    /// `text` read while question `id` is asked, with every shipped question's words known.
    static func read(_ text: String, asking id: String) throws -> Interpretation {
        let ruleBase = try #require(ruleBase)
        let asked = try #require(ruleBase.questionIndex(id))
        return PlainAnswerReader.read(text, asking: asked, in: PlainAnswerReader.Vocabulary(ruleBase.questions)).answer
    }

    /// The facts of `text` as `id: spelling` pairs, in order.
    static func facts(_ text: String) throws -> [String] {
        let ruleBase = try #require(ruleBase)
        return PlainAnswerReader.facts(in: text, questions: ruleBase.questions).map { fact in
            let question = ruleBase.questions[fact.question]
            return "\(question.id): \(question.spelling(of: fact.value))"
        }
    }
}
