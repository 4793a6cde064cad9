import Foundation
import PseudoTerminalTesting
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
@testable import generate_advisor_rules

/// The rules compiled into the binary must be exactly the files in `Rules/`: the generated files
/// in `Sources/AdvisorEngine/DefaultRules/` must be what `generate-advisor-rules` makes of them.
@Suite struct EmbeddedRulesTests {
    @Test func generatedFilesMatchTheRulesFolder() throws {
        for file in try GeneratedFiles.generate(fromRulesIn: TestSupport.rulesFolder) {
            let actual = try String(contentsOf: PackageFolder.root.appendingPathComponent(file.path), encoding: .utf8)
            #expect(actual == file.contents, "\(file.path) is out of date with Rules/; run \(GeneratedFiles.command)")
        }
    }

    @Test func theBuiltInRulesAreTheRulesFolder() throws {
        let files = try FileReader.ruleFiles(in: TestSupport.rulesFolder)
        let embedded = EmbeddedRules.files.map { "\($0.path)\n\($0.contents)" }
        #expect(embedded == files.map { "\($0.relativePath)\n\($0.contents)" }, "rebuild after \(GeneratedFiles.command)")
    }

    /// The ready-made rule base is what loading the files gives, so start-up may skip the YAML.
    @Test func theReadyMadeRuleBaseIsWhatLoadingGives() throws {
        let (loaded, _) = try RuleBaseLoader.load(DefaultRules.files)
        #expect(DefaultRules.ruleBase == loaded, "rebuild after \(GeneratedFiles.command)")
        #expect(!DefaultRules.ruleBase.rules.isEmpty)
    }

    @Test func theReadyMadeCostModelIsWhatLoadingGives() throws {
        let loaded = try #require(try CostModelLoader.load(DefaultRules.files, ruleBase: DefaultRules.ruleBase).0)
        let builtIn = DefaultRules.costModel
        #expect(builtIn.currency == loaded.currency)
        #expect(builtIn.parameters == loaded.parameters, "rebuild after \(GeneratedFiles.command)")
        #expect(builtIn.estimates == loaded.estimates, "rebuild after \(GeneratedFiles.command)")
        #expect(builtIn.identity == loaded.identity)
        #expect(DefaultRules.costModel(of: DefaultRules.ruleBase) != nil)
        #expect(DefaultRules.costModel(of: try TestSupport.shippedRuleBase()) != nil, "Rules/ on disk has the built-in digest")
        var other = DefaultRules.ruleBase
        other.identity = nil
        #expect(DefaultRules.costModel(of: other) == nil)
    }

    @Test func generatedFilesSayHowTheyAreMade() throws {
        for file in try GeneratedFiles.generate(fromRulesIn: TestSupport.rulesFolder) {
            #expect(file.contents.hasPrefix("// Generated from Rules/ by `swift run generate-advisor-rules`. Do not edit.\n"))
            #expect(file.path.hasSuffix("+Generated.swift"))
        }
    }

    @Test func stringLiteralsKeepEveryCharacter() {
        #expect(RuleBaseSwiftSource.string("a \"b\" \\ c\n\t\u{1}é") == #""a \"b\" \\ c\n\t\u{1}é""#)
    }

    @Test func defaultRulesLoadWithoutWarnings() throws {
        let (ruleBase, warnings) = try RuleBaseLoader.load(DefaultRules.files)
        #expect(warnings.isEmpty)
        #expect(ruleBase.options.map(\.id) == ["sole_proprietor", "break_fix", "managed_services", "in_house"])
    }
}
