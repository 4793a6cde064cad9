import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Which words negate, and how far a negation reaches.
@Suite struct NegationTests {
    static func negations(_ text: String) -> [String] {
        let line = PlainAnswerReader.TypedLine(text)
        return PlainAnswerReader.negations(in: line.all, outside: []).compactMap { line.keys[$0] }
    }

    @Test func negatingWords() {
        #expect(Self.negations("nobody checks them, we haven't time") == ["nobody", "havent"])
        #expect(Self.negations("we don't mind") == [], "“don't mind” is a yes")
        #expect(Self.negations("big bills wouldn't really worry us") == [])
        #expect(Self.negations("hardly ever") == ["hardly"])
    }

    @Test func aNegationReachesTheEndOfItsClause() {
        let line = PlainAnswerReader.TypedLine("no servers and we use the cloud, fixed")
        let starts = PlainAnswerReader.negationClauseStarts(line)
        let negations = PlainAnswerReader.negations(in: line.all, outside: [])
        let at = { (word: String) in line.keys.firstIndex(of: word).map { $0..<$0 + 1 } ?? 0..<0 }
        let negated = { (word: String) in
            PlainAnswerReader.isNegated(at(word), negations: negations, turnDowns: [], clauseStarts: starts, keys: line.keys)
        }
        #expect(negated("servers"))
        #expect(!negated("cloud"), "“and we” starts a clause of its own")
        #expect(!negated("fixed"), "a comma ends the clause")
    }

    @Test func aNegationRightAfterAPhraseNegatesIt() {
        let line = PlainAnswerReader.TypedLine("fixed isn't for us")
        let negations = PlainAnswerReader.negations(in: line.all, outside: [])
        #expect(
            PlainAnswerReader.isNegated(0..<1, negations: negations, turnDowns: [], clauseStarts: PlainAnswerReader.negationClauseStarts(line), keys: line.keys)
        )
    }

    @Test func turnDownWordsReachForwardOnly() {
        let line = PlainAnswerReader.TypedLine("hourly rather than fixed")
        let turnDowns = PlainAnswerReader.turnDowns(in: line.all, outside: [])
        let starts = PlainAnswerReader.negationClauseStarts(line)
        #expect(!PlainAnswerReader.isNegated(0..<1, negations: [], turnDowns: turnDowns, clauseStarts: starts, keys: line.keys))
        #expect(PlainAnswerReader.isNegated(3..<4, negations: [], turnDowns: turnDowns, clauseStarts: starts, keys: line.keys))
    }

    @Test func withoutReachesOnlyWhatFollowsItClosely() throws {
        #expect(try ReaderFixture.read("we can't do anything without them", "downtime_cost") == .answer(ReaderFixture.choice("downtime_cost", "high")))
        #expect(try ReaderFixture.read("nothing gets done without them", "downtime_cost") == .answer(ReaderFixture.choice("downtime_cost", "high")))
        #expect(
            try ReaderFixture.read("we'd rather be without fixed monthly fees", "variable_bills")
                != .answer(ReaderFixture.choice("variable_bills", "prefer_fixed")))
    }

    /// A negation denied (litotes) is a yes: "it's not like we never check".
    @Test(arguments: [
        "it's not like we never check them", "there's not a week goes by that I don't check the backups",
        "it's not as if nobody tests them", "we never skip it, not a day goes by that we don't check",
    ])
    func aDeniedNegationIsAYes(text: String) throws {
        #expect(try ReaderFixture.read(text, "backup_monitoring") == .answer(.boolean(true)), "\(text)")
    }

    @Test func litotesLeavesOtherNegationsAlone() throws {
        #expect(try ReaderFixture.read("I can't see why we wouldn't want that", "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("can't see why not", "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("nobody checks them, not like the old days", "backup_monitoring") == .answer(.boolean(false)))
        #expect(try ReaderFixture.read("Mark checks them every week without fail", "backup_monitoring") == .answer(.boolean(true)))
    }
}
