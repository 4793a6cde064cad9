import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The greeting and the first question come from the rule base, not from Swift.
@Suite struct GreetingTests {
    /// The shipped rule files with `edit` applied to the text of `file`.
    static func shippedRules(editing file: String, _ edit: (String) -> String) throws -> RuleBase {
        var files = try FileReader.ruleFiles(in: TestSupport.rulesFolder).filter { !$0.isTestFile }
        let index = try #require(files.firstIndex { $0.relativePath == file })
        files[index].contents = edit(files[index].contents)
        return try RuleBaseLoader.load(files).0
    }

    static func greeting(_ ruleBase: RuleBase) -> (String, Conversation) {
        var chat = Conversation(engine: Engine(ruleBase: ruleBase))
        let text = ConversationTests.text(chat.start())
        return (text, chat)
    }

    @Test func theShippedGreetingNamesTheFourOptions() throws {
        let (text, _) = Self.greeting(try TestSupport.shippedRuleBase())
        #expect(
            text.hasPrefix(
                "I'll ask a few questions about your business and then recommend how to get IT support. "
                    + "The options are Sole proprietor, Break-fix shop, Managed services provider and In-house IT. "
                    + "Answer in your own words; type help for commands."))
    }

    @Test func aRenamedOptionIsGreetedByItsNewName() throws {
        let ruleBase = try Self.shippedRules(editing: "options.yaml") {
            $0.replacingOccurrences(of: "name: Break-fix shop", with: "name: Repair shop on call")
        }
        let (text, _) = Self.greeting(ruleBase)
        #expect(text.contains("The options are Sole proprietor, Repair shop on call, Managed services provider and In-house IT."))
        #expect(!text.contains("Break-fix shop"))
    }

    @Test func theIntroComesFromTheRulesAndMayBeLeftOut() throws {
        let custom = try Self.shippedRules(editing: "options.yaml") {
            $0.replacingOccurrences(
                of: "intro: I'll ask a few questions about your business and then recommend how to get IT support.",
                with: "intro: Tell me about your office and I'll suggest who should look after it")
        }
        #expect(Self.greeting(custom).0.hasPrefix("Tell me about your office and I'll suggest who should look after it. The options are"))
        let none = try Self.shippedRules(editing: "options.yaml") {
            $0.replacingOccurrences(of: "intro: I'll ask a few questions about your business and then recommend how to get IT support.\n", with: "")
        }
        #expect(none.intro == nil)
        #expect(Self.greeting(none).0.hasPrefix("I'll ask a few questions and then recommend one of the options. The options are"))
    }

    @Test func theFirstQuestionIsTheExplicitOneElseTheFirstDefined() throws {
        let explicit = try Self.shippedRules(editing: "questions.yaml") { "first_question: downtime_cost\n" + $0 }
        let (text, chat) = Self.greeting(explicit)
        #expect(chat.currentQuestion == explicit.questionIndex("downtime_cost"))
        #expect(text.contains("When your computers are down for a day"))
        // Without the key, the first question in questions.yaml, whatever its id: here proactive care, moved up.
        let reordered = try Self.shippedRules(editing: "questions.yaml") { text in
            guard let last = text.range(of: "  - id: proactive_care"), let first = text.range(of: "  - id: users") else { return text }
            let moved = String(text[last.lowerBound...]).trimmingCharacters(in: .newlines) + "\n\n"
            var rest = String(text[..<last.lowerBound])
            rest.insert(contentsOf: moved, at: first.lowerBound)
            return rest
        }
        let proactive = try #require(reordered.questionIndex("proactive_care"))
        #expect(proactive == 0)
        #expect(Self.greeting(reordered).1.currentQuestion == proactive)
    }
}
