import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Estimates of the shipped model worked out by hand, parts traced to their parameters, ranges
/// that widen while questions are open, and the answers an estimate cannot do without.
@Suite struct CostEstimatorTests {
    @Test func twelveUsersAsWorkedOutByHand() throws {
        let estimator = try CostTestSupport.estimator()
        let answers = try TestSupport.answers(CostTestSupport.twelveUsers, in: estimator.ruleBase)
        let estimates = try estimator.estimates(answers)
        let amounts = CostTestSupport.amounts(estimates, in: estimator.ruleBase)
        // 12 users × 4 h × 125; 1.2 outages a year × 16 h × 125; 1.2 outages × 8 h × 12 users × 30.
        #expect(amounts["break_fix"] == ["labour": 6_000, "outages": 2_400, "downtime": 3_456])
        // max(12 × 100, 600) a month; 1.2 × 40% × 4 h × 12 users × 30.
        #expect(amounts["managed_services"] == ["fees": 14_400, "downtime": 691])
        // one employee (12 users are fewer than one can look after): 70,000 × 1.3; tools 12 × 15 × 12;
        // 1.2 × 50% × 4 h × 125; 1.2 × 50% × 3 h × 12 users × 30.
        #expect(amounts["in_house"] == ["fees": 2_160, "labour": 91_000, "outages": 300, "downtime": 648])
        // 48 h × 95 (within the 200 hours one consultant can give); 1.2 × 16 h × 95; 1.2 × (8 + 4) h × 12 × 30.
        #expect(amounts["sole_proprietor"] == ["labour": 4_560, "outages": 1_824, "downtime": 5_184])
        #expect(estimates.cheapest == estimator.ruleBase.optionIndex("sole_proprietor"))
        let breakFix = try #require(estimates.first { estimator.ruleBase.options[$0.option].id == "break_fix" })
        #expect(breakFix.expected == 11_856)
        #expect(breakFix.parts[0].working == "12 users × (4 hours/user/year + 0 hours/user/year) × 125 USD/hour")
        let ids = breakFix.parts[0].parameters.map { estimator.model.parameters[$0].id }
        #expect(ids == ["support_hours_per_user_year", "maintenance_hours_per_user_year", "break_fix_hourly_rate"])
    }

    @Test func aManagedFeeIsTheSameInAQuietAndABadYear() throws {
        let estimator = try CostTestSupport.estimator()
        let answers = try TestSupport.answers(CostTestSupport.twelveUsers, in: estimator.ruleBase)
        let estimates = try estimator.estimates(answers)
        for estimate in estimates {
            for part in estimate.parts where part.kind == .fees {
                #expect(part.low == part.amount && part.high == part.amount)
            }
            let id = estimator.ruleBase.options[estimate.option].id
            if id == "break_fix" || id == "sole_proprietor" {
                #expect(estimate.low < estimate.expected && estimate.expected < estimate.high, "\(id) varies with outages")
            }
        }
    }

    @Test func estimatesNeedTheNumberOfUsers() throws {
        let estimator = try CostTestSupport.estimator()
        let answers = try TestSupport.answers(["variable_bills": "accept"], in: estimator.ruleBase)
        #expect(throws: CostEstimateError.unanswered([0])) { try estimator.estimates(answers) }
    }

    @Test func rangesWidenWhileQuestionsAreOpenAndHoldEveryCompletion() throws {
        let estimator = try CostTestSupport.estimator()
        let engine = Engine(ruleBase: estimator.ruleBase)
        let partial = try TestSupport.answers(["users": "16", "variable_bills": "accept"], in: estimator.ruleBase)
        let wide = try estimator.estimates(partial)
        for complete in TestSupport.allCompleteAnswers(engine) {
            guard case .integer(16)? = complete[0] else { continue }
            guard case .choice(0)? = complete[1] else { continue }
            for estimate in try estimator.estimates(complete) {
                let range = wide[estimate.option]
                #expect(range.low <= estimate.expected && estimate.expected <= range.high)
                #expect(range.low <= estimate.low && estimate.high <= range.high)
            }
        }
        #expect(wide.allSatisfy { $0.high - $0.low >= 0 })
        let settled = try TestSupport.answers(
            ["users": "16", "variable_bills": "accept", "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": "false"],
            in: estimator.ruleBase)
        let narrow = try estimator.estimates(settled)
        for (open, closed) in zip(wide, narrow) {
            #expect(open.high - open.low > closed.high - closed.low, "the open range is wider")
        }
    }
}
