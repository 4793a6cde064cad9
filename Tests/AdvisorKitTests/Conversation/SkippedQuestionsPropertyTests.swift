import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// For random interviews, every question the chat never asked could not have changed the outcome.
@Suite struct SkippedQuestionsPropertyTests {
    @Test func skippedQuestionsCouldNotChangeTheRecommendation() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let questions = engine.ruleBase.questions
        var random = SeededRandom(seed: 2026)
        for _ in 0..<300 {
            var chat = Conversation(engine: engine)
            _ = chat.start()
            var turns = 0
            while let question = chat.currentQuestion, turns < 20 {
                turns += 1
                _ = chat.handle(Self.randomAnswer(to: questions[question], using: &random))
            }
            #expect(chat.currentQuestion == nil, "the interview ended with a recommendation")
            let recommendation = engine.evaluate(chat.answers).recommendation
            // Every completion of the unasked questions gives the same recommendation.
            var completions = [chat.answers]
            for question in chat.answers.unanswered {
                completions = completions.flatMap { partial in engine.space.domains[question].map { partial.with(question, $0) } }
            }
            for completion in completions {
                #expect(engine.evaluate(completion).recommendation == recommendation)
            }
        }
    }

    /// A valid answer to `question`, typed as an owner could.
    static func randomAnswer(to question: Question, using random: inout SeededRandom) -> String {
        switch question.kind {
        case .integer: return String(Int.random(in: 1...200, using: &random))
        case .boolean: return Bool.random(using: &random) ? "yes" : "no"
        case .choice(let choices): return choices[Int.random(in: 0..<choices.count, using: &random)].value
        }
    }
}
