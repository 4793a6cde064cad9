import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The rule base's words compiled for the reader.
@Suite struct VocabularyTests {
    static let location = SourceLocation(file: "x.yaml", line: 1, column: 1)

    static func question(_ id: String, _ kind: Question.Kind, mentions: [String] = [], phrases: [AnswerPhrase] = []) -> Question {
        Question(id: id, label: id, ask: "?", why: "", kind: kind, location: location, mentions: mentions, phrases: phrases)
    }

    @Test func answersComeFromValuesLabelsAliasesAndPhrases() {
        let tier = Self.question(
            "tier",
            .choice([
                Choice(value: "gold_plus", label: "the best", aliases: ["top"], phrases: ["money is no object"]),
                Choice(value: "bronze", label: "cheap", aliases: []),
            ]))
        let vocabulary = PlainAnswerReader.Vocabulary([tier])
        let line = PlainAnswerReader.TypedLine("money is no object, the best, gold plus, top, cheap")
        let values = vocabulary.answers[0].longestMatches(in: line.stems).map(\.value)
        #expect(values == [.choice(0), .choice(0), .choice(0), .choice(0), .choice(1)])
    }

    /// A phrase that names two questions names neither; a number question's unit names it.
    @Test func sharedMentionsNameNeither() {
        let users = Self.question("users", .integer(range: 1...Int.max, unit: "users"), mentions: ["staff"])
        let sites = Self.question("sites", .integer(range: 1...Int.max, unit: "sites"), mentions: ["staff", "office"])
        let vocabulary = PlainAnswerReader.Vocabulary([users, sites])
        let line = PlainAnswerReader.TypedLine("users staff offices")
        #expect(vocabulary.mentions.longestMatches(in: line.stems).map(\.value) == [0, 1])
    }

    @Test func wordsForTwoAnswersGiveNone() {
        let count = Self.question(
            "n", .integer(range: 1...9, unit: nil), phrases: [AnswerPhrase("a pair", means: .integer(2)), AnswerPhrase("A pair!", means: .integer(3))])
        #expect(PlainAnswerReader.Vocabulary([count]).answers[0].allMatches(in: PlainAnswerReader.TypedLine("a pair").stems).isEmpty)
    }

    /// Misspellings are read against the question's own words, as typed, and the general words of its kind.
    @Test func lexiconsAndKnownWords() {
        let backups = Self.question("backups", .boolean, mentions: ["backups"], phrases: [AnswerPhrase("we test a restore", means: .boolean(true))])
        let vocabulary = PlainAnswerReader.Vocabulary([backups])
        #expect(vocabulary.lexicons[0].isSuperset(of: ["test", "restore", "nobody", "absolutely"]))
        #expect(vocabulary.knownWords.isSuperset(of: ["backups", "restore", "probably", "twelve"]))
    }
}
