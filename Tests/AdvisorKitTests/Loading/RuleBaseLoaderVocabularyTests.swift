import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The chat's vocabulary in the rule files (`mentions`, `phrases`, choices' `aliases` and
/// `phrases`): read as written, every mistake located, and words the chat could not tell apart
/// reported — an error within one question, a warning across two.
extension RuleBaseLoaderTests {
    /// The two small questions with vocabulary; `users` phrases on line 6, `backups` phrases on line 13.
    static let vocabularyQuestions = """
        questions:
          - id: users
            type: integer
            min: 1
            mentions: [people, staff]
            phrases: {1: [just me, on my own], 2: [me and my partner]}
            label: Users
            ask: How many?
            why: Size matters.
          - id: backups
            type: boolean
            mentions: [backup]
            phrases: {yes: [we test a restore], no: [fingers crossed]}
            label: Backups
            ask: Are backups checked?
            why: Data matters.
        """

    @Test func vocabularyIsReadAsWritten() throws {
        let (ruleBase, warnings) = try RuleBaseLoader.load(
            TestSupport.ruleFiles(
                ["base.yaml": Self.base, "questions.yaml": Self.vocabularyQuestions, "rules.yaml": Self.rules]))
        #expect(warnings.isEmpty)
        let users = try #require(ruleBase.question("users"))
        #expect(users.mentions == ["people", "staff"])
        // Each phrase keeps where it is written, so that `rules check` can point at it.
        func at(_ line: Int, _ column: Int) -> AdvisorModel.SourceLocation { .init(file: "questions.yaml", line: line, column: column) }
        #expect(
            users.phrases == [
                AnswerPhrase("just me", means: .integer(1), at: at(6, 19)), AnswerPhrase("on my own", means: .integer(1), at: at(6, 28)),
                AnswerPhrase("me and my partner", means: .integer(2), at: at(6, 44)),
            ])
        let backups = try #require(ruleBase.question("backups"))
        #expect(
            backups.phrases == [
                AnswerPhrase("we test a restore", means: .boolean(true), at: at(13, 21)),
                AnswerPhrase("fingers crossed", means: .boolean(false), at: at(13, 46)),
            ])
        let choices = Self.choiceQuestion(
            """
                  - {value: fixed, label: Fixed, aliases: [flat], phrases: [same every month]}
                  - {value: hourly, label: Hourly}
            """)
        let budget = try #require(try TestSupport.ruleBase(["base.yaml": Self.base, "questions.yaml": choices, "rules.yaml": Self.rules]).question("budget"))
        #expect(budget.choices.map(\.phrases) == [["same every month"], []])
    }

    @Test func phrasesOfAChoiceQuestionGoUnderItsChoices() {
        let questions = Self.choiceQuestion(
            """
                  - {value: fixed, label: Fixed}
            """
        ).replacingOccurrences(of: "    type: choice\n", with: "    type: choice\n    phrases: {yes: [sure]}\n")
        expectError(
            ["questions.yaml": questions], code: "unexpected-key", at: "questions.yaml:15:14",
            mentioning: ["'phrases' of question 'budget' go under each of its choices"])
    }

    @Test func yesOrNoPhrasesNeedYesOrNo() {
        let questions = Self.vocabularyQuestions.replacingOccurrences(of: "{yes: [we test", with: "{yse: [we test")
        expectError(
            ["questions.yaml": questions], code: "unknown-key", at: "questions.yaml:13:15",
            mentioning: ["unknown answer 'yse'", "question 'backups'", "did you mean 'yes'?"])
    }

    @Test func numberPhrasesNeedWholeNumbers() {
        let questions = Self.vocabularyQuestions.replacingOccurrences(of: "{1: [just me", with: "{one: [just me")
        expectError(
            ["questions.yaml": questions], code: "wrong-type", at: "questions.yaml:6:15",
            mentioning: ["must be whole numbers, found 'one'"])
    }

    /// Narrowing a question's range leaves phrases for numbers outside it: a warning, not an error.
    @Test func numberPhrasesOutsideTheRangeAreAWarning() throws {
        let questions = Self.vocabularyQuestions.replacingOccurrences(of: "    min: 1\n", with: "    min: 2\n")
        let (ruleBase, warnings) = try RuleBaseLoader.load(
            TestSupport.ruleFiles(
                ["base.yaml": Self.base, "questions.yaml": questions, "rules.yaml": Self.rules]))
        TestSupport.expectOne(
            .warning, in: warnings, code: "unreachable-phrase", at: "questions.yaml:6:15",
            mentioning: ["give 1", "at least 2", "the chat ignores them"], sourceLocation: #_sourceLocation)
        #expect(ruleBase.question("users")?.phrases.map(\.text) == ["me and my partner"])
    }

    /// The chat reads "fingers-crossed!" as "fingers crossed": one phrase, here for yes and no.
    @Test func aPhraseForTwoAnswersIsAnError() {
        let questions = Self.vocabularyQuestions.replacingOccurrences(of: "{yes: [we test a restore]", with: "{yes: [Fingers-crossed!]")
        expectError(
            ["questions.yaml": questions], code: "ambiguous-alias", at: "questions.yaml:13:45",
            mentioning: ["'fingers crossed' is already a phrase for yes", "question 'backups'"])
    }

    /// Plural endings and apostrophes do not matter to the chat, so these are one phrase.
    @Test func choicePhrasesClashWithAliasesAsTheChatReadsThem() {
        let choices = """
                  - {value: fixed, label: Fixed, aliases: [monthly fee]}
                  - {value: hourly, label: Hourly, phrases: [monthly fees]}
            """
        expectError(
            ["questions.yaml": Self.choiceQuestion(choices)], code: "ambiguous-alias", at: "questions.yaml:20:50",
            mentioning: ["'monthly fees' is already a word for 'fixed'", "question 'budget'"])
    }

    @Test func aMentionListedTwiceIsAnError() {
        let questions = Self.vocabularyQuestions.replacingOccurrences(of: "[people, staff]", with: "[people, staff, Staff's]")
        expectError(
            ["questions.yaml": questions], code: "duplicate-mention", at: "questions.yaml:5:31",
            mentioning: ["'Staff's' names question 'users' twice (as 'staff' already)"])
    }

    @Test func aPhraseWithoutWordsIsAnError() {
        let questions = Self.vocabularyQuestions.replacingOccurrences(of: "[fingers crossed]", with: "[fingers crossed, \"?!\"]")
        expectError(
            ["questions.yaml": questions], code: "empty-value", at: "questions.yaml:13:63",
            mentioning: ["'?!'", "no words the chat could match"])
    }

    /// Across questions, a shared alias or phrase, and a shared mention, are warnings naming both places.
    @Test func wordsSharedByTwoQuestionsAreWarnings() throws {
        let questions = Self.vocabularyQuestions
            .replacingOccurrences(of: "mentions: [backup]", with: "mentions: [backup, staff]")
            .replacingOccurrences(of: "no: [fingers crossed]", with: "no: [fingers crossed, on my own]")
        let (_, warnings) = try RuleBaseLoader.load(
            TestSupport.ruleFiles(
                ["base.yaml": Self.base, "questions.yaml": questions, "rules.yaml": Self.rules]))
        #expect(warnings.map(\.code) == ["shared-mention", "shared-alias"])
        #expect(warnings.map { $0.location?.description ?? "" } == ["questions.yaml:12:24", "questions.yaml:13:63"])
        #expect(warnings.first?.message.contains("'staff' names question 'backups' and question 'users' too ('staff' at questions.yaml:5:24)") == true)
        #expect(
            warnings.last?.message.contains(
                "'on my own' of question 'backups' is also an alias or phrase of question 'users' ('on my own' at questions.yaml:6:28)") == true)
    }

    /// `ordered: true` on a choice question is read; anything but true or false, or on another
    /// kind of question, is an error at the value.
    @Test func orderedChoices() throws {
        let ordered = Self.choiceQuestion("      - {value: low, label: Low}\n      - {value: high, label: High}")
            .replacingOccurrences(of: "    type: choice\n", with: "    type: choice\n    ordered: true\n")
        let (ruleBase, _) = try RuleBaseLoader.load(
            TestSupport.ruleFiles(["base.yaml": Self.base, "questions.yaml": ordered, "rules.yaml": Self.rules]))
        #expect(ruleBase.question("budget")?.ordered == true)
        #expect(ruleBase.question("users")?.ordered == false)
        expectError(
            ["questions.yaml": ordered.replacingOccurrences(of: "ordered: true", with: "ordered: maybe")], code: "wrong-type",
            at: "questions.yaml:15:14", mentioning: ["'ordered' of question 'budget' must be true or false"])
        let onANumber = Self.vocabularyQuestions.replacingOccurrences(of: "    min: 1\n", with: "    min: 1\n    ordered: true\n")
        expectError(
            ["questions.yaml": onANumber], code: "unexpected-key", at: "questions.yaml:5:14",
            mentioning: ["'ordered' applies only to choice questions"])
    }
}

