import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The reader's English added for issue 24's "Read more": stretched yes and no, a negated no,
/// questions asked back about how one could know, the tense a phrase is said in, the nearest of
/// several near spellings, the owner's companions in a count, and pairs said the other way round.
@Suite struct ReadMoreTests {
    @Test(arguments: ["nooo", "Nooope!", "nahhh", "noo, never"])
    func aStretchedNoIsANo(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .answer(.boolean(false)), "\(text)")
    }

    @Test(arguments: ["yeahhh", "yesss please", "yeees", "yeppp"])
    func aStretchedYesIsAYes(text: String) throws {
        #expect(try ReaderFixture.read(text, "proactive_care") == .answer(.boolean(true)), "\(text)")
    }

    @Test func onlyYesAndNoAreUnstretched() {
        #expect(PlainAnswerReader.unstretched("nooo") == "no")
        #expect(PlainAnswerReader.unstretched("good") == "good", "'god' is no yes or no")
        #expect(PlainAnswerReader.unstretched("too") == "too", "a word of the reader's own")
        #expect(PlainAnswerReader.unstretched("noon") == "noon")
    }

    @Test(arguments: ["I wouldn't turn it down", "can't see why not", "don't see why not"])
    func aNoTurnedDownIsAYes(text: String) throws {
        #expect(try ReaderFixture.read(text, "proactive_care") == .answer(.boolean(true)), "\(text)")
    }

    /// "I wouldn't say no" is no no; read neither way, it is asked again.
    @Test(arguments: ["I wouldn't say no", "we haven't got no one for that"])
    func aNegatedNoIsNotANo(text: String) throws {
        let reading = try ReaderFixture.read(text, "proactive_care")
        #expect(reading != .answer(.boolean(false)) && reading != .unsure(.boolean(false)), "\(text): \(reading)")
    }

    @Test(arguments: [
        "how would we even tell?", "how do I measure that?", "How could I possibly count them?", "how can I say?",
        "how would I put a number on it?", "how am I supposed to judge that?",
    ])
    func askingBackHowToKnowIsADontKnow(text: String) throws {
        for id in ["users", "variable_bills", "backup_monitoring", "downtime_cost"] {
            #expect(try ReaderFixture.read(text, id) == .dontKnow, "\(id): \(text)")
        }
    }

    @Test(arguments: ["how much would that cost?", "how would that work?", "how would I put it?", "how do you mean?"])
    func otherQuestionsAskedBackAreNotUnderstood(text: String) throws {
        #expect(try ReaderFixture.read(text, "proactive_care") == .notUnderstood, "\(text)")
    }

    @Test func aPhraseMaySayWould() throws {
        #expect(try ReaderFixture.read("customers would walk away", "downtime_cost") == ReaderFixture.choice("downtime_cost", "high").answerReading)
        let keys = PlainAnswerReader.TypedLine("nothing would get done").stems
        #expect(PlainAnswerReader.end(of: WordScanner.phraseWords("nothing gets done"), in: keys, at: 0) == 4)
    }

    @Test func theNearestOfSeveralNearWordsIsTaken() {
        #expect(TyposTests.corrected("moderatly", lexicon: ["moderate", "moderately"]) == ["moderately"])
        #expect(TyposTests.corrected("chek", lexicon: ["check", "cheek"]) == ["chek"], "two as near: none")
    }

    /// "me, my brother and 4 staff": the companion of "me and my brother" counts one more.
    @Test func theOwnersCompanionsAreCounted() throws {
        #expect(try ReaderFixture.read("me, my brother and 4 staff", "users") == .unsure(.integer(6)))
        #expect(try ReaderFixture.read("myself, an assistant and two technicians", "users") == .unsure(.integer(4)))
        #expect(try ReaderFixture.read("me and 4 staff", "users") == .unsure(.integer(5)), "no companion")
    }

    @Test(arguments: ["my son and me", "the missus and me, no one else", "just my dad and me"])
    func aPairSaidTheOtherWayRound(text: String) throws {
        // "the missus" is no phrase of the rule files: the list is counted, and confirmed.
        let expected: Interpretation = text.contains("missus") ? .unsure(.integer(2)) : .answer(.integer(2))
        #expect(try ReaderFixture.read(text, "users") == expected, "\(text)")
    }
}

extension AnswerValue {
    /// This value read for sure.
    fileprivate var answerReading: Interpretation { .answer(self) }
}
