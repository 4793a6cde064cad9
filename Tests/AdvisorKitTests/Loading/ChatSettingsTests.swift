import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The chat's opening from the rule base: `intro:` and `first_question:`, with located errors.
@Suite struct ChatSettingsTests {
    let loader = RuleBaseLoaderTests()

    static let small = ["base.yaml": SmallRuleBase.base, "questions.yaml": SmallRuleBase.questions, "rules.yaml": RuleBaseLoaderTests.rules]

    static func load(_ files: [String: String]) throws -> RuleBase {
        try RuleBaseLoader.load(TestSupport.ruleFiles(small.merging(files) { $1 })).0
    }

    @Test func introAndFirstQuestionAreRead() throws {
        let ruleBase = try Self.load(["chat.yaml": "intro: Let's find you some help.\nfirst_question: backups\n"])
        #expect(ruleBase.intro == "Let's find you some help.")
        #expect(ruleBase.firstQuestion == ruleBase.questionIndex("backups"))
        let plain = try Self.load([:])
        #expect(plain.intro == nil && plain.firstQuestion == nil)
        let docs = RuleDocumentation.markdown(ruleBase)
        #expect(docs.contains("The chat greets the owner with “Let's find you some help.”, followed by the options' names. It asks about **backups** first"))
        #expect(RuleDocumentation.markdown(plain).contains("\n\nIt asks about **users** first"))
    }

    @Test func theShippedRulesHaveAnIntro() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        #expect(ruleBase.intro?.hasPrefix("I'll ask a few questions") == true)
        #expect(DefaultRules.ruleBase.intro == ruleBase.intro)
    }

    @Test func anUnknownFirstQuestionIsLocatedWithASuggestion() {
        loader.expectError(
            ["chat.yaml": "intro: Hello.\nfirst_question: backup\n"], code: "unknown-question", at: "chat.yaml:2:17",
            mentioning: ["first_question names 'backup'", "did you mean 'backups'?", "users, backups"])
    }

    @Test func eachKeyStandsOnceInTheRuleBase() {
        loader.expectError(
            ["chat.yaml": "intro: Hello.\n", "more.yaml": "intro: Hi again.\n"], code: "duplicate-id", at: "more.yaml:1:8",
            mentioning: ["'intro' is already given at chat.yaml:1:8", "one file only"])
        loader.expectError(
            ["chat.yaml": "first_question: users\n", "more.yaml": "first_question: users\n"], code: "duplicate-id",
            at: "more.yaml:1:17", mentioning: ["'first_question' is already given"])
    }

    @Test func wrongShapesAreErrors() {
        loader.expectError(["chat.yaml": "intro: [a, b]\n"], code: "wrong-type", at: "chat.yaml:1:8", mentioning: ["'intro'", "must be text"])
        loader.expectError(["chat.yaml": "first_question: Users\n"], code: "bad-identifier", at: "chat.yaml:1:17", mentioning: ["'Users'"])
        loader.expectError(
            ["chat.yaml": "intro_text: Hello.\n"], code: "unknown-key", at: "chat.yaml:1:1", mentioning: ["'intro_text'", "intro, first_question"])
    }
}
