import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// "I don't know" as an answer: `skip` (and `pass`) leave a question open, the chat moves on, and
/// when only such questions could change the outcome it gives the conditional advice.
@Suite struct DontKnowTests {
    typealias Chat = ConversationTests

    static func index(_ id: String, _ chat: Conversation) throws -> QuestionIndex {
        try #require(chat.ruleBase.questionIndex(id))
    }

    /// Answers each question as `script` says (by question id) until the chat stops asking.
    static func interview(_ chat: inout Conversation, _ script: [String: String]) throws -> ChatReply {
        var reply = ChatReply()
        var turns = 0
        while let question = Chat.id(chat), turns < 12 {
            reply = chat.handle(try #require(script[question], "asked \(question)"))
            turns += 1
        }
        return reply
    }

    /// 12 users who accept variable bills, nobody checks the backups, some servers, who want
    /// proactive care — and no idea what a day of downtime costs.
    static let twelveUsers = [
        "users": "12", "variable_bills": "fine", "backup_monitoring": "no", "network_complexity": "some servers",
        "downtime_cost": "skip", "proactive_care": "yes",
    ]

    @Test func skipLeavesTheQuestionOpenAndMovesOn() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        let skipped = try #require(chat.currentQuestion)
        let reply = Chat.text(chat.handle("skip"))
        #expect(chat.dontKnow == [skipped])
        #expect(chat.answers[skipped] == nil)
        #expect(chat.currentQuestion != skipped)
        #expect(chat.currentQuestion != nil, "another question that matters is asked")
        #expect(reply.contains("Noted: \(chat.ruleBase.questions[skipped].label.lowercased()): don't know."))
    }

    /// `skip`, `pass` and a direct call of `markUnknown` (the reader's way in) do the same.
    @Test func passIsSkipAndBothCallMarkUnknown() throws {
        var chats = try (0..<3).map { _ in try Chat.conversation() }
        for index in chats.indices {
            _ = chats[index].start()
            _ = chats[index].handle("12")
        }
        let question = try #require(chats[0].currentQuestion)
        _ = chats[0].handle("skip")
        _ = chats[1].handle("pass")
        _ = chats[2].markUnknown(question)
        for chat in chats {
            #expect(chat.dontKnow == [question])
            #expect(chat.currentQuestion == chats[2].currentQuestion)
        }
    }