/// Hints: phrases that only make an answer probable, beside `phrases` and under each choice.
extension RuleBaseLoaderTests {
    @Test func hintsAreReadAsWrittenAndMarked() throws {
        let questions = Self.vocabularyQuestions.replacingOccurrences(
            of: "    phrases: {yes: [we test a restore], no: [fingers crossed]}\n",
            with: "    phrases: {yes: [we test a restore], no: [fingers crossed]}\n    hints: {no: [once a year if I remember]}\n")
        let ruleBase = try TestSupport.ruleBase(["base.yaml": Self.base, "questions.yaml": questions, "rules.yaml": Self.rules])
        let backups = try #require(ruleBase.question("backups"))
        #expect(backups.phrases.filter(\.isHint).map(\.text) == ["once a year if I remember"])
        #expect(backups.phrases.filter { !$0.isHint }.map(\.text) == ["we test a restore", "fingers crossed"])
        let choices = Self.choiceQuestion(
            """
                  - {value: fixed, label: Fixed, aliases: [flat], hints: [nickel and dimed]}
                  - {value: hourly, label: Hourly}
            """)
        let budget = try #require(try TestSupport.ruleBase(["base.yaml": Self.base, "questions.yaml": choices, "rules.yaml": Self.rules]).question("budget"))
        #expect(budget.choices.map(\.hints) == [["nickel and dimed"], []])
        #expect(budget.choices[0].hintLocations.count == 1)
    }

    @Test func aHintMayNotRepeatAPhrase() {
        let questions = Self.vocabularyQuestions.replacingOccurrences(
            of: "    phrases: {yes: [we test a restore], no: [fingers crossed]}\n",
            with: "    phrases: {yes: [we test a restore], no: [fingers crossed]}\n    hints: {yes: [fingers crossed]}\n")
        expectError(
            ["questions.yaml": questions], code: "ambiguous-alias", at: "questions.yaml:14:19",
            mentioning: ["'fingers crossed' is already a phrase for no", "question 'backups'"])
    }

    @Test func hintsOfAChoiceQuestionGoUnderItsChoices() {
        let questions = Self.choiceQuestion(
            """
                  - {value: fixed, label: Fixed}
            """
        ).replacingOccurrences(of: "    type: choice\n", with: "    type: choice\n    hints: {yes: [sure]}\n")
        expectError(
            ["questions.yaml": questions], code: "unexpected-key", at: "questions.yaml:15:12",
            mentioning: ["'hints' of question 'budget' go under each of its choices"])
    }
}
