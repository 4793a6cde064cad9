import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Evaluation with unanswered questions: settled results, open questions, and soundness.
@Suite struct PartialAnalysisTests {
    @Test func nothingAnsweredLeavesTheShippedRulesOpen() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let result = engine.analyze(Answers(questionCount: engine.ruleBase.questions.count))
        #expect(result.settledRecommendation == nil)
        #expect(result.possibleRecommendations.count == 4)
        // Every question can change the outcome but backup monitoring, which the article makes a
        // condition to meet whatever the choice: it decides a caveat, not the recommendation.
        let backups = try #require(engine.ruleBase.questionIndex("backup_monitoring"))
        #expect(Set(result.openQuestions.map(\.question)) == Set(engine.ruleBase.questions.indices).subtracting([backups]))
        #expect(result.irrelevantQuestions == [backups])
        #expect(result.openQuestions.allSatisfy { $0.influence > 0 && $0.influence <= 1 })
    }

    @Test func largeBusinessWantingFixedCostIsSettledWithoutTheRest() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let answers = try TestSupport.answers(["users": "30", "variable_bills": "prefer_fixed"], in: engine.ruleBase)
        let result = engine.analyze(answers)
        #expect(result.settledRecommendation == engine.ruleBase.optionIndex("managed_services"))
        #expect(result.openQuestions.isEmpty)
        #expect(result.irrelevantQuestions.count == 4)
    }

    /// The property the chat relies on: whenever `analyze` calls a result settled, or calls a
    /// question irrelevant, no completion of the answers contradicts it. Checked on partial
    /// assignments drawn from the whole shipped answer space (numbers sampled on both sides of
    /// every threshold), with every subset of questions left unanswered.
    @Test func settledAndIrrelevantAreSound() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let complete = TestSupport.allCompleteAnswers(engine)
        let recommendation = complete.map { engine.evaluate($0).recommendation }
        let questionCount = engine.ruleBase.questions.count
        var checked = 0
        for sample in stride(from: 0, to: complete.count, by: 37) {
            for mask in 0..<(1 << questionCount) {
                var partial = complete[sample]
                for question in 0..<questionCount where mask & (1 << question) != 0 { partial[question] = nil }
                let result = engine.analyze(partial)
                let completions = complete.indices.filter { candidate in
                    (0..<questionCount).allSatisfy { partial[$0] == nil || partial[$0] == complete[candidate][$0] }
                }
                #expect(Set(result.possibleRecommendations) == Set(completions.map { recommendation[$0] }))
                // An irrelevant question: among completions that agree on every other question,
                // the recommendation is the same whatever this question's answer.
                for question in result.irrelevantQuestions {
                    var outcomes: [Answers: OptionIndex] = [:]
                    for candidate in completions {
                        let key = complete[candidate].with(question, nil)
                        if let seen = outcomes[key] {
                            #expect(seen == recommendation[candidate], "\(engine.ruleBase.questions[question].id) was called irrelevant")
                        } else {
                            outcomes[key] = recommendation[candidate]
                        }
                    }
                }
                // And an open question really can change it somewhere.
                for open in result.openQuestions {
                    var outcomes: [Answers: Set<OptionIndex>] = [:]
                    for candidate in completions { outcomes[complete[candidate].with(open.question, nil), default: []].insert(recommendation[candidate]) }
                    #expect(outcomes.values.contains { $0.count > 1 })
                }
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    /// Twenty questions are past any enumeration limit the analysis once had; it is still exact.
    @Test func twentyQuestionsAreAnalysedExactly() throws {
        var questions = "questions:\n"
        for index in 0..<20 {
            questions += "  - {id: q\(index), type: boolean, label: Q\(index), ask: Q?, why: W.}\n"
        }
        var rules = "rules:\n"
        for index in 0..<20 {
            rules += "  - {id: r\(index), when: q\(index), points: {\(index % 2 == 0 ? "a" : "b"): \(index + 1)}, because: B., assumption: T.}\n"
        }
        let ruleBase = try TestSupport.ruleBase([
            "base.yaml": questions + "options:\n  - {id: a, name: A, description: A.}\n  - {id: b, name: B, description: B.}\n",
            "rules.yaml": rules,
        ])
        let engine = Engine(ruleBase: ruleBase)
        let open = engine.analyze(Answers(questionCount: 20))
        #expect(open.possibleRecommendations == [0, 1])
        #expect(open.openQuestions.count == 20)
        #expect(open.scoreRanges == [0...100, 0...110])
        var answers = Answers(questionCount: 20)
        for index in 0..<19 { answers[index] = .boolean(index % 2 == 1) }
        // b has 2+4+…+18 = 90 already and q19 may add 20; a has nothing and nothing to come.
        let nearlyDone = engine.analyze(answers)
        #expect(nearlyDone.settledRecommendation == 1)
        #expect(nearlyDone.irrelevantQuestions == [19])
        #expect(nearlyDone.scoreRanges == [0...0, 90...110])
        // Only q0 (1 point to a) and q1 (2 points to b) open.
        var close = Answers(questionCount: 20)
        for index in 2..<20 { close[index] = .boolean(false) }
        close[4] = .boolean(true)  // a + 5
        close[3] = .boolean(true)  // b + 4
        // a 5, b 4: q1 yes makes b 6 > 5, unless q0 yes makes a 6 too (a tie that a wins): both matter.
        #expect(Set(engine.analyze(close).openQuestions.map(\.question)) == [0, 1])
        close[6] = .boolean(true)  // a 12, b at most 6: settled.
        let settled = engine.analyze(close)
        #expect(settled.settledRecommendation == 0)
        #expect(settled.irrelevantQuestions == [0, 1])
        close[4] = .boolean(false)
        close[6] = .boolean(false)
        close[2] = .boolean(true)  // a 3, b 4: q0 yes makes 4 (a tie that a wins), q1 yes makes b 6
        let contested = engine.analyze(close)
        #expect(contested.possibleRecommendations == [0, 1])
        #expect(Set(contested.openQuestions.map(\.question)) == [0, 1])
    }
}
