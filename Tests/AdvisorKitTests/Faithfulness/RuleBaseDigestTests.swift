import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Every report names the rule base behind it by a SHA-256 digest of its files: the built-in rules
/// and `Rules/` on disk give the same digest, any change to a rule file (a comment too) changes
/// it, the test cases do not count, and the same answers and rules give the same report.
@Suite struct RuleBaseDigestTests {
    static func files() throws -> [RuleFile] { try FileReader.ruleFiles(in: TestSupport.rulesFolder) }

    @Test func theFramingIsAsDocumented() {
        let identity = RuleBaseIdentity(
            name: "x",
            files: [
                RuleFile(path: "x/rules/b.yaml", relativePath: "rules/b.yaml", contents: "yes"),
                RuleFile(path: "x/tests/t.yaml", relativePath: "tests/t.yaml", contents: "ignored"),
                RuleFile(path: "x/a.yaml", relativePath: "a.yaml", contents: "x"),
            ])
        // sha256("a.yaml\n1\nx" + "rules/b.yaml\n3\nyes"), computed independently.
        #expect(identity.digest == "751d7f9a303fe32feaf301afdc19b858e1e7869ab6aff4cd368c7a77f236c943")
        #expect(identity.files == ["a.yaml", "rules/b.yaml"])
        #expect(identity.shortDigest == "751d7f9a303f")
    }

    @Test func theBuiltInRulesHaveTheDigestOfRulesOnDisk() throws {
        let files = try Self.files()
        let fromDisk = try RuleBaseLoader.load(files).0
        #expect(fromDisk.identity == DefaultRules.identity)
        #expect(DefaultRules.ruleBase.identity == DefaultRules.identity)
        #expect(DefaultRules.identity.name == "Rules")
        #expect(DefaultRules.identity.files.contains("article.yaml") && DefaultRules.identity.files.contains("costs.yaml"))
        #expect(!DefaultRules.identity.files.contains { $0.hasPrefix("tests/") })
        #expect(DefaultRules.identity.digest.count == 64 && DefaultRules.identity.digest.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test func aChangedCommentChangesTheDigestButNotTheRules() throws {
        let files = try Self.files()
        let edited = files.map { file in
            guard file.relativePath == "rules/size.yaml" else { return file }
            return RuleFile(path: file.path, relativePath: file.relativePath, contents: file.contents + "# a comment\n")
        }
        let (before, after) = (try RuleBaseLoader.load(files).0, try RuleBaseLoader.load(edited).0)
        #expect(before.identity?.digest != after.identity?.digest)
        var same = after
        same.identity = before.identity
        #expect(same == before, "a comment changes no rule")
    }

    @Test func theTestCasesDoNotCount() throws {
        let files = try Self.files()
        let edited = files.map { file in
            guard file.isTestFile else { return file }
            return RuleFile(path: file.path, relativePath: file.relativePath, contents: file.contents + "# another case later\n")
        }
        #expect(RuleBaseIdentity(name: "Rules", files: edited) == RuleBaseIdentity(name: "Rules", files: files))
    }

    /// The same answers and the same rule base give the same report, byte for byte, naming it.
    @Test func theSameAnswersAndRulesGiveTheSameReport() throws {
        let answers = try TestSupport.answers(CostTestSupport.twelveUsers, in: DefaultRules.ruleBase)
        let builtIn = try Engine(ruleBase: DefaultRules.ruleBase).advise(answers)
        let fromDisk = try Engine(ruleBase: TestSupport.shippedRuleBase()).advise(answers)
        let json = JSONRenderer.render(builtIn)
        #expect(json == JSONRenderer.render(fromDisk))
        #expect(TextRenderer().render(builtIn) == TextRenderer().render(fromDisk))
        #expect(MarkdownRenderer.render(builtIn) == MarkdownRenderer.render(fromDisk))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ruleBase = try #require(object["rule_base"] as? [String: Any])
        #expect(ruleBase["digest"] as? String == DefaultRules.identity.digest)
        #expect(ruleBase["files"] as? [String] == DefaultRules.identity.files)
        #expect(ruleBase["name"] as? String == "Rules")
        let line = "Rule base: Rules, SHA-256 \(DefaultRules.identity.shortDigest)"
        #expect(TextRenderer().render(builtIn).hasSuffix("\n\n\(line)\n"))
        #expect(MarkdownRenderer.render(builtIn).hasSuffix("\n\n*\(line).*\n"))
    }
}
