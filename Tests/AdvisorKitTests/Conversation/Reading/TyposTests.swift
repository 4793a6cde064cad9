import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Misspelt words read as the word of the question they are near.
@Suite struct TyposTests {
    static func corrected(_ text: String, lexicon: Set<String>, known: Set<String> = []) -> [String] {
        let line = PlainAnswerReader.TypedLine(text)
        let fixed = PlainAnswerReader.corrected(line.all, lexicon: lexicon, known: known) ?? line
        return fixed.keys.compactMap { $0 }
    }

    @Test func nearWordsAreRead() {
        let lexicon: Set<String> = ["fixed", "complicated", "yes", "lot", "much", "never"]
        #expect(Self.corrected("fixd fee", lexicon: lexicon) == ["fixed", "fee"])
        #expect(Self.corrected("complcated", lexicon: lexicon) == ["complicated"])
        #expect(Self.corrected("compilcatd", lexicon: lexicon) == ["complicated"], "two edits in a long word")
        #expect(Self.corrected("yse", lexicon: lexicon) == ["yes"])
        #expect(Self.corrected("a lott", lexicon: lexicon) == ["a", "lot"])
        #expect(Self.corrected("not mutch", lexicon: lexicon) == ["not", "much"])
        #expect(Self.corrected("neevr", lexicon: lexicon) == ["never"])
    }

    @Test func farOrKnownWordsAreLeftAlone() {
        let lexicon: Set<String> = ["fixed", "yes", "lot"]
        #expect(Self.corrected("mixed", lexicon: lexicon) == ["mixed"], "another first letter")
        #expect(Self.corrected("fixed", lexicon: lexicon) == ["fixed"])
        #expect(Self.corrected("fined", lexicon: lexicon, known: ["fined"]) == ["fined"], "a word the reader knows")
        #expect(Self.corrected("lit", lexicon: lexicon) == ["lit"], "short words only by swapped letters")
        #expect(Self.corrected("yes", lexicon: lexicon) == ["yes"])
    }

    @Test func twoCandidatesAreNoCorrection() {
        #expect(Self.corrected("chek", lexicon: ["check", "cheek"]) == ["chek"])
        #expect(Self.corrected("restores", lexicon: ["restore"]) == ["restores"], "another form of the word, not a misspelling")
    }

    @Test func longLinesAreNotSearched() {
        let text = String(repeating: "word ", count: PlainAnswerReader.typoWordLimit) + "fixd"
        #expect(PlainAnswerReader.corrected(PlainAnswerReader.TypedLine(text).all, lexicon: ["fixed"], known: []) == nil)
    }

    /// A word of the question with its last letter left off, a short yes or no with a letter
    /// left off, two neighbours swapped in a four-letter word, and the longer of two equally
    /// near words when only one is longer: each read, unsure.
    @Test func moreSlips() throws {
        #expect(
            try ReaderFixture.read("moderat, we've got the one server", "network_complexity")
                == .unsure(try ReaderFixture.choice("network_complexity", "moderate")))
        #expect(try ReaderFixture.read("nop", "proactive_care") == .unsure(.boolean(false)))
        #expect(try ReaderFixture.read("ys, regular checks pls", "proactive_care") == .unsure(.boolean(true)))
        #expect(try ReaderFixture.read("n0", "backup_monitoring") == .unsure(.boolean(false)))
        #expect(try ReaderFixture.read("hgih", "downtime_cost") == .unsure(try ReaderFixture.choice("downtime_cost", "high")))
        #expect(try ReaderFixture.read("thre", "users") == .unsure(.integer(3)))
        #expect(try ReaderFixture.read("we're fourty people", "users") == .unsure(.integer(40)))
        #expect(
            try ReaderFixture.read("we have a coupel of servers", asking: "network_complexity")
                == .unsure(try ReaderFixture.choice("network_complexity", "moderate")))
        #expect(try ReaderFixture.read("my office manager does", "proactive_care") == .answer(.boolean(true)), "a word of its own is no slip")
    }
}
