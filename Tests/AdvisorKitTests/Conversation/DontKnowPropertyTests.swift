import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// For random interviews in which the owner skips some questions, the chat agrees with
/// `advisor --answers` on the answers it saves: the same settled recommendation, or the same
/// conditional advice (`--open`), and it stops asking only when every question that could still
/// change the outcome is one the owner does not know.
@Suite struct DontKnowPropertyTests {
    @Test func theChatAgreesWithTheAnswersItSaves() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let questions = engine.ruleBase.questions
        var random = SeededRandom(seed: 2027)
        var conditionals = 0
        for _ in 0..<150 {
            var chat = Conversation(engine: engine)
            _ = chat.start()
            var turns = 0
            var last = ChatReply()
            while let question = chat.currentQuestion, turns < 20 {
                turns += 1
                let skips = random.next() % 3 == 0
                let typed =
                    skips
                    ? (random.next() % 2 == 0 ? "skip" : "pass")
                    : SkippedQuestionsPropertyTests.randomAnswer(to: questions[question], using: &random)
                last = chat.handle(typed)
            }
            #expect(chat.currentQuestion == nil, "the interview ended")
            let partial = engine.analyze(chat.answers)
            #expect(Set(partial.openQuestions.map(\.question)).isSubset(of: chat.dontKnow), "only don't-knows are still open")

            guard case .save(_, let contents, _)? = chat.handle("save answers.json").effect else {
                Issue.record("save gave no effect")
                continue
            }
            let decoded = try AnswerFile.decode(Data(contents.utf8), path: "answers.json", ruleBase: engine.ruleBase)
            #expect(decoded.answers == chat.answers)
            #expect(Set(decoded.unknown) == chat.dontKnow)
            if let advice = try? engine.advise(decoded.answers) {
                #expect(last.blocks.contains { if case .advice(let given) = $0 { given.recommendation == advice.recommendation } else { false } })
            } else {
                conditionals += 1
                let report = try #require(engine.conditionalAdvice(decoded.answers, unknown: Set(decoded.unknown)))
                let shown = last.blocks.compactMap { block -> ConditionalAdvice? in if case .conditional(let given) = block { given } else { nil } }.first
                #expect(shown?.summary == report.summary)
                #expect(shown?.branches == report.branches)
                #expect(TextRenderer().render(try #require(shown)) == TextRenderer().render(report), "the chat shows what --open prints")
            }
        }
        #expect(conditionals > 10, "enough interviews ended in conditional advice")
    }
}
