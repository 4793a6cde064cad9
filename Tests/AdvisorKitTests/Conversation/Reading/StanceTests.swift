import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// How sure the owner sounds: "I don't know" and what it governs, hedges, doubt.
@Suite struct StanceTests {
    static func stance(_ text: String, frequencies: Bool = false) -> PlainAnswerReader.Stance {
        PlainAnswerReader.stance(in: PlainAnswerReader.TypedLine(text).all, claimed: [], frequencies: frequencies)
    }

    @Test(arguments: [
        "I don't know", "no idea", "not sure", "I'm not so sure", "not 100% sure", "haven't a clue", "beats me", "skip", "pass please", "next question",
        "I wouldn't have a clue", "haven't got the faintest idea",
    ])
    func saysIDontKnow(text: String) {
        #expect(Self.stance(text).dontKnow, "\(text)")
    }

    /// A don't-know asked back as a question is a don't-know; another question asked back is not understood.
    @Test(arguments: ["who knows?", "how would I know?", "how am I supposed to know?", "who can say?"])
    func aDontKnowAskedBackSaysIt(text: String) {
        for question in DefaultRules.ruleBase.questions {
            #expect(PlainAnswerReader.read(text, for: question) == .dontKnow, "\(text) for \(question.id)")
        }
        #expect(PlainAnswerReader.read("what do you mean?", for: DefaultRules.ruleBase.questions[0]) == .notUnderstood)
        #expect(PlainAnswerReader.read("how would that work?", for: DefaultRules.ruleBase.questions[0]) == .notUnderstood)
    }

    /// "skip" and "pass" mean "don't know" only when the line says nothing else.
    @Test func skipOnlyOnItsOwn() {
        #expect(!Self.stance("we skip the backups").dontKnow)
        #expect(!Self.stance("we pass the cost on").dontKnow)
    }

    @Test func iDontKnowGovernsTheRestOfItsClause() throws {
        let line = PlainAnswerReader.TypedLine("I don't know if fixed is better, probably hourly")
        let stance = PlainAnswerReader.stance(in: line.all, claimed: [])
        let fixed = try #require(line.keys.firstIndex(where: { $0 == "fixed" }))
        let hourly = try #require(line.keys.firstIndex(where: { $0 == "hourly" }))
        #expect(stance.unasserted.contains(fixed))
        #expect(!stance.excluded.contains(hourly))
        #expect(stance.hedged)
    }

    @Test func hedgesAndDoubt() {
        #expect(Self.stance("probably").hedged)
        #expect(Self.stance("I guess").hedged)
        #expect(!Self.stance("about 12").hedged, "an approximate number is not a hedge")
        #expect(Self.stance("it depends").doubtful)
        #expect(!Self.stance("sometimes").doubtful, "frequencies count only for yes-or-no questions")
        #expect(Self.stance("sometimes", frequencies: true).doubtful)
        #expect(Self.stance("yes if it's cheap", frequencies: true).doubtful)
    }

    /// A hedge inside a phrase of the rule files is part of the phrase ("barely matters").
    @Test func claimedWordsAreNotAStance() {
        let line = PlainAnswerReader.TypedLine("barely matters")
        #expect(PlainAnswerReader.stance(in: line.all, claimed: [0, 1]).hedged == false)
        #expect(PlainAnswerReader.stance(in: line.all, claimed: []).hedged)
    }

    /// More ways of not knowing: not decided, not the one to ask, would rather not say.
    @Test(arguments: [
        "haven't made my mind up on that one", "I don't know, haven't thought about it", "I really wouldn't know",
        "you're asking the wrong person", "I'd rather not go into that", "you'd have to ask my nephew",
    ])
    func moreDontKnows(text: String) throws {
        #expect(try ReaderFixture.read(text, "proactive_care") == .dontKnow, "\(text)")
    }

    /// "if I'm honest" is no condition, and leaning is a hedge.
    @Test func fillersAndLeaning() throws {
        #expect(try ReaderFixture.read("probably not, if I'm honest", "backup_monitoring") == .unsure(.boolean(false)))
        #expect(try ReaderFixture.read("I'd lean towards yes", "proactive_care") == .unsure(.boolean(true)))
        #expect(try ReaderFixture.read("yes if it's cheap", "proactive_care") == .notUnderstood, "a condition still is one")
    }
}
