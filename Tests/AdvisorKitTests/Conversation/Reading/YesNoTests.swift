import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Lines read as the answer to a yes-or-no question.
@Suite struct YesNoTests {
    static let yeses: [String] = [
        "yes", "Yes!", "YES", "yep", "yeah", "sure", "of course", "we do", "absolutely", "y", "Y", "true", "correct",
        "yes we do", "yes, my partner checks them every week", "yup, of course", "Absolutely.", "sure thing",
        "my office manager does", "we all do", "that's right", "on", "definitely", "yes please", "of course we do",
    ]

    @Test(arguments: yeses)
    func readsYes(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .answer(.boolean(true)), "\(text)")
        #expect(try ReaderFixture.read(text, "proactive_care") == .answer(.boolean(true)), "\(text)")
    }

    static let noes: [String] = [
        "no", "No.", "nope", "nah", "not really", "never", "nobody", "no one", "we don't", "we dont", "n", "N",
        "false", "nobody checks them", "no one does", "not at all", "of course not", "absolutely not",
        "not true", "no, we don't", "we do not", "nobody does", "off", "no thanks", "nope, never", "not yet",
        "don't", "Definitely not!", "no — no problem with that", "We DON'T.", "we haven't got anyone for that",
        "not regularly",
    ]

    @Test(arguments: noes)
    func readsNo(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .answer(.boolean(false)), "\(text)")
    }

    static let mixedYesNo: [String] = [
        "yes and no", "yes, but nobody checks them", "yes no", "y n", "no, my partner does", "sure, we don't",
        "yeah nah", "someone does, but not regularly", "I'm not the one who checks, my colleague does",
    ]

    @Test(arguments: mixedYesNo)
    func yesAndNoTogetherAreAmbiguous(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .ambiguous([.boolean(true), .boolean(false)]), "\(text)")
    }

    static let notYesOrNo: [String] = [
        "", "maybe", "sometimes", "it depends", "kind of", "yes if it's cheap", "really", "hello", "backups", "why?",
        "do we?", "what do you mean", "🙂", "\u{0}\u{1}", "12", "on and off", "no problem", "not always",
        "we used to", "ok", "whatever", "never mind", "is that needed?", "the backup monitoring",
        String(repeating: "a", count: 10_000),
    ]

    @Test(arguments: notYesOrNo)
    func doesNotGuessYesOrNo(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .notUnderstood, "\(text.prefix(60))")
    }

    static let dontKnows: [String] = [
        "not sure", "I'm not sure", "I don't know", "i do not know", "no idea", "dunno", "we don't know", "no clue",
        "can't say", "skip", "pass", "skip this one please", "next question", "not 100% sure", "I'm not so sure we do",
        "I don't know if they work",
    ]

    @Test(arguments: dontKnows)
    func readsIDontKnow(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .dontKnow, "\(text)")
        #expect(try ReaderFixture.read(text, "proactive_care") == .dontKnow, "\(text)")
    }

    static let unsure: [(String, Bool)] = [
        ("probably not", false), ("I guess so", true), ("I think so", true), ("I don't think so", false),
        ("maybe not", false), ("I think we do", true), ("not sure, probably yes", true), ("hardly ever", false),
        ("yes I think", true), ("nobody, as far as I know", false),
        ("yes?", true), ("sure?", true), ("nobody knows?", false),
    ]

    @Test(arguments: unsure)
    func hedgedAnswersAreUnsure(text: String, expected: Bool) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .unsure(.boolean(expected)), "\(text)")
    }

    /// The rule files' own yes-and-no phrases, and negation reaching them.
    static let ownPhrases: [(String, String, Bool)] = [
        ("backup_monitoring", "Tom restores a test file every month", true),
        ("backup_monitoring", "nobody restores a test file", false),
        ("backup_monitoring", "backups are checked by nobody", false),
        ("backup_monitoring", "fingers crossed", false),
        ("backup_monitoring", "we never test them", false),
        ("proactive_care", "sounds good", true),
        ("proactive_care", "we don't need that", false),
        ("proactive_care", "just when things break", false),
        ("proactive_care", "we'd like that", true),
    ]

    @Test(arguments: ownPhrases)
    func readsTheQuestionsOwnPhrases(id: String, text: String, expected: Bool) throws {
        #expect(try ReaderFixture.read(text, id) == .answer(.boolean(expected)), "\(text)")
    }

    /// "my partner does": "do" ending its clause, or before "that", "it", "every", … is a yes;
    /// inside a clause about something else it is not.
    @Test func doIsAYesOnlyWhenItStandsForTheVerb() throws {
        #expect(try ReaderFixture.read("we do that every week", "backup_monitoring") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("my wife does it", "backup_monitoring") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("we do a lot of printing", "backup_monitoring") == .notUnderstood)
        #expect(try ReaderFixture.read("nobody does", "backup_monitoring") == .answer(.boolean(false)))
    }

    /// "I doubt …" is a guess that it does not happen: a no to confirm; a doubt denied is no no.
    @Test func aDoubtIsAnUnsureNo() throws {
        #expect(try ReaderFixture.read("I doubt anyone looks at them", "backup_monitoring") == .unsure(.boolean(false)))
        #expect(try ReaderFixture.read("I doubt it", "proactive_care") == .unsure(.boolean(false)))
        let denied = try ReaderFixture.read("I don't doubt that my partner checks them", "backup_monitoring")
        #expect(denied != .unsure(.boolean(false)) && denied != .answer(.boolean(false)), "\(denied)")
    }

    /// Refusing to say no, a reactive habit denied, "never again" and a hedged no.
    @Test func moreWaysOfSayingIt() throws {
        #expect(try ReaderFixture.read("Wouldn't say no to that", "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("regular checks wouldn't hurt", "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("Don't just fix it when it falls over - keep an eye on it regularly", "proactive_care") == .answer(.boolean(true)))
        #expect(
            try ReaderFixture.read("Yes - last time the server fell over it took three days to fix, never again", "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("Not that I know of.", "backup_monitoring") == .unsure(.boolean(false)))
        #expect(try ReaderFixture.read("We just want a number to ring when it breaks", "proactive_care") == .answer(.boolean(false)))
    }
}

