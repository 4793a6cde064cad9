import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The nearest single-answer changes that change the recommendation.
@Suite struct WhatWouldChangeTests {
    @Test func numbersReportTheNearestStretchEachWay() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let answers = try TestSupport.answers(
            [
                "users": "12", "variable_bills": "accept", "backup_monitoring": "no",
                "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": "no",
            ], in: engine.ruleBase)
        let changes = engine.whatWouldChange(answers)
        let users = try #require(engine.ruleBase.questionIndex("users"))
        let userChanges = changes.filter { $0.question == users }
        #expect(userChanges.count == 1)
        #expect(userChanges.first?.to == .numbers(16...99))
        #expect(userChanges.first?.recommendation == engine.ruleBase.optionIndex("managed_services"))
        // Every reported change really changes the recommendation, and each value inside the range does.
        let current = engine.evaluate(answers).recommendation
        for change in changes {
            switch change.to {
            case .value(let value):
                #expect(engine.evaluate(answers.with(change.question, value)).recommendation == change.recommendation)
            case .numbers(let range):
                for value in [range.lowerBound, min(range.upperBound, range.lowerBound + 500)] {
                    #expect(engine.evaluate(answers.with(change.question, .integer(value))).recommendation == change.recommendation)
                }
            }
            #expect(change.recommendation != current)
        }
    }

    @Test func unchangedAnswersReportNothingForThatQuestion() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let answers = try TestSupport.answers(
            [
                "users": "40", "variable_bills": "prefer_fixed", "backup_monitoring": "yes",
                "network_complexity": "simple", "downtime_cost": "high", "proactive_care": "yes",
            ], in: engine.ruleBase)
        let changes = engine.whatWouldChange(answers)
        #expect(changes.allSatisfy { engine.ruleBase.questions[$0.question].id == "users" })
        let text = changes.map { AdvicePhrasing.sentence(for: $0, in: engine.ruleBase) }
        #expect(text.allSatisfy { $0.hasPrefix("Number of users: ") })
    }
}
