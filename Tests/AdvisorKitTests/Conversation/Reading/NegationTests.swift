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
            PlainAnswerReader.isNegated(at(word), negations: negations, turnDowns: [], clauseStarts: starts)
        }
        #expect(negated("servers"))
        #expect(!negated("cloud"), "“and we” starts a clause of its own")
        #expect(!negated("fixed"), "a comma ends the clause")
    }

    @Test func aNegationRightAfterAPhraseNegatesIt() {
        let line = PlainAnswerReader.TypedLine("fixed isn't for us")
        let negations = PlainAnswerReader.negations(in: line.all, outside: [])
        #expect(PlainAnswerReader.isNegated(0..<1, negations: negations, turnDowns: [], clauseStarts: PlainAnswerReader.negationClauseStarts(line)))
    }

    @Test func turnDownWordsReachForwardOnly() {
        let line = PlainAnswerReader.TypedLine("hourly rather than fixed")
        let turnDowns = PlainAnswerReader.turnDowns(in: line.all, outside: [])
        let starts = PlainAnswerReader.negationClauseStarts(line)
        #expect(!PlainAnswerReader.isNegated(0..<1, negations: [], turnDowns: turnDowns, clauseStarts: starts))
        #expect(PlainAnswerReader.isNegated(3..<4, negations: [], turnDowns: turnDowns, clauseStarts: starts))
    }
}
