import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Properties of the shipped cost model over the whole answer space.
@Suite struct CostPropertyTests {
    /// Every range holds its typical year, for every option and every part.
    @Test func everyRangeHoldsItsExpectedValue() throws {
        let estimator = try CostTestSupport.estimator()
        for answers in TestSupport.allCompleteAnswers(Engine(ruleBase: estimator.ruleBase)) {
            for estimate in try estimator.estimates(answers) {
                #expect(estimate.low <= estimate.expected && estimate.expected <= estimate.high)
                for part in estimate.parts {
                    #expect(part.low <= part.amount && part.amount <= part.high, "\(part.kind) of option \(estimate.option)")
                    #expect(part.low >= 0)
                }
            }
        }
    }

    /// The costs that depend on the number of users never fall as it grows: every part of every
    /// option, in a quiet, typical and bad year, for every combination of the other answers.
    @Test func costsNeverFallAsUsersGrow() throws {
        let estimator = try CostTestSupport.estimator()
        let engine = Engine(ruleBase: estimator.ruleBase)
        let users = try #require(estimator.ruleBase.questionIndex("users"))
        let sizes = Array(1...30) + [49, 50, 51, 99, 100, 101, 150, 250]
        let others = TestSupport.allCompleteAnswers(engine).filter { $0[users] == .integer(1) }
        for base in others {
            var previous: [CostEstimate]?
            for size in sizes {
                let estimates = try estimator.estimates(base.with(users, .integer(size)))
                if let previous {
                    for (before, after) in zip(previous, estimates) {
                        for (old, new) in zip(before.parts, after.parts) {
                            #expect(
                                old.amount <= new.amount && old.low <= new.low && old.high <= new.high,
                                "\(old.kind) of option \(after.option) fell at \(size) users")
                        }
                    }
                }
                previous = estimates
            }
        }
    }

    /// Changing one parameter changes only the estimates whose formulas read it; and the parts
    /// that do not list it stay as they were.
    @Test func anOverrideChangesOnlyTheEstimatesThatUseIt() throws {
        let plain = try CostTestSupport.estimator()
        let model = plain.model
        let engine = Engine(ruleBase: plain.ruleBase)
        let samples = TestSupport.allCompleteAnswers(engine).enumerated().filter { $0.offset % 29 == 0 }.map(\.element)
        for (index, parameter) in model.parameters.enumerated() {
            var assumptions = CostAssumptions(model: model)
            try assumptions.assume(parameter.id, CostMath.plain(parameter.value.typical * 2 + 1))
            let changed = CostEstimator(assumptions: assumptions, ruleBase: plain.ruleBase)
            var anyChange = false
            for answers in samples {
                let before = try plain.estimates(answers), after = try changed.estimates(answers)
                for (old, new) in zip(before, after) {
                    for (oldPart, newPart) in zip(old.parts, new.parts) where !oldPart.parameters.contains(index) {
                        #expect(oldPart == newPart, "\(parameter.id) changed a part that does not read it")
                    }
                    if !model.parameters(of: old.option).contains(index) {
                        #expect(old == new, "\(parameter.id) changed option \(old.option), which does not use it")
                    }
                    anyChange = anyChange || old != new
                }
            }
            #expect(anyChange, "\(parameter.id) changes no estimate")
        }
    }

    /// Estimates are a pure function of their inputs.
    @Test func estimatesAreDeterministic() throws {
        let answers = try TestSupport.answers(CostTestSupport.twelveUsers, in: try CostTestSupport.estimator().ruleBase)
        let first = try CostTestSupport.estimator(), second = try CostTestSupport.estimator()
        #expect(try first.estimates(answers) == second.estimates(answers))
        #expect(first.breakEven(answers) == second.breakEven(answers))
    }
}
