import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

@Suite struct RuleTests {
    static func rule(caveat: String?, ifRecommended: [OptionIndex]) -> Rule {
        Rule(
            id: "r", theme: nil, conditionText: "true", condition: .constant(true), points: [], caveat: caveat,
            ifRecommended: ifRecommended, because: ".", provenance: .assumption("."), location: SourceLocation(file: "r.yaml", line: 1, column: 1))
    }

    @Test func aCaveatAppliesToEveryRecommendationUnlessItNamesSome() {
        let anyWinner = Self.rule(caveat: "Careful.", ifRecommended: [])
        #expect(anyWinner.caveatApplies(to: 0) && anyWinner.caveatApplies(to: 3))
        let someWinners = Self.rule(caveat: "Careful.", ifRecommended: [1, 2])
        #expect(someWinners.caveatApplies(to: 2))
        #expect(!someWinners.caveatApplies(to: 0))
        #expect(!Self.rule(caveat: nil, ifRecommended: []).caveatApplies(to: 0), "a rule without a caveat has none to apply")
    }
}
