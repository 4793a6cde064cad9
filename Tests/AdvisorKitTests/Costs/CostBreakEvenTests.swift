import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Break-even points: the cheapest option along the number of users, and the single assumptions
/// that would change which option is cheapest (each checked by applying it).
@Suite struct CostBreakEvenTests {
    static func report(_ answers: [String: String], overrides: [String: String] = [:]) throws -> CostReport {
        let (engine, model) = try CostTestSupport.shipped()
        var assumptions = CostAssumptions(model: model)
        for (id, value) in overrides { try assumptions.assume(id, value) }
        let given = try TestSupport.answers(answers, in: engine.ruleBase)
        return try CostReport(engine: engine, assumptions: assumptions, answers: given, advice: try? engine.advise(given))
    }

    @Test func theCheapestOptionAlongTheNumberOfUsers() throws {
        let report = try Self.report(CostTestSupport.twelveUsers)
        let sweep = try #require(report.breakEven.sweeps.first)
        let ids = report.ruleBase.options.map(\.id)
        #expect(sweep.range == 1...250)
        #expect(sweep.stretches.map { "\(ids[$0.cheapest]) \($0.range.lowerBound)-\($0.range.upperBound)" } == ["sole_proprietor 1-24", "break_fix 25-250"])
        #expect(
            CostPhrasing.sweep(sweep, in: report)
                == "At these rates, with your other answers, Sole proprietor is cheapest up to 24 users and Break-fix shop from 25 users on (checked up to 250 users)."
        )
        #expect(CostPhrasing.pair(sweep, in: report) == "Break-fix shop costs less than Sole proprietor from 25 users on.")
    }

    /// A large business is swept to twice its size, a huge one no further than `sweepLimit`
    /// (ten trillion users once made the sweep run out of memory).
    @Test(arguments: [(300, 600), (800, 1_000), (9_999_999_999_999, 1_000)])
    func theSweepStopsAtItsLimit(users: Int, upper: Int) throws {
        let report = try Self.report(CostTestSupport.twelveUsers.merging(["users": String(users)]) { $1 })
        let sweep = try #require(report.breakEven.sweeps.first)
        #expect(sweep.range == 1...upper)
        #expect(sweep.totals.count == upper)
        #expect(CostPhrasing.sweep(sweep, in: report).hasSuffix("(checked up to \(upper) users)."))
    }

    /// A sweep with a stretch of one size and stretches between two others, said in order.
    @Test func severalStretchesAreSaidInOrder() throws {
        let report = try Self.report(CostTestSupport.twelveUsers.merging(["downtime_cost": "high"]) { $1 })
        let sweep = try #require(report.breakEven.sweeps.first)
        let ids = report.ruleBase.options.map(\.id)
        #expect(
            sweep.stretches.map { "\(ids[$0.cheapest]) \($0.range.lowerBound)-\($0.range.upperBound)" }
                == ["sole_proprietor 1-3", "break_fix 4-4", "managed_services 5-10", "break_fix 11-250"])
        #expect(
            CostPhrasing.sweep(sweep, in: report)
                == "At these rates, with your other answers, Sole proprietor is cheapest up to 3 users, Break-fix shop at 4 users, Managed services provider from 5 to 10 users and Break-fix shop from 11 users on (checked up to 250 users)."
        )
        #expect(CostPhrasing.pair(sweep, in: report) == "Break-fix shop costs less than Managed services provider up to 4 users and from 11 users on.")
    }

    /// The sweep agrees with the estimates at every number of users: with costly downtime on a
    /// setup with servers, a managed service costs less than a shop exactly where its estimate is
    /// lower, from 5 to 10 users. Below, its minimum fee outweighs the work it saves; above, its fee
    /// per user grows faster than a shop's hours and lost work per user (both grow in proportion to
    /// the users, and the shop's outage bills do not grow at all).
    @Test func theSweepFollowsTheRates() throws {
        let answers = CostTestSupport.twelveUsers.merging(["downtime_cost": "high"]) { $1 }
        let report = try Self.report(answers)
        let sweep = try #require(report.breakEven.sweeps.first)
        let managed = try #require(report.ruleBase.optionIndex("managed_services"))
        let breakFix = try #require(report.ruleBase.optionIndex("break_fix"))
        let cheaper = sweep.answers(where: managed, costsLessThan: breakFix)
        #expect(cheaper == [5...10])
        let estimator = try CostTestSupport.estimator()
        let users = try #require(report.ruleBase.questionIndex("users"))
        for count in sweep.range {
            let estimates = try estimator.estimates(report.answers.with(users, .integer(count)))
            let (own, shop) = try (#require(estimates.first { $0.option == managed }), #require(estimates.first { $0.option == breakFix }))
            #expect(cheaper.contains { $0.contains(count) } == (own.expected < shop.expected), "\(count) users")
        }
    }

    @Test func everyShiftApplied() throws {
        for answers in [
            CostTestSupport.twelveUsers,
            [
                "users": "4", "variable_bills": "accept", "backup_monitoring": "true", "network_complexity": "simple", "downtime_cost": "low",
                "proactive_care": "false",
            ],
        ] {
            let report = try Self.report(answers)
            #expect(!report.breakEven.shifts.isEmpty)
            let percents = report.breakEven.shifts.map { abs($0.percent) }
            #expect(percents == percents.sorted(), "nearest first")
            for shift in report.breakEven.shifts {
                let id = report.model.parameters[shift.parameter].id
                #expect(shift.cheapest != report.cheapest)
                #expect(abs(shift.percent) <= 400)
                let moved = try CostTestSupport.estimator([id: CostMath.plain(shift.to)]).estimates(report.answers)
                #expect(moved.cheapest == shift.cheapest, "\(id) = \(shift.to) should make option \(shift.cheapest) cheapest")
                let kept = try CostTestSupport.estimator([id: CostMath.plain(shift.from)]).estimates(report.answers)
                #expect(kept.cheapest == report.cheapest)
            }
        }
    }

    @Test func theVerdictSaysWhyCostAndRecommendationDiffer() throws {
        let handful = try Self.report([
            "users": "4", "variable_bills": "accept", "backup_monitoring": "true", "network_complexity": "simple", "downtime_cost": "low",
            "proactive_care": "false",
        ])
        #expect(
            CostPhrasing.verdict(handful)
                == "Sole proprietor is cheaper in a typical year (2,360 against 2,856 USD for Break-fix shop), but the recommendation weighs more than cost, above all your answer on variable bills: occasional, sometimes large bills are fine (rule accepts_variable_bills)."
        )
        let same = try Self.report(CostTestSupport.twelveUsers.merging(["downtime_cost": "high"]) { $1 })
        #expect(CostPhrasing.verdict(same) == "Break-fix shop is both the recommendation and the cheapest option in a typical year.")
        let fixed = try Self.report(CostTestSupport.twelveUsers.merging(["variable_bills": "prefer_fixed"]) { $1 })
        #expect(
            CostPhrasing.verdict(fixed).contains(
                "but the recommendation weighs more than cost, above all your answer on number of users: 12 users (rule lone_consultant_stretched)"))
    }

    @Test func anOverrideMovesTheBreakEven() throws {
        let cheap = try Self.report(CostTestSupport.twelveUsers, overrides: ["managed_fee_per_user_month": "60"])
        let sweep = try #require(cheap.breakEven.sweeps.first)
        let ids = cheap.ruleBase.options.map(\.id)
        #expect(ids[cheap.cheapest] == "managed_services")
        #expect(sweep.stretches.last.map { ids[$0.cheapest] } == "managed_services")
        #expect(sweep.stretches.last.map(\.range.lowerBound) ?? 0 < 20)
    }
}
