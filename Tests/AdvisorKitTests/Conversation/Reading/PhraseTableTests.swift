import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Phrases found in a line: the longest wins where they overlap, intensifiers inside are passed over.
@Suite struct PhraseTableTests {
    static let table = PlainAnswerReader.PhraseTable<String>([
        (["not", "much"], "little"), (["much"], "much"), (["a", "lot"], "a lot"), (["not", "a", "big", "deal"], "minor"),
        (["big", "deal"], "major"),
    ])

    static func found(_ text: String) -> [String] {
        table.longestMatches(in: PlainAnswerReader.TypedLine(text).keys).map(\.value)
    }

    @Test func theLongestPhraseWins() {
        #expect(Self.found("not a big deal") == ["minor"])
        #expect(Self.found("a big deal") == ["major"])
        #expect(Self.found("not much, a lot") == ["little", "a lot"])
    }

    @Test func intensifiersInsideAPhraseArePassedOver() {
        #expect(Self.found("not that much") == ["little"])
        #expect(Self.found("not really a big deal") == ["minor"])
        #expect(Self.found("really not much") == ["little"], "an intensifier before a phrase is not part of it")
        #expect(Self.found("not a big old deal") == ["minor"], "describing words too")
    }

    @Test func phrasesNeverCrossAMark() {
        #expect(Self.found("not, much") == ["much"])
    }

    @Test(arguments: [
        ("backups", "backup"), ("companies", "company"), ("verified", "verify"), ("paying", "pay"), ("checked", "check"),
        ("stopped", "stop"), ("calling", "call"), ("crashes", "crash"), ("bus", "bus"), ("thing", "thing"), ("needed", "need"),
        ("restoring", "restor"), ("restores", "restor"), ("restore", "restor"), ("site", "site"), ("agree", "agree"),
    ])
    func stems(word: String, stem: String) {
        #expect(WordScanner.stem(word) == stem)
    }

    @Test func phraseWordsAreScannedAndStemmed() {
        #expect(WordScanner.phraseWords("Don't mind the BILLS!") == ["dont", "mind", "the", "bill"])
        #expect(WordScanner.phraseWords("?!").isEmpty)
    }

    /// A phrase inside a longer one that lost to an overlapping phrase is not read alone.
    @Test func aPhraseInsideALosingOneIsNotReadAlone() {
        let table = PlainAnswerReader.PhraseTable<String>([
            (["a", "server"], "server"), (["server", "in", "the", "cupboard"], "cupboard"), (["small"], "small"),
        ])
        let found = { (text: String) in table.longestMatches(in: PlainAnswerReader.TypedLine(text).keys).map(\.value) }
        #expect(found("a small server in the cupboard") == ["cupboard"])
        #expect(found("a small server") == ["server"])
        #expect(found("small, with a server in the cupboard") == ["small", "cupboard"])
    }
}
