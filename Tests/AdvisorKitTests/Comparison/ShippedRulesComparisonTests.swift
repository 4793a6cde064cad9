import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The shipped rules against a copy with one threshold moved (`users >= 16` → `users >= 13` in
/// `more_than_fifteen_users`, edited in the YAML text in memory). The exact report is a golden
/// file (`ADVISOR_UPDATE_GOLDEN=1` rewrites it when the rules are retuned); the checks below hold
/// whatever the points are, and the regions are cross-checked against the engine on real answers.
@Suite struct ShippedRulesComparisonTests {
    static let original = "when: users >= 16"

    /// The shipped rule files with `more_than_fifteen_users` starting at `users`.
    static func shippedRuleBase(movingThresholdTo users: Int) throws -> RuleBase {
        var files = try FileReader.ruleFiles(in: TestSupport.rulesFolder)
        let index = try #require(files.firstIndex { $0.relativePath == "rules/size.yaml" })
        let text = files[index].contents
        #expect(text.components(separatedBy: original).count == 2, "rules/size.yaml should say '\(original)' once")
        files[index].contents = text.replacingOccurrences(of: original, with: "when: users >= \(users)")
        return try RuleBaseLoader.load(files).0
    }

    @Test func shippedRulesAgainstThemselvesAreEmpty() throws {
        let comparison = try RuleBaseComparison(old: try TestSupport.shippedRuleBase(), new: try TestSupport.shippedRuleBase())
        #expect(comparison.isEmpty)
        #expect(comparison.totalCombinations == 7 * 3 * 2 * 3 * 3 * 2)
    }

    @Test func movedThresholdReport() throws {
        let old = try TestSupport.shippedRuleBase(), new = try Self.shippedRuleBase(movingThresholdTo: 13)
        #expect(new.rules.first { $0.id == "more_than_fifteen_users" }?.conditionText == "users >= 13")
        let comparison = try RuleBaseComparison(old: old, new: new)
        #expect(try DocumentationGolden.mismatch(comparison.text(), against: "rules-diff-moved-threshold.txt") == nil)
        #expect(try DocumentationGolden.mismatch(comparison.json(), against: "rules-diff-moved-threshold.json") == nil)

        // Only the new stretch 13–15 can change; 11–15 was one stretch before, so there are 8 now.
        #expect(comparison.totalCombinations == 8 * 3 * 2 * 3 * 3 * 2)
        #expect(!comparison.regions.isEmpty)
        for region in comparison.regions {
            #expect(region.constraints.first?.question == "users")
            #expect(region.constraints.first?.description == "13–15")
        }
        #expect(comparison.regions.map(\.count).reduce(0, +) == comparison.changedCombinations)
        #expect(comparison.addedRules.isEmpty && comparison.removedRules.isEmpty)
        #expect(comparison.changedRules == ["more_than_fifteen_users"])
        #expect(comparison.ruleChanges["more_than_fifteen_users"] == ["condition"])
    }

    /// Every complete answer (users on both sides of each threshold) is in a region exactly when
    /// `Engine.evaluate` recommends differently under the two rule bases, and the region says how.
    @Test func regionsAgreeWithTheEngine() throws {
        let old = try TestSupport.shippedRuleBase(), new = try Self.shippedRuleBase(movingThresholdTo: 13)
        let comparison = try RuleBaseComparison(old: old, new: new)
        let oldEngine = Engine(ruleBase: old), newEngine = Engine(ruleBase: new)
        var changedAt13 = 0
        for answers in TestSupport.allCompleteAnswers(Engine(ruleBase: new)) {
            let from = old.options[oldEngine.evaluate(answers).recommendation].id
            let to = new.options[newEngine.evaluate(answers).recommendation].id
            let containing = comparison.regions.filter { Self.region($0, contains: answers, in: new) }
            #expect(containing.count <= 1)
            if from == to {
                #expect(containing.isEmpty)
            } else {
                #expect(containing.first?.from == from)
                #expect(containing.first?.to == to)
            }
            if from != to, case .integer(13)? = answers[0] { changedAt13 += 1 }
        }
        #expect(changedAt13 == comparison.changedCombinations)
    }

    /// True when the answers meet every constraint of the region.
    static func region(_ region: RuleBaseComparison.Region, contains answers: Answers, in ruleBase: RuleBase) -> Bool {
        region.constraints.allSatisfy { constraint in
            guard let index = ruleBase.questionIndex(constraint.question), let value = answers[index] else { return false }
            let question = ruleBase.questions[index]
            switch value {
            case .integer(let number):
                let bounds = constraint.description.split(separator: "–").compactMap { Int($0) }
                if constraint.description.hasSuffix(" or more") {
                    return number >= (Int(constraint.description.prefix { $0.isNumber }) ?? Int.max)
                }
                if constraint.description.hasPrefix("exactly ") { return "exactly \(number)" == constraint.description }
                return bounds.count == 2 && number >= bounds[0] && number <= bounds[1]
            case .boolean, .choice:
                let spelling = question.spelling(of: value)
                let listed = constraint.description.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                return listed.components(separatedBy: ", ").contains(spelling)
            }
        }
    }
}