    @Test func aQuestionLeftOpenIsNotAskedAgainAndAnswersShowsIt() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        var asked: [String] = []
        var turns = 0
        while let question = Chat.id(chat), turns < 12 {
            asked.append(question)
            _ = chat.handle(question == "users" ? "12" : "skip")
            turns += 1
        }
        #expect(Set(asked).count == asked.count, "asked twice: \(asked)")
        #expect(chat.currentQuestion == nil)
        let review = Chat.text(chat.handle("answers"))
        for id in asked where id != "users" {
            let label = try chat.ruleBase.questions[Self.index(id, chat)].label.lowercased()
            #expect(review.contains("\(label): don't know"), "\(review)")
        }
    }

    @Test func backUndoesASkipLikeAnAnswer() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        let skipped = try #require(chat.currentQuestion)
        _ = chat.handle("skip")
        let reply = Chat.text(chat.handle("back"))
        #expect(chat.currentQuestion == skipped)
        #expect(chat.dontKnow.isEmpty)
        #expect(reply.contains("Took back your answer about \(chat.ruleBase.questions[skipped].label.lowercased())."))
        _ = chat.handle("back")
        #expect(Chat.id(chat) == "users")
    }

    @Test func skipWithoutAQuestionSaysSo() throws {
        var chat = try Chat.conversation(["users": "40", "variable_bills": "prefer_fixed", "backup_monitoring": "yes"])
        _ = chat.start()
        #expect(chat.currentQuestion == nil)
        #expect(Chat.text(chat.handle("skip")).contains("There is no question to skip now."))
        #expect(chat.dontKnow.isEmpty)
    }

    @Test func restartForgetsWhatWasLeftOpen() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        _ = chat.handle("skip")
        _ = chat.handle("restart")
        #expect(chat.dontKnow.isEmpty)
        #expect(Chat.id(chat) == "users")
    }

    @Test func aFactStatedLaterAnswersAQuestionLeftOpen() throws {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let backups = try #require(engine.ruleBase.questionIndex("backup_monitoring"))
        var chat = Conversation(engine: engine, dontKnow: [backups])
        _ = chat.start()
        _ = chat.handle("12 users and nobody checks the backups")
        #expect(chat.answers[backups] == .boolean(false))
        #expect(chat.dontKnow.isEmpty)
    }

    @Test func onlyDontKnowsLeftGivesTheConditionalAdvice() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        let given = try Self.interview(&chat, Self.twelveUsers)
        let reply = Chat.text(given)
        #expect(chat.currentQuestion == nil)
        #expect(
            reply.contains(
                "SUMMARY CONDITIONAL If cost of downtime is “a lot; work stops and money is lost”: Managed services provider; otherwise: Break-fix shop."),
            "\(reply)")
        let summary = try #require(given.summary)
        #expect(summary.nextSteps == "Type change cost of downtime when you know it, or how for the full reasoning.")
    }

    @Test func whyHowCostsAndWhyNotWorkOnTheConditionalAdvice() throws {
        var chat = try ConversationCostsTests.conversation()
        _ = chat.start()
        _ = try Self.interview(&chat, Self.twelveUsers)
        let why = Chat.text(chat.handle("why"))
        #expect(why.contains("The recommendation depends on cost of downtime, which you left open. The article finds fixing what broke"))
        // how: the full conditional reasoning, with the rules by id.
        let howReply = chat.handle("how")
        #expect(howReply.summary == nil)
        guard case .conditional(let conditional)? = howReply.blocks.first else {
            Issue.record("how gives the conditional advice")
            return
        }
        let how = TextRenderer(width: 80).render(conditional)
        #expect(how.hasPrefix("Recommendation: it depends on cost of downtime"))
        #expect(how.contains("Whatever the answer"))
        #expect(how.contains("rule managed_does_upkeep"))
        let costs = chat.handle("costs")
        #expect(costs.blocks.contains { if case .costs = $0 { true } else { false } })
        #expect(
            Chat.text(chat.handle("why-not managed")).contains(
                "Managed services provider would be recommended if cost of downtime is “a lot; work stops and money is lost”."
            ))
        #expect(Chat.text(chat.handle("why-not in house")).contains("In-house IT would not be recommended whatever your answers"))
        #expect(
            Chat.text(chat.handle("thanks")).hasPrefix(
                "The recommendation depends on cost of downtime. Tell me the answer when you know it (or type change cost of downtime)"))
        // Said in plain words, the open answer is offered as a change that settles it.
        #expect(
            Chat.text(chat.handle("an outage would cost us a fortune"))
                == "That makes cost of downtime “a lot”. The recommendation would be Managed services provider. Change it? (yes/no)")
        // Settled now, the chat asks about the backups, which decide a caveat of the advice.
        _ = chat.handle("yes")
        #expect(Chat.id(chat) == "backup_monitoring")
        let settled = chat.handle("nobody does")
        #expect(Chat.text(settled).contains("SUMMARY ADVICE managed_services"))
        #expect(chat.dontKnow.isEmpty)
    }

    @Test func changeRevisitsAQuestionLeftOpen() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = try Self.interview(&chat, Self.twelveUsers)
        let downtime = try Self.index("downtime_cost", chat)
        _ = chat.handle("change downtime_cost")
        #expect(chat.currentQuestion == downtime)
        #expect(!chat.dontKnow.contains(downtime))
        // Settled now, the chat asks about the backups, which decide a caveat of the advice.
        _ = chat.handle("a lot")
        #expect(Chat.id(chat) == "backup_monitoring")
        let answered = chat.handle("no")
        #expect(Chat.text(answered).contains("SUMMARY ADVICE managed_services"))
        let caveats = answered.blocks.flatMap { block -> [String] in
            guard case .advice(let advice) = block else { return [] }
            return advice.caveats.map { advice.ruleBase.rules[$0].id }
        }
        #expect(caveats.contains("backups_unwatched"))
    }

    @Test func saveWritesNullForDontKnowAndTheChatTakesItBack() throws {
        var chat = try Chat.conversation()
        _ = chat.start()
        _ = try Self.interview(&chat, Self.twelveUsers)
        guard case .save(_, let contents, _)? = chat.handle("save answers.json").effect else {
            Issue.record("save gave no effect")
            return
        }
        #expect(contents.contains(#""downtime_cost": null"#), "\(contents)")
        let decoded = try AnswerFile.decode(Data(contents.utf8), path: "answers.json", ruleBase: chat.ruleBase)
        #expect(decoded.answers == chat.answers)
        #expect(Set(decoded.unknown) == chat.dontKnow)
        var resumed = Conversation(engine: chat.engine, answers: decoded.answers, dontKnow: Set(decoded.unknown))
        let start = Chat.text(resumed.start())
        #expect(start.contains("cost of downtime: don't know"))
        #expect(resumed.currentQuestion == nil, "nothing is asked: only a don't-know could change the outcome")
    }
}
