import Foundation
import PseudoTerminalTesting
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The JSON Schema for editors (`Rules/rules.schema.json`) lists exactly the keys the loader accepts.
@Suite struct RuleSchemaTests {
    static func schema() throws -> [String: Any] {
        let url = PackageFolder.root.appendingPathComponent("Rules/rules.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func keys(_ object: [String: Any]?, _ path: [String]) -> Set<String> {
        var node: Any? = object
        for step in path {
            node = (node as? [String: Any])?[step]
        }
        return Set(((node as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func schemaKeysMatchTheLoader() throws {
        let schema = try Self.schema()
        #expect(Self.keys(schema, []) == Set(RuleBaseLoader.topLevelKeys + RuleBaseLoader.testTopLevelKeys))
        #expect(Self.keys(schema, ["properties", "articles", "items"]) == Set(RuleBaseBuilder.articleKeys))
        #expect(Self.keys(schema, ["properties", "articles", "items", "properties", "claims", "items"]) == Set(RuleBaseBuilder.claimKeys))
        #expect(Self.keys(schema, ["properties", "questions", "items"]) == Set(RuleBaseBuilder.questionKeys))
        #expect(Self.keys(schema, ["properties", "questions", "items", "properties", "choices", "items"]) == Set(RuleBaseBuilder.choiceKeys))
        #expect(Self.keys(schema, ["properties", "options", "items"]) == Set(RuleBaseBuilder.optionKeys))
        #expect(Self.keys(schema, ["properties", "rules", "items"]) == Set(RuleBaseBuilder.ruleKeys))
    }

    @Test func costKeysMatchTheCostModelLoader() throws {
        let schema = try Self.schema()
        let costs = ["properties", "costs"]
        #expect(Self.keys(schema, costs) == Set(CostModelLoader.costKeys))
        #expect(Self.keys(schema, costs + ["properties", "parameters", "items"]) == Set(CostModelLoader.parameterKeys))
        #expect(Self.keys(schema, costs + ["properties", "parameters", "items", "properties", "cases", "items"]) == Set(CostModelLoader.caseKeys))
        #expect(Self.keys(schema, costs + ["properties", "estimates", "items"]) == Set(CostModelLoader.estimateKeys))
        #expect(Self.keys(schema, costs + ["properties", "estimates", "items", "properties", "parts", "items"]) == Set(CostModelLoader.partKeys))
    }
}