/// Yes and no read this session's way.
@Suite struct MoreYesNoTests {
    @Test func aDutyNeverMissedIsAYes() throws {
        #expect(try ReaderFixture.read("Never miss a week, I check them myself.", "backup_monitoring") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("There isn't a month goes by that I don't test it.", "backup_monitoring") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("It's not something we neglect, our admin tests a restore every month", "backup_monitoring") == .answer(.boolean(true)))
    }

    @Test func neverAgainTurnsDownTheQuestionsOwnNo() throws {
        #expect(try ReaderFixture.read("Never again the only-when-it-breaks.", "proactive_care") == .unsure(.boolean(true)))
    }

    @Test func whatTheOwnerHasNotTriedBesideNotKnowingIsNoNo() throws {
        #expect(try ReaderFixture.read("I'm not sure, we've never had anything like that before.", "proactive_care") == .dontKnow)
        #expect(try ReaderFixture.read("not sure, we never test them", "backup_monitoring") == .unsure(.boolean(false)))
    }

    @Test func alwaysInADescriptionIsNoYes() throws {
        #expect(try ReaderFixture.read("I couldn't tell you, the computers were always my late husband's department.", "backup_monitoring") == .dontKnow)
        #expect(try ReaderFixture.read("always", "backup_monitoring") == .answer(.boolean(true)))
    }

    @Test func someoneElsesDontKnowIsNotTheOwners() throws {
        let stance = PlainAnswerReader.stance(in: PlainAnswerReader.TypedLine("the lads don't know where they're going").all, claimed: [])
        #expect(!stance.dontKnow)
        #expect(PlainAnswerReader.stance(in: PlainAnswerReader.TypedLine("we don't know").all, claimed: []).dontKnow)
    }
}

/// Small words beside a yes or a no.
@Suite struct MannersTests {
    @Test func pleaseBesideAnotherAnswerIsManners() throws {
        #expect(try ReaderFixture.read("Call-out only, please.", "proactive_care") == .answer(.boolean(false)))
        #expect(try ReaderFixture.read("please", "proactive_care") == .answer(.boolean(true)))
    }

    @Test func nBetweenWordsIsAnd() throws {
        #expect(try ReaderFixture.read("yes pls, updates n that", "proactive_care") == .answer(.boolean(true)))
    }

    @Test func rightNowIsNoYes() throws {
        #expect(try ReaderFixture.facts("right now nobody checks the backups") == ["backup_monitoring: false"])
    }

    @Test func aLoneWithoutIsAnUnsureNo() throws {
        #expect(
            try ReaderFixture.read("it's been fine for years without anyone touching it", "proactive_care") == .unsure(.boolean(false)))
    }
}
