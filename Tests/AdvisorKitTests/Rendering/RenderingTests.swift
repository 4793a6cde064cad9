import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The renderers' building blocks, and each format on one piece of advice.
@Suite struct RenderingTests {
    static func advice(_ pairs: [String: String]) throws -> Advice {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        return try engine.advise(try TestSupport.answers(pairs, in: engine.ruleBase))
    }

    static let twelve = [
        "users": "12", "variable_bills": "accept", "backup_monitoring": "no",
        "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": "no",
    ]

    @Test func wrappingRespectsWidthAndIndents() {
        let lines = TextWrapping.wrap("one two three four five six seven", width: 12, indent: "* ", hangingIndent: "  ")
        #expect(lines == ["* one two", "  three four", "  five six", "  seven"])
        #expect(TextWrapping.wrap("", width: 10, indent: "  ") == ["  "])
        // A word longer than the width stands alone rather than being cut.
        #expect(TextWrapping.wrap("a verylongwordindeed b", width: 8) == ["a", "verylongwordindeed", "b"])
    }

    @Test func colourOnlyWhenAsked() throws {
        let advice = try Self.advice(Self.twelve)
        #expect(!TextRenderer(width: 80, colors: false).render(advice).contains("\u{1B}["))
        let coloured = TextRenderer(width: 80, colors: true).render(advice)
        #expect(coloured.contains("\u{1B}[1;32mBreak-fix shop\u{1B}[0m"))
    }

    @Test func textNamesEveryFiredRuleWithItsSource() throws {
        let advice = try Self.advice(Self.twelve)
        // Compare with line breaks and indentation folded away: wrapping may split a detail line.
        let text = TextRenderer(width: 80).render(advice).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        for index in advice.reasons + advice.caveats {
            let rule = advice.ruleBase.rules[index]
            #expect(text.contains("rule \(rule.id) · \(AdvicePhrasing.provenance(rule.provenance))"))
        }
        #expect(text.contains("Runner-up: Managed services provider, 5 points behind."))
        #expect(text.contains("• Number of users: 16 to 99 users → Managed services provider would lead."))
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let advice = try Self.advice(Self.twelve)
        let data = Data(JSONRenderer.render(advice).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["recommendation"] as? String == "break_fix")
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(ranking.map { $0["option"] as? String } == ["break_fix", "managed_services", "sole_proprietor", "in_house"])
        #expect(ranking.map { $0["score"] as? Int } == [9, 4, -4, -6])
        let caveats = try #require(json["caveats"] as? [[String: Any]])
        #expect(caveats.first?["rule"] as? String == "backups_unwatched")
        let changes = try #require(json["what_would_change"] as? [[String: Any]])
        #expect(changes.first?["question"] as? String == "users")
        #expect(changes.first?["min"] as? Int == 16)
        #expect((json["answers"] as? [String: Any])?["backup_monitoring"] as? Bool == false)
        #expect(json["unanswered"] as? [String] == [])
        let reasons = try #require(json["reasons"] as? [[String: Any]])
        let sized = try #require(reasons.first { $0["rule"] as? String == "small_to_mid_size" })
        #expect((sized["interpretation"] as? String)?.hasPrefix("The article puts no numbers on small and mid-sized") == true)
        #expect((sized["claims"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["fits_small_mid", "several_fixes_at_once"])
        #expect(sized["source"] as? String == "Break-Fix model, Why they're a good fit")
        let assumed = try #require(reasons.first { $0["rule"] as? String == "too_small_for_staff" })
        #expect(assumed["interpretation"] is NSNull && (assumed["claims"] as? [Any])?.isEmpty == true && assumed["assumption"] is String)
    }

    /// Every reason and caveat whose rule holds a number the article does not give shows how we
    /// read the article, under it, in text and Markdown.
    @Test func interpretationsAreShownUnderTheirReasons() throws {
        let advice = try Self.advice(Self.twelve)
        let text = TextRenderer(width: 80).render(advice).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        let markdown = MarkdownRenderer.render(advice)
        var shown = 0
        for index in advice.reasons + advice.caveats {
            let rule = advice.ruleBase.rules[index]
            guard let interpretation = rule.interpretation else { continue }
            shown += 1
            let line = AdvicePhrasing.interpretation(interpretation)
            #expect(text.contains("· \(AdvicePhrasing.provenance(rule.provenance)) \(line)"), "\(rule.id) in text")
            #expect(
                markdown.contains("\(Markdown.escaped(AdvicePhrasing.provenance(rule.provenance))))*\n  - *\(Markdown.escaped(line))*"),
                "\(rule.id) in Markdown")
        }
        #expect(shown >= 3)
    }

    @Test func jsonEscapesControlCharactersAndQuotes() {
        let value = JSONValue.object([("text", .string("a \"quote\", a \\ and\na\tbreak\u{1}"))])
        #expect(value.compact() == #"{"text":"a \"quote\", a \\ and\na\tbreak\u0001"}"#)
        let parsed = try? JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: String]
        #expect(parsed?["text"] == "a \"quote\", a \\ and\na\tbreak\u{1}")
    }

    @Test func phrasingOfRangesAndPoints() {
        #expect(AdvicePhrasing.numbers(16...Int.max, unit: "users") == "16 or more users")
        #expect(AdvicePhrasing.numbers(1...10, unit: "users") == "1 to 10 users")
        #expect(AdvicePhrasing.numbers(5...5, unit: nil) == "5")
        #expect(AdvicePhrasing.signed(4) == "+4")
        #expect(AdvicePhrasing.signed(-4) == "−4")
    }
}
