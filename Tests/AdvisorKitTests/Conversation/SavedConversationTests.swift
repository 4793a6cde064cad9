import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The saved conversation: what is kept, how it reads back, and what happens to a damaged file,
/// one from another rule base, and answers that no longer fit.
@Suite struct SavedConversationTests {
    static let moment = Date(timeIntervalSince1970: 1_795_700_000.75)

    /// 12 users, fine with variable bills, proactive care left open, the hourly rate changed.
    static func conversation() throws -> Conversation {
        var chat = try ConversationCostsTests.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        _ = chat.handle("fine")
        _ = chat.handle("assume break_fix_hourly_rate 150")
        _ = chat.handle("change proactive_care")
        _ = chat.handle("skip")
        return chat
    }

    @Test func roundTripRestoresAnswersDontKnowsAndAssumptions() throws {
        let chat = try Self.conversation()
        let saved = try #require(chat.saved(at: Self.moment))
        #expect(saved.answers == ["users": "12", "variable_bills": "accept"])
        #expect(saved.dontKnow == ["proactive_care"])
        #expect(saved.assumptions == ["break_fix_hourly_rate": "150 USD/hour"])
        #expect(saved.savedAt == Date(timeIntervalSince1970: 1_795_700_000), "whole seconds, so it reads back equal")
        let decoded = try SavedConversation.decode(saved.encoded())
        #expect(decoded == saved)
        #expect(decoded.encoded() == saved.encoded(), "the same state gives the same bytes")

        var (restored, dropped) = try Conversation.restoring(decoded, engine: chat.engine, costs: CostAssumptions(model: try #require(chat.costs).model))
        #expect(dropped.isEmpty)
        #expect(restored.answers == chat.answers)
        #expect(restored.dontKnow == chat.dontKnow)
        #expect(restored.costs?.overrides == chat.costs?.overrides)
        let reply = ConversationTests.text(restored.resume())
        #expect(
            reply.hasPrefix(
                "Carrying on where you left off.\nSo far: number of users: 12 users; variable bills: occasional, sometimes large bills are fine; proactive care: don't know."
            ))
        #expect(reply.contains("You changed 1 cost assumption (type assumptions to see them)."))
        #expect(restored.currentQuestion == chat.currentQuestion, "the next question is the one it was on")
    }

    @Test func anEmptyConversationIsNotSaved() throws {
        var chat = try ConversationTests.conversation()
        _ = chat.start()
        #expect(chat.saved(at: Self.moment) == nil)
        _ = chat.handle("12")
        #expect(chat.saved(at: Self.moment) != nil)
        _ = chat.handle("restart")
        #expect(chat.saved(at: Self.moment) == nil)
    }

    @Test func assumptionsGivenOnTheCommandLineWinOverSavedOnes() throws {
        let chat = try Self.conversation()
        let saved = try #require(chat.saved(at: Self.moment))
        var given = CostAssumptions(model: try #require(chat.costs).model)
        try given.assume("break_fix_hourly_rate", "110")
        let (restored, _) = try Conversation.restoring(saved, engine: chat.engine, costs: given)
        #expect(restored.costs?.overrides == given.overrides)
    }

    @Test(arguments: [
        ("", "it is not a JSON object (cut short or damaged)"),
        (#"{"version": 1, "answers": {"users": "#, "it is not a JSON object (cut short or damaged)"),
        ("[1, 2]", "it is not a JSON object (cut short or damaged)"),
        (#"{"answers": {}}"#, "it has no format version"),
        (#"{"version": 2}"#, "it is in format 2, and this advisor reads format 1"),
        (#"{"version": 1, "answers": {}}"#, "it is incomplete or has a value of the wrong type"),
        (
            #"{"version": 1, "savedAt": "yesterday", "questions": [], "answers": {}, "dontKnow": [], "assumptions": {}}"#,
            "it is incomplete or has a value of the wrong type"
        ),
    ])
    func aDamagedFileSaysWhat(text: String, reason: String) {
        #expect(throws: SavedConversationError.damaged(reason)) { try SavedConversation.decode(Data(text.utf8)) }
    }

    @Test func anyBytesDecodeOrFailWithoutATrap() {
        var random = SeededRandom(seed: 7)
        let base = Array((try? Self.conversation().saved(at: Self.moment)?.encoded()) ?? Data())
        for _ in 0..<500 {
            var bytes = base
            for _ in 0..<(1 + random.next() % 4) where !bytes.isEmpty {
                let position = Int(random.next() % UInt64(bytes.count))
                if random.next() % 2 == 0 { bytes.remove(at: position) } else { bytes[position] = UInt8(truncatingIfNeeded: random.next()) }
            }
            _ = try? SavedConversation.decode(Data(bytes))
        }
    }

    @Test func aRuleBaseWithOtherQuestionsIsRefused() throws {
        let saved = try #require(try Self.conversation().saved(at: Self.moment))
        let other = try GreetingTests.shippedRules(editing: "questions.yaml") {
            $0 + "\n  - {id: printers, type: boolean, label: Printers, ask: Do you print much?, why: Printers break.}\n"
        }
        #expect(!saved.fits(other))
        #expect(throws: SavedConversationError.otherRuleBase) { try Conversation.restoring(saved, engine: Engine(ruleBase: other)) }
        #expect(SavedConversationError.otherRuleBase.reason == "it was saved with a rule base that asks other questions")
    }

    @Test func answersThatNoLongerFitAreDroppedWithANote() throws {
        var saved = try #require(try Self.conversation().saved(at: Self.moment))
        saved.answers["variable_bills"] = "monthly"
        let stricter = try GreetingTests.shippedRules(editing: "questions.yaml") { $0.replacingOccurrences(of: "    min: 1\n", with: "    min: 20\n") }
        var (restored, dropped) = try Conversation.restoring(saved, engine: Engine(ruleBase: stricter))
        #expect(
            dropped == ["number of users: 12", "variable bills: monthly", "break_fix_hourly_rate = 150 USD/hour"],
            "no cost model given, so the assumption goes too")
        #expect(restored.answers.unanswered.count == 6)
        #expect(restored.dontKnow == [try #require(stricter.questionIndex("proactive_care"))])
        let reply = ConversationTests.text(restored.resume(dropped: dropped))
        #expect(
            reply.contains(
                "These no longer fit the rules and were dropped: number of users: 12, variable bills: monthly and break_fix_hourly_rate = 150 USD/hour."))
    }

    @Test func theOfferCountsWhatWasSaid() throws {
        let saved = try #require(try Self.conversation().saved(at: Self.moment))
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(
            saved.offer(timeZone: utc)
                == "You have an unfinished conversation from 26 November 2026 at 13:33 with 2 answers, 1 question left open and 1 changed cost assumption. Carry on? (yes/no)"
        )
        var one = saved
        one.answers = ["users": "12"]
        one.dontKnow = []
        one.assumptions = [:]
        #expect(one.offer(timeZone: utc) == "You have an unfinished conversation from 26 November 2026 at 13:33 with 1 answer. Carry on? (yes/no)")
        #expect(
            one.offer(timeZone: utc, othersWaiting: 1)
                == "You have an unfinished conversation from 26 November 2026 at 13:33 with 1 answer. 1 other unfinished conversation waits; it is offered at a later start. Carry on with this one? (yes/no)"
        )
        #expect(one.offer(timeZone: utc, othersWaiting: 2).contains(" 2 other unfinished conversations wait; they are offered at a later start."))
    }

    @Test(arguments: [("yes", true), ("y", true), ("Yes please", true), ("no", false), ("nope", false), ("maybe", nil), ("", nil)] as [(String, Bool?)])
    func theReplyToTheOfferIsYesOrNo(reply: String, expected: Bool?) {
        #expect(SavedConversation.carryOn(reply) == expected)
    }
}
