import Foundation
import Testing
@testable import AdvisorKit

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
        "", "maybe", "not sure", "I'm not sure", "I don't know", "i do not know", "no idea", "dunno", "sometimes",
        "it depends", "kind of", "yes if it's cheap", "really", "hello", "backups", "why?", "yes?", "do we?",
        "what do you mean", "🙂", "\u{0}\u{1}", "12", "on and off", "probably not", "no problem", "not always",
        "we used to", "ok", "whatever", "sure?", "we don't know", "never mind", "nobody knows?",
        String(repeating: "a", count: 10_000),
    ]

    @Test(arguments: notYesOrNo)
    func doesNotGuessYesOrNo(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .notUnderstood, "\(text.prefix(60))")
    }
}
