import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The documentation of a rule base: golden Markdown and DOT for the shipped rules, every rule
/// and citation present, labels escaped, and (when Graphviz is installed) a graph `dot` accepts.
@Suite struct RuleDocumentationTests {
    /// The path of Graphviz's `dot`, if it is installed (on the `PATH` or in the usual places).
    static let dotPath: String? = {
        let folders =
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.map { $0 + "/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test func markdownMatchesGoldenFile() throws {
        let markdown = RuleDocumentation.markdown(try TestSupport.shippedRuleBase())
        let mismatch = try DocumentationGolden.mismatch(markdown, against: "rules-docs.md")
        #expect(mismatch == nil)
    }

    @Test func dotMatchesGoldenFile() throws {
        let dot = RuleDocumentation.dot(try TestSupport.shippedRuleBase())
        let mismatch = try DocumentationGolden.mismatch(dot, against: "rules-graph.dot")
        #expect(mismatch == nil)
    }

    @Test func outputIsDeterministic() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        #expect(RuleDocumentation.markdown(ruleBase) == RuleDocumentation.markdown(try TestSupport.shippedRuleBase()))
        #expect(RuleDocumentation.dot(ruleBase) == RuleDocumentation.dot(try TestSupport.shippedRuleBase()))
    }

    @Test func markdownNamesEveryRuleSourceAndAssumption() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        let markdown = RuleDocumentation.markdown(ruleBase)
        for rule in ruleBase.rules {
            #expect(markdown.contains("#### `\(rule.id)`"), "rule \(rule.id)")
            switch rule.provenance {
            case .claims(let claims):
                let ids = claims.map { "`\($0.id)`" }.joined(separator: ", ")
                #expect(markdown.contains("**Source:** \(Markdown.escaped(rule.provenance.source ?? "")), claims \(ids)"), "claims of \(rule.id)")
            case .source(let citation):
                #expect(markdown.contains("**Source:** \(Markdown.escaped(citation))"), "source of \(rule.id)")
            case .assumption(let rationale):
                #expect(markdown.contains(Markdown.escaped(rationale)), "assumption of \(rule.id)")
            }
        }
        for question in ruleBase.questions {
            #expect(markdown.contains(Markdown.escaped(question.ask)))
            for choice in question.choices { #expect(markdown.contains("| `\(choice.value)` |")) }
        }
        for option in ruleBase.options { #expect(markdown.contains("**\(option.name)** (`\(option.id)`)")) }
    }

    @Test func markdownPhrasesConditionsAndGroupsByTheme() throws {
        let markdown = RuleDocumentation.markdown(try TestSupport.shippedRuleBase())
        #expect(markdown.contains("- **When:** the number of users is 16 or more\n- **Points:** +4 Managed services provider, −4 Break-fix shop"))
        #expect(markdown.contains("- **When:** variable bills is “wants a fixed monthly cost”"))
        #expect(markdown.contains("- **When:** always\n- **Caveat (only when the recommendation is Break-fix shop or Sole proprietor):**"))
        let themes = [
            "### Backups", "### How you want to pay", "### Network complexity", "### Cost of downtime",
            "### In-house IT", "### Preventive care", "### Size of the business",
        ]
        let positions = themes.compactMap { markdown.range(of: "\n\($0)\n")?.lowerBound }
        #expect(positions.count == themes.count)
        #expect(positions == positions.sorted())
    }

    @Test func rulesWithoutThemeComeLastUnderOtherRules() throws {
        let ruleBase = try Self.awkwardRuleBase()
        let markdown = RuleDocumentation.markdown(ruleBase)
        let themed = try #require(markdown.range(of: "### Say \"hi\""))
        let other = try #require(markdown.range(of: "### Other rules"))
        #expect(themed.lowerBound < other.lowerBound)
        #expect(markdown.contains("**Assumption** (the article is silent): Quotes \"and\" back\\\\slashes."))
        // A line break in a text would end the list item: texts are kept on one line.
        #expect(markdown.contains("- **Why:** Loose. On two lines.\n"))
    }

    /// Quotes, backslashes and line breaks in any label are escaped in the DOT output.
    @Test func dotEscapesQuotesAndBackslashes() throws {
        let dot = RuleDocumentation.dot(try Self.awkwardRuleBase())
        #expect(dot.contains(#"label="Say \"hi\"""#))
        #expect(dot.contains(#"label="The \"big\" shop\n(shop)""#))
        #expect(dot.contains(#"Caveat: Mind the \"quote\" and the \\\nbackslash."#))
        #expect(RuleDocumentation.dotQuote("a\"b\\c\nd\u{1}e") == #""a\"b\\c\nd e""#)
        // Outside quoted strings there are only ids, keywords and punctuation: every quote is paired.
        for line in dot.split(separator: "\n") {
            let unescaped = line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "")
            #expect(unescaped.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
        }
    }

