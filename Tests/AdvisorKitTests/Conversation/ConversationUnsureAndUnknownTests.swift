import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// An unsure reading is confirmed before it is taken, and "I don't know" leaves a question open.
@Suite struct ConversationUnsureAndUnknownTests {
    typealias Chat = ConversationTests

    /// A conversation past the number of users, asking about variable bills.
    static func askingAboutBills() throws -> Conversation {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        _ = chat.handle("change variable_bills")
        #expect(Chat.id(chat) == "variable_bills")
        return chat
    }

    @Test func anUnsureReadingIsConfirmedAndYesTakesIt() throws {
        var chat = try Self.askingAboutBills()
        let bills = try #require(chat.ruleBase.questionIndex("variable_bills"))
        let asked = Chat.text(chat.handle("probably a fixed fee"))
        #expect(asked == "Did you mean: wants a fixed monthly cost? (yes/no)")
        #expect(chat.answers[bills] == nil, "not taken before the owner says yes")
        #expect(Chat.text(chat.handle("")) == asked, "an empty line asks again")
        _ = chat.handle("yes")
        #expect(chat.answers[bills] == .choice(1))
        #expect(Chat.id(chat) != "variable_bills")
    }

    @Test func noAsksTheQuestionAgainWithExamples() throws {
        var chat = try Self.askingAboutBills()
        _ = chat.handle("I guess hourly")
        let reply = Chat.text(chat.handle("no"))
        #expect(
            reply == """
                All right. Which is closest? Type its number, or say it in your own words.
                1. occasional, sometimes large bills are fine
                2. wants a fixed monthly cost
                3. no strong preference
                How do you feel about IT bills that change from month to month?
                """)
        #expect(chat.answers[try #require(chat.ruleBase.questionIndex("variable_bills"))] == nil)
        #expect(Chat.id(chat) == "variable_bills")
    }

    /// Anything but a yes or a no is read as a new line: another answer, or a command.
    @Test func anotherAnswerInsteadOfYesOrNoIsReadAsSuch() throws {
        var chat = try Self.askingAboutBills()
        _ = chat.handle("prefer fixd")
        _ = chat.handle("hourly is fine")
        #expect(chat.answers[try #require(chat.ruleBase.questionIndex("variable_bills"))] == .choice(0))
    }

    @Test func aYesOrNoQuestionsUnsureReadingNamesTheQuestion() throws {
        var chat = try Chat.conversation(["users": "12", "variable_bills": "accept"])
        _ = chat.start()
        _ = chat.handle("change backup_monitoring")
        #expect(Chat.text(chat.handle("probably not")) == "Did you mean: backup monitoring: no? (yes/no)")
        _ = chat.handle("yes")
        #expect(chat.answers[try #require(chat.ruleBase.questionIndex("backup_monitoring"))] == .boolean(false))
    }

    @Test func iDontKnowMovesOnAndNeverAsksThatQuestionAgain() throws {
        var chat = try Self.askingAboutBills()
        let bills = try #require(chat.ruleBase.questionIndex("variable_bills"))
        let reply = Chat.text(chat.handle("no idea"))
        #expect(reply.hasPrefix("Noted: variable bills: don't know."))
        #expect(chat.dontKnow == [bills])
        #expect(chat.answers[bills] == nil)
        var turns = 0
        while let question = chat.currentQuestion, turns < 10 {
            #expect(question != bills)
            let kind = chat.ruleBase.questions[question].kind
            _ = chat.handle(kind == .boolean ? "no" : "skip")
            turns += 1
        }
        #expect(chat.currentQuestion == nil)
    }

    @Test func changeReopensADontKnowAndBackTakesItBack() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        let asked = try #require(chat.currentQuestion)
        _ = chat.handle("not sure")
        #expect(chat.dontKnow == [asked])
        let name = chat.ruleBase.questions[asked].label.lowercased()
        #expect(Chat.text(chat.handle("back")).contains("Took back your answer about \(name)."))
        #expect(chat.dontKnow.isEmpty)
        #expect(chat.currentQuestion == asked)
        _ = chat.handle("pass")
        #expect(chat.currentQuestion != asked)
        _ = chat.handle("change \(chat.ruleBase.questions[asked].id)")
        #expect(chat.dontKnow.isEmpty)
        #expect(chat.currentQuestion == asked)
    }

    /// When only questions the owner does not know could change it, the chat gives the conditional advice.
    @Test func whenOnlyUnknownQuestionsAreLeftTheChatSaysWhatTheyDecide() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        var reply = ChatReply()
        var turns = 0
        while chat.currentQuestion != nil, turns < 10 {
            reply = chat.handle("I don't know")
            turns += 1
        }
        let text = Chat.text(reply)
        #expect(chat.currentQuestion == nil)
        #expect(!chat.dontKnow.isEmpty)
        #expect(text.contains("CONDITIONAL "), "the conditional advice: \(text)")
        #expect(Chat.text(chat.handle("hello")).hasPrefix("The recommendation depends on "))
    }

    /// Facts stated beside an unsure answer are sure, so they are noted at once.
    @Test func sureFactsBesideAnUnsureAnswerAreNoted() throws {
        var chat = try Self.askingAboutBills()
        let reply = Chat.text(chat.handle("probably fixed, and nobody checks the backups"))
        #expect(reply.contains("Noted: backup monitoring: no."))
        #expect(reply.hasSuffix("Did you mean: wants a fixed monthly cost? (yes/no)"))
        #expect(chat.answers[try #require(chat.ruleBase.questionIndex("backup_monitoring"))] == .boolean(false))
    }
}
