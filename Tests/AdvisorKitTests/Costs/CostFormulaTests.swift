import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Formulas: parsing, unit checking (every mistake located at its offset), evaluation, rendering.
@Suite struct CostFormulaTests {
    static let names: CostFormulaParser.Names = {
        let unit = { (text: String) in (try? CostUnit.parse(text, currency: "USD")) ?? .number }
        return .init(
            parameters: [
                "rate": (0, unit("USD/hour")), "broken": (6, nil), "hours": (1, unit("hours/user/year")), "fee": (2, unit("USD/user/month")),
                "share": (3, unit("percent")), "capacity": (4, unit("hours/year")), "per_staff": (5, unit("users/staff")),
            ],
            questions: [
                "users": (0, CostUnit(dimensions: ["user": 1]), "number"), "backups": (1, nil, "yes/no"), "size": (2, nil, "choice"),
            ])
    }()

    static func check(_ text: String) throws(CostFormulaError) -> CostFormulaParser.Checked {
        try CostFormulaParser.check(text, names: names)
    }

    @Test(arguments: [
        "users * hours * rate",
        "users * fee",
        "max(users * fee, rate * hours * users)",
        "min(users * hours, capacity) * rate + max(0, users * hours - capacity) * rate",
        "users * hours * share * rate",
        "users * hours * rate * (1 + share)",
    ])
    func wellFormedFormulasComeOutInMoneyPerYear(text: String) throws {
        let checked = try Self.check(text)
        #expect(checked.unit.isCommensurable(with: .perYear("USD")), "\(checked.unit)")
    }

    @Test func aParameterWithMistakesOfItsOwnFitsAnyUnit() throws {
        #expect(try Self.check("users * broken + rate * hours * users").isZero == false)
        #expect(try Self.check("broken * users").isZero)
    }

    @Test func ceilKeepsTheUnit() throws {
        #expect(try Self.check("ceil(users / per_staff)").unit.description == "staff")
    }

    @Test(arguments: [
        (
            "users * hours * rat", "unknown-parameter", 16,
            "unknown name 'rat'; a formula may use the cost model's parameters and number questions; did you mean 'rate'?"
        ),
        ("users * hours + rate", "unit-mismatch", 14, "cannot add USD/hour to hour/year"),
        ("users * hours - rate", "unit-mismatch", 14, "cannot subtract USD/hour from hour/year"),
        ("max(users * hours, rate)", "unit-mismatch", 0, "the values of max must be in one unit"),
        ("backups * rate", "type-mismatch", 0, "'backups' is a yes/no question"),
        ("size * rate", "type-mismatch", 0, "'size' is a choice question"),
        ("mx(rate, rate)", "unknown-function", 0, "unknown function 'mx'; did you mean 'max'?"),
        ("ceil(rate, rate)", "bad-call", 0, "ceil takes one value, found 2"),
        ("max(rate)", "bad-call", 0, "max takes two or more values"),
        ("users * * rate", "formula-syntax", 8, "unexpected '*'"),
        ("(users * rate", "formula-syntax", 13, "expected ')'"),
        ("users rate", "formula-syntax", 6, "expected an operator"),
        ("1.2.3 * rate", "formula-syntax", 0, "'1.2.3' is not a number"),
        ("", "formula-syntax", 0, "the formula is empty"),
    ])
    func mistakesAreLocated(text: String, code: String, offset: Int, message: String) {
        do {
            _ = try Self.check(text)
            Issue.record("'\(text)' was accepted")
        } catch {
            #expect(error.code.rawValue == code, "\(error)")
            #expect(error.offset == offset, "\(error)")
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func evaluatesOnCanonicalValues() throws {
        let formula = try Self.check("min(users * hours, capacity) * rate + max(0, users * hours - capacity) * rate * 2").formula
        let values: [Decimal] = [100, 10, 0, 0, 50, 0]
        let at = { (users: Decimal) in formula.evaluate(parameter: { values[$0] }, question: { _ in users }) }
        #expect(at(4) == 4_000)
        let tenUsers: Decimal = 5_000 + 50 * 100 * 2  // past the capacity, twice the rate
        #expect(at(10) == tenUsers)
        #expect(try Self.check("ceil(users / per_staff)").formula.evaluate(parameter: { _ in 50 }, question: { _ in 51 }) == 2)
        #expect(
            try Self.check("rate / per_staff").formula.evaluate(parameter: { $0 == 5 ? 0 : 7 }, question: { _ in 1 }) == 0, "a zero divisor gives 0, not a trap"
        )
    }

    @Test func readsAndRendersItsNames() throws {
        let formula = try Self.check("users * (hours + hours) * rate / per_staff").formula
        #expect(formula.parameters == [1, 0, 5])
        #expect(formula.questions == [0])
        #expect(formula.divisors == [5])
        let text = formula.rendered { node in
            if case .parameter(let index) = node { return "p\(index)" }
            return "u"
        }
        #expect(text == "u × (p1 + p1) × p0 ÷ p5")
        #expect(try Self.check("hours - (hours - hours)").formula.rendered { _ in "x" } == "x − (x − x)")
    }
}
