import Foundation
import PseudoTerminalTesting
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Owner phrasings of every shipped question, read as the chat reads them (the line typed while
/// that question is asked, with facts about other questions): written fresh for these tests, the
/// way small-business owners talk — plain, hedged, negated, misspelt, numbers in words, several
/// facts in one line, sentences about another topic, "I don't know".
///
/// Fixtures (`Fixtures/reader/`, one JSON object a line: `ask`, `say`, `expect`, `kind`, `facts`):
/// - `owner-phrasings.jsonl`: the first corpus the reader was improved against;
/// - `blind-phrasings.jsonl`: sets written blind by helpers who saw only the questions, their
///   answers and the fixture format, never the reader or its words, each measured before the
///   reader was improved against it, then joined to the corpus: six sets one after another (210,
///   240, 240, 300, 300 and 300 lines; 68.6, 74.6, 81.2, 83.7, 87.0 and 88.3 % read right), then
///   four written side by side in different voices (1,200 lines: tradespeople, professional
///   offices, shops and cafés typing on phones, owners whose first language is not English;
///   82.6 % together), then four more (1,200 lines: terse replies, lines stating several
///   answers, varieties of English, managers answering for the owner; 86.9 %), then two more
///   rounds of four (older owners telling stories, North American owners, phone typing, owners
///   qualifying everything: 84.3 %; tech founders, Irish, Scottish and Antipodean idiom,
///   comparisons and feelings, formal practices: 86.6 %), then four more (a general mix, lines
///   stating several answers, unsure owners: 91.3 %), then three (900 lines: counts with their
///   breakdowns and schedules, 87.0 %; one-phrase and chatty replies, 75.7 %; cautious and mixed
///   feelings, 84.0 %). Where a writer left out a fact the line plainly states, or read "I'd
///   rather not say" or "how do I tell?" as no answer rather than a skip, or read a line against
///   other writers (a phrase the rule files list, hedged), the line was corrected (eighty-four
///   lines);
/// - `held-out.jsonl`: written after the first corpus and not tuned on (issue 24's earlier
///   reading work saw which of its kinds were declined);
/// - `held-out-2.jsonl`: 150 lines written blind, the same way as the blind corpus, before any
///   of issue 24's later reading work, and never tuned on or corrected: the honest measure;
/// - `held-out-3.jsonl`: 150 lines written blind the same way before the last two rounds of
///   reading work (84.0 % read right then, 6 misread), never tuned on or corrected;
/// - `held-out-4.jsonl`: 150 lines written blind the same way before the last three rounds of
///   reading work (90.0 % read right then, 2 misread), never tuned on or corrected;
/// - `held-out-5.jsonl`: 150 lines written blind the same way before the last round (86.0 %
///   read right then, 2 misread), never tuned on or corrected;
/// - `issue-13-examples.jsonl`: the examples of the issue that asked for all this.
///
/// `expect` is an answer as in answer files ("12", "yes", "prefer_fixed"), the same with "?" when
/// the line only makes it probable (the chat must confirm it), "dontknow", or "declined" when no
/// answer should be taken. A misread — a wrong answer or fact, a sure answer taken from a hedge, a
/// "don't know" where the owner said something else — fails the test.
@Suite struct OwnerPhrasingsTests {
    struct Phrasing: Decodable {
        var ask: String
        var say: String
        var expect: String
        var kind: String
        var facts: [String: String]?
    }

    /// How one phrasing was read.
    enum Outcome: Equatable {
        /// The expected answer, sure or (as expected or not) confirmed first; "I don't know"; or
        /// no answer where none should be taken.
        case read, confirmed, dontKnow, declinedAsExpected
        /// No answer (or a fact missing) where one was expected: the chat asks again.
        case declined
        /// A wrong answer or fact, or a hedged answer taken without confirming.
        case misread(String)
    }

    static let ruleBase: RuleBase? = try? TestSupport.shippedRuleBase()

    static func phrasings(_ name: String) throws -> [Phrasing] {
        let url = PackageFolder.root.appendingPathComponent("Tests/AdvisorKitTests/Fixtures/reader/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Phrasing.self, from: Data($0.utf8)) }
    }

    /// An answer as written in the fixtures.
    static func spell(_ value: AnswerValue, of question: Question) -> String {
        if case .boolean(let flag) = value { return flag ? "yes" : "no" }
        return question.spelling(of: value)
    }

    static func outcome(of phrasing: Phrasing, in ruleBase: RuleBase, _ vocabulary: PlainAnswerReader.Vocabulary) -> Outcome {
        guard let asked = ruleBase.questionIndex(phrasing.ask) else { return .misread("no question \(phrasing.ask)") }
        let reading = PlainAnswerReader.read(phrasing.say, asking: asked, in: vocabulary)
        let question = ruleBase.questions[asked]
        let unsure = phrasing.expect.hasPrefix("?")
        let expected = unsure ? String(phrasing.expect.dropFirst()) : phrasing.expect
        var outcome: Outcome
        switch reading.answer {
        case .answer(let value):
            let got = spell(value, of: question)
            outcome = got != expected ? .misread("read as \(got)") : unsure ? .misread("taken without confirming") : .read
        case .unsure(let value):
            let got = spell(value, of: question)
            outcome = got == expected ? .confirmed : .misread("asked to confirm \(got)")
        case .dontKnow:
            outcome = expected == "dontknow" ? .dontKnow : .misread("read as don't know")
        case .ambiguous, .notUnderstood:
            outcome = expected == "declined" ? .declinedAsExpected : .declined
        }
        let expectedFacts = phrasing.facts ?? [:]
        for fact in reading.facts {
            let other = ruleBase.questions[fact.question]
            let got = spell(fact.value, of: other)
            if expectedFacts[other.id] != got { return .misread("noted \(other.id): \(got)") }
        }
        if case .misread = outcome { return outcome }
        if expectedFacts.count > reading.facts.count { return .declined }
        return outcome
    }

    /// Reads every phrasing of `file`; returns the misreads and a line of figures.
    static func score(_ file: String) throws -> (figures: String, misreads: [String], right: Double, count: Int) {
        let ruleBase = try #require(ruleBase)
        let vocabulary = PlainAnswerReader.Vocabulary(ruleBase.questions)
        let phrasings = try phrasings(file)
        var counts: [String: Int] = [:]
        var misreads: [String] = []
        var declined: [String] = []
        for phrasing in phrasings {
            switch outcome(of: phrasing, in: ruleBase, vocabulary) {
            case .read: counts["sure", default: 0] += 1
            case .confirmed: counts["confirmed", default: 0] += 1
            case .dontKnow: counts["dontknow", default: 0] += 1
            case .declinedAsExpected: counts["declinedAsExpected", default: 0] += 1
            case .declined:
                counts["declined", default: 0] += 1
                declined.append("\(phrasing.ask): \(phrasing.say)")
            case .misread(let why):
                counts["misread", default: 0] += 1
                misreads.append("\(phrasing.ask): “\(phrasing.say)” \(why), expected \(phrasing.expect)")
            }
        }
        let right = ["sure", "confirmed", "dontknow", "declinedAsExpected"].reduce(0) { $0 + counts[$1, default: 0] }
        let share = Double(right) / Double(max(1, phrasings.count))
        let figures =
            "\(file): \(phrasings.count) phrasings; \(right) read right (\(String(format: "%.1f", share * 100)) %: "
            + "\(counts["sure", default: 0]) sure, \(counts["confirmed", default: 0]) confirmed first, "
            + "\(counts["dontknow", default: 0]) \"don't know\", \(counts["declinedAsExpected", default: 0]) rightly declined); "
            + "\(counts["declined", default: 0]) declined (asked again); \(counts["misread", default: 0]) misread"
        print(figures)
        if ProcessInfo.processInfo.environment["ADVISOR_SHOW_DECLINED"] == "1" {
            for line in declined { print("  declined: \(line)") }
        }
        return (figures, misreads, share, phrasings.count)
    }

    @Test(arguments: [("owner-phrasings.jsonl", 300), ("blind-phrasings.jsonl", 3_900)])
    func theCorpusIsReadWithoutAMisread(file: String, size: Int) throws {
        let score = try Self.score(file)
        #expect(score.count >= size)
        #expect(score.misreads.isEmpty, "\(score.misreads.joined(separator: "\n"))")
        #expect(score.right >= 0.95, "\(score.figures)")
    }

    /// Not tuned on: their figures are the honest measure (TheGuidedChat). A new misread fails
    /// them, and so does reading right less than the share reached when they were last measured
    /// (93.3 % of 135; 92.7 %, 93.3 %, 93.3 % and 86.0 % of 150). The misreads found there stay,
    /// pinned here, for they were found there: in the second set "yeas, Tom tests them monthly" is
    /// taken as a sure yes (its writer would have the misspelt "yeas" confirmed first); in the
    /// third, a hedged "maybe my nephew does" beside "I'm not certain" is read as not knowing, and
    /// a setup of two workshops across town with CNC software as some servers; in the fifth, "bit
    /// of a headache but we'd muddle through" as little harm (its writer: noticeable, confirmed),
    /// and "2 volunteers on the one laptop" as a fact that the setup is simple, which its writer
    /// left out.
    static let heldOutSets: [(file: String, size: Int, share: Double, misreads: [String])] = [
        ("held-out.jsonl", 135, 0.933, []),
        (
            "held-out-2.jsonl", 150, 0.926,
            ["backup_monitoring: “yeas, Tom tests them monthly” taken without confirming, expected ?yes"]
        ),
        (
            "held-out-3.jsonl", 150, 0.933,
            [
                "backup_monitoring: “Maybe my nephew does when he pops in, I'm not certain.” read as don't know, expected ?yes",
                "network_complexity: “So we've got the main office with a dozen desktops, then the two workshops across town each with a "
                    + "machine running the CNC software, a server in the office that does the files and the accounts, and the vans have "
                    + "tablets that sync back to it all.” read as moderate, expected complex",
            ]
        ),
        ("held-out-4.jsonl", 150, 0.933, []),
        (
            "held-out-5.jsonl", 150, 0.86,
            [
                "downtime_cost: “Bit of a headache but we'd muddle through” read as low, expected ?medium",
                "downtime_cost: “Low impact, we're a tiny charity shop with 2 volunteers on the one laptop” noted network_complexity: simple, expected low",
            ]
        ),
    ]

    @Test(arguments: heldOutSets.indices)
    func theHeldOutSetsAreReadWithoutANewMisread(set: Int) throws {
        let (file, size, share, misreads) = Self.heldOutSets[set]
        let score = try Self.score(file)
        #expect(score.count >= size)
        #expect(score.misreads == misreads, "\(score.misreads.joined(separator: "\n"))")
        #expect(score.right >= share, "\(score.figures)")
    }

    /// Issue 24's goal: at least 95 % of the held-out phrasings read right. Not met (91.7 % of
    /// the five sets together): the expectation is recorded as a known issue, so the suite stays
    /// green while it fails, and this test fails as soon as the goal is met, to have the
    /// known-issue wrapper taken away.
    @Test func theHeldOutSetsAreReadRightNineteenTimesInTwenty() throws {
        let scores = try Self.heldOutSets.map { try Self.score($0.file) }
        let right = scores.reduce(0) { $0 + $1.right * Double($1.count) } / Double(scores.reduce(0) { $0 + $1.count })
        withKnownIssue("held-out reading is below issue 24's 95 % goal") {
            #expect(right >= 0.95, "\(scores.map(\.figures).joined(separator: "\n"))")
        }
    }

    @Test func theIssuesExamplesAreReadRight() throws {
        let score = try Self.score("issue-13-examples.jsonl")
        #expect(score.misreads.isEmpty, "\(score.misreads.joined(separator: "\n"))")
        #expect(score.right == 1, "\(score.figures)")
    }

    /// Every phrasing is of a shipped question, with facts about shipped questions, and every
    /// kind of phrasing is there for every question.
    @Test func theCorpusCoversEveryQuestionAndKind() throws {
        let ruleBase = try #require(Self.ruleBase)
        let phrasings = try Self.phrasings("owner-phrasings.jsonl") + Self.phrasings("blind-phrasings.jsonl")
        for question in ruleBase.questions {
            let kinds = Set(phrasings.filter { $0.ask == question.id }.map(\.kind))
            #expect(kinds.isSuperset(of: ["plain", "hedged", "negated", "typo", "several", "other", "dontknow"]), "\(question.id): \(kinds)")
        }
        for phrasing in phrasings {
            #expect(ruleBase.questionIndex(phrasing.ask) != nil, "\(phrasing.say)")
            for id in (phrasing.facts ?? [:]).keys { #expect(ruleBase.questionIndex(id) != nil, "\(phrasing.say)") }
        }
    }
}
