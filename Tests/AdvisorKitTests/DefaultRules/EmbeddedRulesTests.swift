import Foundation
import Testing
@testable import AdvisorKit

/// The rules compiled into the binary must be exactly the files in `Rules/`.
@Suite struct EmbeddedRulesTests {
    static let generatedFile = TestSupport.packageRoot
        .appendingPathComponent("Sources/AdvisorKit/DefaultRules/EmbeddedRules.swift")

    static let generatedRuleBaseFile = TestSupport.packageRoot
        .appendingPathComponent("Sources/AdvisorKit/DefaultRules/EmbeddedRuleBase.swift")

    @Test func embeddedCopyMatchesRulesFolder() throws {
        let files = try FileReader.ruleFiles(in: TestSupport.rulesFolder)
        let expected = Self.generate(files.map { ($0.relativePath, $0.contents) })
        if ProcessInfo.processInfo.environment["ADVISOR_UPDATE_EMBEDDED_RULES"] == "1" {
            try expected.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.generatedFile, encoding: .utf8)
        #expect(actual == expected, "Sources/AdvisorKit/DefaultRules/EmbeddedRules.swift is out of date with Rules/; run ADVISOR_UPDATE_EMBEDDED_RULES=1 swift test --filter EmbeddedRules")
        let embedded = EmbeddedRules.files.map { "\($0.path)\n\($0.contents)" }
        #expect(embedded == files.map { "\($0.relativePath)\n\($0.contents)" }, "rebuild after regenerating the embedded rules")
    }

    /// The ready-made rule base is what loading the files gives, so start-up may skip the YAML.
    @Test func embeddedRuleBaseMatchesRulesFolder() throws {
        let (loaded, _) = try RuleBaseLoader.load(DefaultRules.files)
        let expected = RuleBaseSwiftSource.generate(loaded)
        if ProcessInfo.processInfo.environment["ADVISOR_UPDATE_EMBEDDED_RULES"] == "1" {
            try expected.write(to: Self.generatedRuleBaseFile, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.generatedRuleBaseFile, encoding: .utf8)
        #expect(actual == expected, "Sources/AdvisorKit/DefaultRules/EmbeddedRuleBase.swift is out of date with Rules/; run ADVISOR_UPDATE_EMBEDDED_RULES=1 swift test --filter EmbeddedRules")
        #expect(DefaultRules.ruleBase == loaded, "rebuild after regenerating the embedded rules")
        #expect(!DefaultRules.ruleBase.rules.isEmpty)
    }

    @Test func stringLiteralsKeepEveryCharacter() {
        #expect(RuleBaseSwiftSource.string("a \"b\" \\ c\n\t\u{1}é") == #""a \"b\" \\ c\n\t\u{1}é""#)
    }

    @Test func defaultRulesLoadWithoutWarnings() throws {
        let (ruleBase, warnings) = try RuleBaseLoader.load(DefaultRules.files)
        #expect(warnings.isEmpty)
        #expect(ruleBase.options.map(\.id) == ["sole_proprietor", "break_fix", "managed_services", "in_house"])
    }

    /// Swift source holding each file as a raw string literal.
    static func generate(_ files: [(path: String, contents: String)]) -> String {
        var out = "// Generated from Rules/ by the EmbeddedRules test. Do not edit.\n"
        out += "// Regenerate: ADVISOR_UPDATE_EMBEDDED_RULES=1 swift test --filter EmbeddedRules\n"
        out += "enum EmbeddedRules {\n"
        out += "    static let files: [(path: String, contents: String)] = [\n"
        for file in files {
            var hashes = "#"
            while file.contents.contains("\"\"\"" + hashes) || file.contents.contains("\\" + hashes) { hashes += "#" }
            out += "        (\n"
            out += "            \"\(file.path)\",\n"
            out += "            \(hashes)\"\"\"\n\(file.contents)\n\"\"\"\(hashes)\n"
            out += "        ),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
