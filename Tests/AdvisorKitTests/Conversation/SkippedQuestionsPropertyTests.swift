import Testing
@testable import AdvisorKit

/// For random interviews, every question the chat never asked could not have changed the outcome.
@Suite struct SkippedQuestionsPropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func skippedQuestionsCouldNotChangeTheRecommendation() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let questions = engine.ruleBase.questions
        var random = SeededGenerator(state: 2026)
        for _ in 0..<300 {
            var chat = Conversation(engine: engine)
            _ = chat.start()
            var turns = 0
            while let question = chat.currentQuestion, turns < 20 {
                turns += 1
                let typed: String
                switch questions[question].kind {
                case .integer: typed = String(Int.random(in: 1...200, using: &random))
                case .boolean: typed = Bool.random(using: &random) ? "yes" : "no"
                case .choice(let choices): typed = choices[Int.random(in: 0..<choices.count, using: &random)].value
                }
                _ = chat.handle(typed)
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
}
