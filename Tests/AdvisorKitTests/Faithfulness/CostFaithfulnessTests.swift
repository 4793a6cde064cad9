import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The shipped cost model agrees with the article's few figures and its one cost claim: fixing
/// fires costs more than preventing them, an outage brings a bill of a couple of thousand dollars,
/// and a handful of users may go a month or two without any IT bill.
@Suite struct CostFaithfulnessTests {
    static func answers(_ estimator: CostEstimator) -> [Answers] {
        TestSupport.allCompleteAnswers(Engine(ruleBase: estimator.ruleBase))
    }

    static func option(_ id: String, _ estimator: CostEstimator) throws -> OptionIndex {
        try #require(estimator.ruleBase.optionIndex(id))
    }

    /// Preventive care lowers the expected yearly cost of a break-fix shop and of a sole proprietor
    /// for every business from 3 to 25 users with a moderate or complex network and medium or high
    /// cost of downtime, whatever the other answers.
    @Test func preventiveCareLowersTheHourlyOptionsYearlyCost() throws {
        let estimator = try CostTestSupport.estimator()
        let rules = estimator.ruleBase
        let (users, network, downtime, proactive) = try (
            #require(rules.questionIndex("users")), #require(rules.questionIndex("network_complexity")),
            #require(rules.questionIndex("downtime_cost")), #require(rules.questionIndex("proactive_care"))
        )
        let hourly = [try Self.option("break_fix", estimator), try Self.option("sole_proprietor", estimator)]
        var checked = 0
        for base in Self.answers(estimator)
        where base[users] == .integer(1) && base[proactive] == .boolean(false)
            && [.choice(1), .choice(2)].contains(base[network]) && [.choice(1), .choice(2)].contains(base[downtime])
        {
            for count in 3...25 {
                let without = try estimator.estimates(base.with(users, .integer(count)))
                let with = try estimator.estimates(base.with(users, .integer(count)).with(proactive, .boolean(true)))
                for option in hourly {
                    let before = try #require(without.first { $0.option == option }), after = try #require(with.first { $0.option == option })
                    #expect(after.expected < before.expected, "\(rules.options[option].id), \(count) users: \(before.expected) → \(after.expected)")
                    checked += 1
                }
            }
        }
        #expect(checked == 2 * 2 * 3 * 2 * 23 * 2)
    }

    /// In a typical year, one outage's bill from a break-fix shop (its repair hours at its rate) is
    /// "a couple of thousand dollars": between 1,000 and 3,000 USD, for every answer.
    @Test func oneOutageBillFromAShopIsACoupleOfThousandDollars() throws {
        let estimator = try CostTestSupport.estimator()
        let model = estimator.model
        let (hours, rate) = try (#require(model.parameterIndex("outage_repair_hours")), #require(model.parameterIndex("break_fix_hourly_rate")))
        for answers in Self.answers(estimator) {
            let bill = estimator.resolve(hours, answers).typical * estimator.resolve(rate, answers).typical
            #expect(bill >= 1_000 && bill <= 3_000, "\(bill)")
        }
    }

    /// In a quiet year, a handful of users (up to 5) who call only when something breaks are billed
    /// at most 10 hours by a shop or a lone consultant: at most ten visits of an hour or more, so at
    /// least two months of the year without any IT bill.
    @Test func aHandfulCanGoMonthsWithoutAnITBillInAQuietYear() throws {
        let estimator = try CostTestSupport.estimator()
        let rules = estimator.ruleBase, model = estimator.model
        let (users, proactive) = try (#require(rules.questionIndex("users")), #require(rules.questionIndex("proactive_care")))
        let rates = [
            try Self.option("break_fix", estimator): try #require(model.parameterIndex("break_fix_hourly_rate")),
            try Self.option("sole_proprietor", estimator): try #require(model.parameterIndex("sole_proprietor_hourly_rate")),
        ]
        for base in Self.answers(estimator) where base[users] == .integer(1) && base[proactive] == .boolean(false) {
            for count in 1...5 {
                let answers = base.with(users, .integer(count))
                for estimate in try estimator.estimates(answers) {
                    guard let rate = rates[estimate.option] else { continue }
                    let billed = estimate.parts.filter { $0.kind != .downtime }.reduce(0) { $0 + $1.low }
                    let hours = Decimal(billed) / estimator.resolve(rate, answers).typical
                    #expect(hours <= 10, "\(rules.options[estimate.option].id), \(count) users: \(hours) hours in a quiet year")
                }
            }
        }
    }
}
