import Foundation
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The shipped cost model and answers the cost tests share.
enum CostTestSupport {
    /// The shipped rule base and its cost model, read from `Rules/` on disk.
    static func shipped() throws -> (Engine, CostModel) {
        let files = try FileReader.ruleFiles(in: TestSupport.rulesFolder)
        let ruleBase = try RuleBaseLoader.load(files).0
        guard let model = try CostModelLoader.load(files, ruleBase: ruleBase).0 else { throw TestFailure("Rules/ has no cost model") }
        return (Engine(ruleBase: ruleBase), model)
    }

    static func estimator(_ overrides: [String: String] = [:]) throws -> CostEstimator {
        let (engine, model) = try shipped()
        var assumptions = CostAssumptions(model: model)
        for (id, value) in overrides { try assumptions.assume(id, value) }
        return CostEstimator(assumptions: assumptions, ruleBase: engine.ruleBase)
    }

    /// The answers of `Tests/AdvisorTests/Fixtures/answers/twelve-users.json`.
    static let twelveUsers = [
        "users": "12", "variable_bills": "accept", "backup_monitoring": "false",
        "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": "false",
    ]

    /// Typical-year amounts by option id and part name.
    static func amounts(_ estimates: [CostEstimate], in ruleBase: RuleBase) -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        for estimate in estimates {
            result[ruleBase.options[estimate.option].id] = Dictionary(uniqueKeysWithValues: estimate.parts.map { ($0.kind.rawValue, $0.amount) })
        }
        return result
    }
}
