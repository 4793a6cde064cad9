import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Units: words separated by `/`, plurals, the currency, and the scale of months and percents.
@Suite struct CostUnitTests {
    @Test(arguments: [
        ("USD/hour", "USD/hour", 1, 1),
        ("USD/user/month", "USD/user/year", 12, 1),
        ("hours/user/year", "hour/user/year", 1, 1),
        ("outages/year", "outage/year", 1, 1),
        ("percent", "number", 1, 100),
        ("USD/staff/year", "USD/staff/year", 1, 1),
        ("users/staff", "user/staff", 1, 1),
        ("USD/week", "USD/year", 52, 1),
    ])
    func parsesUnitsAndTheirScale(text: String, canonical: String, numerator: Int, denominator: Int) throws {
        let unit = try CostUnit.parse(text, currency: "USD")
        #expect(unit.description == canonical)
        #expect(unit.scale == Fraction(numerator, denominator))
    }

    @Test func aFeePerMonthTimesUsersIsMoneyPerYear() throws {
        let fee = try CostUnit.parse("USD/user/month", currency: "USD")
        let users = try CostUnit.parse("users", currency: "USD")
        #expect((fee * users).isCommensurable(with: .perYear("USD")))
        #expect(fee.scale.applied(to: 100) == 1200)
        #expect(fee.scale.removed(from: 1200) == 100)
    }

    @Test func anotherCurrencyIsRefused() {
        #expect(throws: CostUnit.ParseError(message: "the unit 'EUR/hour' is in EUR, but the cost model's currency is USD", offset: 0)) {
            try CostUnit.parse("EUR/hour", currency: "USD")
        }
    }

    @Test(arguments: ["USD//hour", "USD/", "USD/h0urs", "12/hour"])
    func malformedUnitsAreRefused(text: String) {
        #expect(throws: CostUnit.ParseError.self) { try CostUnit.parse(text, currency: "USD") }
    }
}