    @Test func dotDrawsPointsCaveatsAndClusters() throws {
        let dot = RuleDocumentation.dot(try TestSupport.shippedRuleBase())
        #expect(dot.hasPrefix("digraph rules {\n"))
        #expect(dot.contains(#""question:users" -> "rule:more_than_fifteen_users";"#))
        #expect(dot.contains(##""rule:more_than_fifteen_users" -> "option:managed_services" [label="+4", color="#2e7d32""##))
        #expect(dot.contains(##""rule:more_than_fifteen_users" -> "option:break_fix" [label="−4", color="#c62828""##))
        #expect(dot.contains(#""rule:backups_unwatched" [shape=note"#))
        #expect(dot.contains(#""rule:technician_turnover" -> "option:break_fix" [label="caveat if recommended", style=dashed"#))
        #expect(dot.contains(#"subgraph "cluster_7" {"#))
        #expect(dot.contains(#"label="Size of the business";"#))
    }

    @Test(.enabled(if: dotPath != nil, "Graphviz's dot is not installed"))
    func graphvizRendersTheGraph() throws {
        for ruleBase in [try TestSupport.shippedRuleBase(), try Self.awkwardRuleBase()] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try #require(Self.dotPath))
            process.arguments = ["-Tsvg"]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data(RuleDocumentation.dot(ruleBase).utf8))
            try input.fileHandleForWriting.close()
            let group = DispatchGroup()
            nonisolated(unsafe) var errorData = Data()
            DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
            let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            group.wait()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(String(decoding: errorData, as: UTF8.self))")
            #expect(String(decoding: errorData, as: UTF8.self).isEmpty)
            #expect(svg.contains("<svg"))
        }
    }

    /// A rule base whose texts hold quotes, backslashes and Markdown characters, with a rule without theme.
    static func awkwardRuleBase() throws -> RuleBase {
        try TestSupport.ruleBase([
            "base.yaml": """
            articles:
              - {name: "Guide", sections: ["The \\"intro\\""]}
            options:
              - {id: shop, name: "The \\"big\\" shop", description: "A *shop* | with pipes."}
              - {id: msp, name: MSP, description: A provider.}
            questions:
              - {id: users, type: integer, min: 1, unit: users, label: Number of users, ask: How many?, why: Size.}
              - {id: backups, type: boolean, label: "Backups \\"checked\\"", ask: Checked?, why: Data.}
            """,
            "rules/a.yaml": """
            theme: Say "hi"
            rules:
              - id: big
                when: users > 10 and (backups or users > 20)
                points: {shop: -2, msp: 3}
                because: Big.
                source: Guide, The "intro"
              - id: warn
                when: not backups
                caveat: Mind the "quote" and the \\ backslash.
                if_recommended: shop
                because: Care.
                source: Guide, The "intro"
            """,
            "rules/b.yaml": """
            rules:
              - id: loose
                when: "true"
                points: {shop: 1}
                because: "Loose.\nOn two lines."
                assumption: Quotes "and" back\\slashes.
            """,
        ])
    }
}
