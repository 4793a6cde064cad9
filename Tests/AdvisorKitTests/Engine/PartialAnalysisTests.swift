import Testing
@testable import AdvisorKit

/// Evaluation with unanswered questions: settled results, open questions, and soundness.
@Suite struct PartialAnalysisTests {
    @Test func nothingAnsweredLeavesTheShippedRulesOpen() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let result = engine.analyze(Answers(questionCount: engine.ruleBase.questions.count))
        #expect(result.settledRecommendation == nil)
        #expect(result.isExact)
        #expect(result.possibleRecommendations.count == 4)
        #expect(Set(result.openQuestions.map(\.question)) == Set(engine.ruleBase.questions.indices))
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

    @Test func boundsFallbackIsSound() throws {
        // Many questions make the space too large to enumerate; bounds must still be sound.
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
        #expect(!open.isExact)
        #expect(open.settledRecommendation == nil)
        var answers = Answers(questionCount: 20)
        for index in 0..<19 { answers[index] = .boolean(index % 2 == 1) }
        // b has 2+4+…+20 = 110 − 20 (q19 open) = 90 at least, a at most 1+3+…+19 = 100 with none of them answered yes.
        let nearlyDone = engine.analyze(answers)
        #expect(nearlyDone.isExact)
        #expect(nearlyDone.settledRecommendation == 1)
    }
}
