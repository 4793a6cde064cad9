import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// Conditional advice: what each answer of the open question that matters most would lead to.
@Suite struct ConditionalAdviceTests {
    static let engine = Engine(ruleBase: (try? TestSupport.shippedRuleBase()) ?? DefaultRules.ruleBase)

    static func answers(_ pairs: [String: String]) throws -> Answers {
        try TestSupport.answers(pairs, in: engine.ruleBase)
    }

    static let twelveUsers = [
        "users": "12", "variable_bills": "accept", "backup_monitoring": "false", "network_complexity": "moderate",
        "proactive_care": "true",
    ]

    @Test func settledAnswersHaveNoConditionalAdvice() throws {
        #expect(Self.engine.conditionalAdvice(try Self.answers(["users": "40", "variable_bills": "prefer_fixed"])) == nil)
        var complete = Self.twelveUsers
        complete["downtime_cost"] = "medium"
        #expect(Self.engine.conditionalAdvice(try Self.answers(complete)) == nil)
    }

    @Test func answersLeadingToTheSameOptionAreOneBranch() throws {
        let downtime = try #require(Self.engine.ruleBase.questionIndex("downtime_cost"))
        let conditional = try #require(Self.engine.conditionalAdvice(try Self.answers(Self.twelveUsers), unknown: [downtime]))
        let options = Self.engine.ruleBase.options
        #expect(conditional.deciding == downtime)
        #expect(conditional.openQuestions == [downtime])
        #expect(conditional.branches.map(\.answers) == [[.value(.choice(0)), .value(.choice(1))], [.value(.choice(2))]])
        #expect(conditional.branches.map { $0.recommendation.map { options[$0].id } } == ["break_fix", "managed_services"])
        #expect(conditional.branches.map(\.size) == [2, 1])
        #expect(conditional.summary == "If cost of downtime is “a lot; work stops and money is lost”: Managed services provider; otherwise: Break-fix shop.")
        #expect(conditional.describeAnswer(downtime) == "don't know")
        let rules = Self.engine.ruleBase.rules
        #expect(conditional.branches.first?.reasons.isEmpty == true, "low and medium fire different rules, so none fires for the whole branch")
        #expect(conditional.branches.last.map { $0.reasons.map { rules[$0].id } } == ["costly_downtime", "one_consultant_for_costly_outages"])
        #expect(conditional.reasons.contains { rules[$0].id == "accepts_variable_bills" })
        #expect(!conditional.reasons.contains { rules[$0].id == "costly_downtime" })
    }

    /// A branch lists the rules that fire for every answer in it, beyond those that fire whatever.
    @Test func aBranchHasItsOwnReasons() throws {
        let care = try #require(Self.engine.ruleBase.questionIndex("proactive_care"))
        var pairs = Self.twelveUsers
        pairs["proactive_care"] = nil
        pairs["downtime_cost"] = "high"
        let conditional = try #require(Self.engine.conditionalAdvice(try Self.answers(pairs), unknown: [care]))
        let rules = Self.engine.ruleBase.rules
        #expect(conditional.deciding == care)
        #expect(conditional.summary == "If proactive care is “yes”: Managed services provider; otherwise: Break-fix shop.")
        #expect(conditional.branches.map { $0.reasons.map { rules[$0].id } } == [["calls_when_broken"], ["wants_proactive_care", "managed_does_upkeep"]])
        #expect(conditional.reasons.contains { rules[$0].id == "costly_downtime" })
    }

    @Test func numbersAreGroupedIntoStretches() throws {
        let conditional = try #require(
            Self.engine.conditionalAdvice(
                try Self.answers(
                    [
                        "variable_bills": "accept", "backup_monitoring": "true", "network_complexity": "simple", "downtime_cost": "low",
                        "proactive_care": "false",
                    ])))
        #expect(Self.engine.ruleBase.questions[conditional.deciding].id == "users")
        let ids = conditional.branches.map { $0.recommendation.map { Self.engine.ruleBase.options[$0].id } }
        #expect(ids == ["break_fix", "managed_services", "in_house"])
        #expect(conditional.branches[1].answers == [.numbers(16...99)])
        #expect(
            conditional.summary
                == "If number of users is 16 to 99 users: Managed services provider; if number of users is 100 or more users: In-house IT; otherwise: Break-fix shop."
        )
    }

    @Test func aBranchThatStillDependsOnOtherQuestionsSaysSo() throws {
        let conditional = try #require(
            Self.engine.conditionalAdvice(
                try Self.answers(
                    ["users": "12", "variable_bills": "accept", "backup_monitoring": "false"])))
        #expect(conditional.branches.contains { $0.recommendation == nil && $0.possible.count > 1 && !$0.dependsOn.isEmpty })
        #expect(conditional.summary.contains(", depending on "), "\(conditional.summary)")
    }

    /// Over random partial answers to the shipped rules: every completion of the open questions
    /// whose deciding answer falls in a branch gives one of that branch's options — exactly its
    /// recommendation when it has one — and every branch's options do occur.
    @Test func branchesAreSoundAndTight() throws {
        let engine = Self.engine
        let complete = TestSupport.allCompleteAnswers(engine)
        var random = SeededRandom(seed: 13)
        var checked = 0
        for _ in 0..<60 {
            var partial = complete[Int(random.next() % UInt64(complete.count))]
            for question in partial.values.indices where random.next() % 5 < 2 { partial[question] = nil }
            guard let conditional = engine.conditionalAdvice(partial) else { continue }
            checked += 1
            let completions = complete.filter { candidate in
                partial.values.indices.allSatisfy { partial[$0] == nil || partial[$0] == candidate[$0] }
            }
            for branch in conditional.branches {
                let inBranch = completions.filter { candidate in
                    guard let value = candidate[conditional.deciding] else { return false }
                    return branch.answers.contains { target in
                        switch (target, value) {
                        case (.numbers(let range), .integer(let number)): return range.contains(number)
                        case (.value(let expected), _): return expected == value
                        default: return false
                        }
                    }
                }
                #expect(!inBranch.isEmpty)
                let outcomes = Set(inBranch.map { engine.evaluate($0).recommendation })
                #expect(outcomes == Set(branch.possible), "\(conditional.condition(branch))")
                if let recommendation = branch.recommendation { #expect(outcomes == [recommendation]) }
            }
        }
        #expect(checked >= 10, "enough random answers were open")
    }
}
