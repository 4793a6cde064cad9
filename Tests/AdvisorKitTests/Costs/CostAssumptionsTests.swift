import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// `--assume ID=VALUE` and the chat's `assume`: values in the parameter's unit or a convertible
/// one; unknown ids, non-numbers, negatives, wrong units and zero divisors are refused by name.
@Suite struct CostAssumptionsTests {
    static func assumptions() throws -> CostAssumptions {
        CostAssumptions(model: try CostTestSupport.shipped().1)
    }

    static func value(_ assignment: String) throws -> Decimal? {
        var assumptions = try Self.assumptions()
        let index = try assumptions.assume(assignment)
        return assumptions.override(index)
    }

    @Test(arguments: [
        ("break_fix_hourly_rate=110", "110"),
        ("break_fix_hourly_rate = 110.5", "110.5"),
        ("break_fix_hourly_rate=110 USD/hour", "110"),
        ("managed_fee_per_user_month=1200 USD/user/year", "100"),
        ("managed_fee_per_user_month=1,200USD/user/year", "100"),
        ("in_house_overhead=25%", "25"),
        ("in_house_salary=0", "0"),
    ])
    func acceptsValuesInTheParametersUnitOrAConvertibleOne(assignment: String, expected: String) throws {
        #expect(try Self.value(assignment) == Decimal(string: expected))
    }

    @Test(arguments: [
        ("break_fix_hourlyrate=110", "unknown cost parameter 'break_fix_hourlyrate' (advisor rules docs lists them); did you mean 'break_fix_hourly_rate'?"),
        ("=110", "needs a parameter id"),
        ("break_fix_hourly_rate", "write ID=VALUE"),
        ("break_fix_hourly_rate=cheap", "'cheap' is not a number: break_fix_hourly_rate takes a number in USD/hour, such as 125"),
        ("break_fix_hourly_rate=", "is not a number: break_fix_hourly_rate takes a number in USD/hour"),
        ("break_fix_hourly_rate=-5", "break_fix_hourly_rate cannot be negative (-5)"),
        ("break_fix_hourly_rate=100 USD/month", "'100 USD/month' is in USD/month, but break_fix_hourly_rate is in USD/hour"),
        ("break_fix_hourly_rate=100 EUR/hour", "is not a unit for break_fix_hourly_rate"),
        ("in_house_users_per_staff=0", "in_house_users_per_staff divides in a formula, so it must be above 0"),
    ])
    func refusesBadValuesNamingTheParameter(assignment: String, message: String) throws {
        var assumptions = try Self.assumptions()
        do {
            try assumptions.assume(assignment)
            Issue.record("\(assignment) was accepted")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
        #expect(assumptions.overrides.isEmpty, "a refused value changes nothing")
    }

    @Test func anAssumedValueHoldsInEveryCaseAndEveryYear() throws {
        let estimator = try CostTestSupport.estimator(["downtime_cost_per_user_hour": "45"])
        let index = try #require(estimator.model.parameterIndex("downtime_cost_per_user_hour"))
        for choice in ["low", "medium", "high"] {
            let answers = try TestSupport.answers(["downtime_cost": choice], in: estimator.ruleBase)
            let resolved = estimator.resolve(index, answers)
            #expect(resolved.shown == 45 && resolved.low == 45 && resolved.high == 45 && resolved.isAssumed)
        }
        var assumptions = estimator.assumptions
        assumptions.reset()
        #expect(assumptions.overrides.isEmpty)
    }
}
