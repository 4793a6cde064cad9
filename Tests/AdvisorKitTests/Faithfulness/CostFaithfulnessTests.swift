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

    /// The questions the cost model's cases read besides `users`: the only answers, with the
    /// users, that can move a cost.
    static func costQuestions(_ estimator: CostEstimator, besides users: QuestionIndex) -> [QuestionIndex] {
        Set(estimator.model.parameters.flatMap { $0.cases.flatMap(\.condition.questions) }).subtracting([users]).sorted()
    }

    /// Complete answers with one user, one for each combination of the answers the cost model
    /// reads (the others cannot move a cost).
    static func costBases(_ estimator: CostEstimator, users: QuestionIndex) -> [Answers] {
        let read = costQuestions(estimator, besides: users)
        var seen: Set<[AnswerValue?]> = []
        return answers(estimator).filter { answers in answers[users] == .integer(1) && seen.insert(read.map { answers[$0] }).inserted }
    }

    static func option(_ id: String, _ estimator: CostEstimator) throws -> OptionIndex {
        try #require(estimator.ruleBase.optionIndex(id))
    }

    /// Preventive care lowers the expected yearly cost of a break-fix shop and of a sole proprietor
    /// for every business from 1 to 250 users with a medium or high cost of downtime, whatever the
    /// other answers: fixing fires costs more than preventing them.
    @Test func preventiveCareLowersTheHourlyOptionsYearlyCost() throws {
        let estimator = try CostTestSupport.estimator()
        let rules = estimator.ruleBase
        let (users, downtime, proactive) = try (
            #require(rules.questionIndex("users")), #require(rules.questionIndex("downtime_cost")), #require(rules.questionIndex("proactive_care"))
        )
        let hourly = [try Self.option("break_fix", estimator), try Self.option("sole_proprietor", estimator)]
        var checked = 0
        for base in Self.costBases(estimator, users: users)
        where base[proactive] == .boolean(false) && [.choice(1), .choice(2)].contains(base[downtime]) {
            for count in 1...250 {
                let without = try estimator.estimates(base.with(users, .integer(count)))
                let with = try estimator.estimates(base.with(users, .integer(count)).with(proactive, .boolean(true)))
                for option in hourly {
                    let before = try #require(without.first { $0.option == option }), after = try #require(with.first { $0.option == option })
                    #expect(after.expected < before.expected, "\(rules.options[option].id), \(count) users: \(before.expected) → \(after.expected)")
                    checked += 1
                }
            }
        }
        #expect(checked == 3 * 2 * 250 * 2)
    }

    /// At fixed other answers, the costs of outages grow linearly with the number of users, from 1
    /// to 250, in a quiet, a typical and a bad year, for every option: the work lost in outages in
    /// proportion to the users (twice the people lose twice the work), and the bills for repairing
    /// them along a straight line (here a flat one: outages that stop everyone come with the
    /// systems, not with each new person). Checked exactly on the formulas, before rounding.
    @Test func downtimeAndOutageCostsGrowLinearlyWithUsers() throws {
        let estimator = try CostTestSupport.estimator()
        let rules = estimator.ruleBase, model = estimator.model
        let users = try #require(rules.questionIndex("users"))
        let years: [(String, KeyPath<CostEstimator.Resolved, Decimal>)] = [("quiet", \.low), ("typical", \.typical), ("bad", \.high)]
        let parts = model.estimates.enumerated().flatMap { option, parts in
            parts.filter { $0.kind == .downtime || $0.kind == .outages }.map { (option: option, part: $0) }
        }
        #expect(parts.count == 7)
        let bases = Self.costBases(estimator, users: users)
        #expect(bases.count == 3 * 3 * 2)
        var checked = 0
        for base in bases {
            // costs[part][year][users - 1]
            var costs = Array(repeating: Array(repeating: [Decimal](), count: years.count), count: parts.count)
            for count in 1...250 {
                let answers = base.with(users, .integer(count))
                let resolved = estimator.resolve(answers)
                for (index, item) in parts.enumerated() {
                    for (year, (_, pick)) in years.enumerated() {
                        costs[index][year].append(
                            item.part.formula.evaluate(parameter: { resolved[$0][keyPath: pick] }, question: { CostEstimator.number(answers[$0]) }))
                    }
                }
            }
            for (index, item) in parts.enumerated() {
                for (year, (name, _)) in years.enumerated() {
                    let cost = costs[index][year], step = cost[1] - cost[0]
                    let label = "\(item.part.kind) of \(rules.options[item.option].id) in a \(name) year, \(base)"
                    #expect(step >= 0, "\(label) falls as users grow")
                    let offLine = cost.indices.first { abs(cost[$0] - (cost[0] + step * Decimal($0))) >= 0.000_001 }
                    #expect(offLine == nil, "\(label) leaves the straight line at \((offLine ?? 0) + 1) users")
                    if item.part.kind == .downtime {
                        let unequal = cost.indices.first { abs(cost[$0] - cost[0] * Decimal($0 + 1)) >= 0.000_001 }
                        #expect(unequal == nil, "\(label) at \((unequal ?? 0) + 1) users is not that many times one user's")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == bases.count * 7 * 3)
    }

    /// Rules and costs agree on in-house IT: wherever the rules recommend it, for every number of
    /// users up to 250 (and a few far beyond) and every other answer, its typical yearly cost is no
    /// more than a managed service's.
    @Test func inHouseITIsRecommendedOnlyWhereItCostsNoMoreThanAManagedService() throws {
        let estimator = try CostTestSupport.estimator()
        let engine = Engine(ruleBase: estimator.ruleBase)
        let users = try #require(estimator.ruleBase.questionIndex("users"))
        let (inHouse, managed) = (try Self.option("in_house", estimator), try Self.option("managed_services", estimator))
        let read = Self.costQuestions(estimator, besides: users)
        // Typical yearly costs of in-house IT and a managed service, by the answers costs read.
        var costs: [[AnswerValue?]: (own: Int, outsourced: Int)] = [:]
        var recommended = 0, dearer: [String] = []
        for base in Self.answers(estimator) where base[users] == .integer(1) {
            for count in Array(1...250) + [500, 1_000, 10_000] {
                let answers = base.with(users, .integer(count))
                guard engine.evaluate(answers).recommendation == inHouse else { continue }
                let key = [answers[users]] + read.map { answers[$0] }
                if costs[key] == nil {
                    let estimates = try estimator.estimates(answers)
                    costs[key] = try (#require(estimates.first { $0.option == inHouse }).expected, #require(estimates.first { $0.option == managed }).expected)
                }
                let cost = try #require(costs[key])
                if cost.own > cost.outsourced { dearer.append("\(count) users, \(answers): in-house \(cost.own) against \(cost.outsourced)") }
                recommended += 1
            }
        }
        #expect(dearer.isEmpty, "in-house IT recommended where it costs more, \(dearer.count) times, first: \(dearer.prefix(3))")
        #expect(recommended > 0, "the rules recommend in-house IT somewhere")
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
