import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Facts about several questions in one line.
@Suite struct FactsTests {
    static let lineFacts: [(String, [String])] = [
        ("12 users and nobody checks the backups", ["users: 12", "backup_monitoring: false"]),
        (
            "We're 25 people, we'd like a fixed monthly fee and nobody checks backups",
            ["users: 25", "variable_bills: prefer_fixed", "backup_monitoring: false"]
        ),
        ("about twenty staff; our network is complicated", ["users: 20", "network_complexity: complex"]),
        ("we have 8 employees and we do check our backups", ["users: 8", "backup_monitoring: true"]),
        ("users: 14", ["users: 14"]),
        ("a dozen people, downtime costs us a lot", ["users: 12", "downtime_cost: high"]),
        (
            "no proactive care needed, backups are checked by nobody",
            ["backup_monitoring: false", "proactive_care: false"]
        ),
        ("bills can vary, that's fine", ["variable_bills: accept"]),
        ("we don't care about the bills", ["variable_bills: no_preference"]),
        ("the backups? yes, my partner checks them", []),
        ("one hundred and twenty users", ["users: 120"]),
        ("Twelve users. Nobody checks the backups!", ["users: 12", "backup_monitoring: false"]),
        ("12 users and backups: never checked", ["users: 12", "backup_monitoring: false"]),
        ("we have a server", ["network_complexity: moderate"]),
        ("backups are checked by our partner", ["backup_monitoring: true"]),
        ("a steady monthly amount on the bills suits us", ["variable_bills: prefer_fixed"]),
        ("14 colleagues, all in the cloud", ["users: 14", "network_complexity: simple"]),
        ("outages would cost us a fortune", ["downtime_cost: high"]),
        ("Tom restores a test file from the backups every month", ["backup_monitoring: true"]),
    ]

    @Test(arguments: lineFacts)
    func findsFactsInALine(text: String, expected: [String]) throws {
        #expect(try ReaderFixture.facts(text) == expected, "\(text)")
    }

    static let noFacts: [String] = [
        "", "hello", "12", "yes", "no", "fixed", "complicated", "nobody", "🙂", "\u{0}",
        "between 10 and 20 users", "10-20 users", "5 or 6 users", "10 to 15 people",
        "more than 12 users", "at least 12 staff", "12+ users", "12 users or more", "a few users", "7.5 users",
        "12 staff per site", "12 computers", "what is a backup?", "does anyone check backups?",
        "I'm not sure about backups", "backups sometimes", "maybe we check the backups",
        "nobody takes care of proactive backups", "we have 12", "we want fixed", "we lose money",
        "it's fine", "that's ok", "the backup monitoring", "nobody complains", "my colleague checks",
        "I think the backups are checked", "backups are sometimes checked", "the bills are fine, maybe",
        "0 users", "-3 users", "99999999999999999999 users", "users 12 13",
        "fixed or hourly bills", "we don't want a fixed fee on our bills",
        "12 users?",
        String(repeating: "backups ", count: 3_000),
    ]

    @Test(arguments: noFacts)
    func findsNoFactsWhereNoneAreClear(text: String) throws {
        #expect(try ReaderFixture.facts(text) == [], "\(text.prefix(60))")
    }

    @Test func factsAreInQuestionOrderAndOncePerQuestion() throws {
        let ruleBase = try #require(ReaderFixture.ruleBase)
        let facts = PlainAnswerReader.facts(
            in: "nobody checks the backups, 12 users, 12 people really", questions: ruleBase.questions)
        #expect(facts.map(\.question) == facts.map(\.question).sorted())
        #expect(Set(facts.map(\.question)).count == facts.count)
        #expect(try ReaderFixture.facts("nobody checks the backups, 12 users, 12 people really") == ["users: 12", "backup_monitoring: false"])
        #expect(try ReaderFixture.facts("12 users, no wait, 14 users") == [])
        #expect(try ReaderFixture.facts("backups: yes. backups: no") == [])
    }

    @Test func factsWithNoQuestionsAreEmpty() {
        #expect(PlainAnswerReader.facts(in: "12 users and nobody checks the backups", questions: []).isEmpty)
    }
}

extension FactsTests {
    static func reading(_ text: String, asking id: String) throws -> (answer: Interpretation, facts: [String]) {
        let ruleBase = try #require(ReaderFixture.ruleBase)
        let reading = PlainAnswerReader.read(text, asking: try #require(ruleBase.questionIndex(id)), in: PlainAnswerReader.Vocabulary(ruleBase.questions))
        return (reading.answer, reading.facts.map { "\(ruleBase.questions[$0.question].id): \(ruleBase.questions[$0.question].spelling(of: $0.value))" })
    }

    /// While a question is asked, clauses about other questions are left to them as facts.
    @Test func clausesAboutOtherQuestionsAreNotAnAnswer() throws {
        let proactive = try Self.reading("nobody checks the backups", asking: "proactive_care")
        #expect(proactive.answer == .notUnderstood)
        #expect(proactive.facts == ["backup_monitoring: false"])
        let users = try Self.reading("we're 12, and downtime would be a disaster", asking: "users")
        #expect(users.answer == .answer(.integer(12)))
        #expect(users.facts == ["downtime_cost: high"])
    }

    /// A clause naming another question still answers the asked one when it gives that one
    /// nothing; a number question is named only beside its number.
    @Test func aClauseNamingAnotherQuestionCanStillAnswer() throws {
        #expect(try Self.reading("a hundred and ten across both sites", asking: "users").answer == .answer(.integer(110)))
        #expect(
            try Self.reading("I'm not the one who checks, my colleague does", asking: "backup_monitoring").answer
                == .ambiguous([.boolean(true), .boolean(false)]))
    }

    /// The owner's "two others" counts for the people asked about even in a clause that goes on
    /// about the network; that clause is still a fact about the network. A number in such a
    /// clause without the owner beside it is not a count of people.
    @Test func theOwnersOthersCountInAClauseAboutSomethingElse() throws {
        let reading = try Self.reading("it's me and two others in a small accounting office", asking: "users")
        #expect(reading.answer == .unsure(.integer(3)))
        #expect(reading.facts == ["network_complexity: simple"])
        #expect(try Self.reading("we have a couple of servers in a cupboard", asking: "users").answer == .notUnderstood)
        #expect(try Self.reading("two others in a small accounting office", asking: "users").answer == .notUnderstood)
    }

    /// A clause naming nothing goes on about the one before it.
    @Test func aClauseNamingNothingContinuesTheOneBefore() throws {
        #expect(try ReaderFixture.facts("the backups run every night, but nobody looks at them") == ["backup_monitoring: false"])
        #expect(try ReaderFixture.facts("the backups run every night. Nobody looks at them") == [], "a full stop ends the topic")
    }

    /// A hedge that names no question may be about any of them: no facts. After a clause, it is about that clause.
    @Test func aLooseHedgeLeavesNoFacts() throws {
        #expect(try ReaderFixture.facts("I think, 12 users and nobody checks the backups") == [])
        #expect(try ReaderFixture.facts("12 users and nobody checks the backups, I think") == ["users: 12"])
        #expect(try ReaderFixture.facts("probably fixed, and nobody checks the backups") == ["backup_monitoring: false"])
    }

    /// A clause may name another question that it gives no answer, and a count stays with the
    /// mention beside it ("a 12-person agency", "85 staff over three sites").
    static let factsBesideOtherMentions: [(String, [String])] = [
        ("about 15 of us on laptops", ["users: 15"]),
        // (The clause after goes on about the setup, and says what it is.)
        ("about 15 of us on laptops, everything's in Microsoft 365", ["users: 15", "network_complexity: simple"]),
        ("our office manager checks the backups every Sunday", ["backup_monitoring: true"]),
        ("we're a 12-person estate agency with three branches", ["users: 12", "network_complexity: complex"]),
        ("85 staff over three sites", ["users: 85", "network_complexity: complex"]),
        ("six of us, few laptops, a router", ["users: 6", "network_complexity: simple"]),
        ("12 people check the backups", ["backup_monitoring: true"]),
    ]

    @Test(arguments: factsBesideOtherMentions)
    func factsBesideOtherMentions(text: String, expected: [String]) throws {
        #expect(try ReaderFixture.facts(text) == expected, "\(text)")
    }
}

/// Facts read this session's way: the most of ordered choices named, a count phrase in a clause
/// of its own, and a word that says which people rather than which site.
@Suite struct MoreFactsTests {
    @Test func theMostOfOrderedChoicesNamedIsAFact() throws {
        #expect(try ReaderFixture.facts("We've got 3 sites and a server in each one") == ["network_complexity: complex"])
    }

    @Test func aCountPhraseInAClauseOfItsOwnIsAFact() throws {
        #expect(
            try ReaderFixture.read("Pay as needed is fine, it's only me", asking: "variable_bills") == .answer(ReaderFixture.choice("variable_bills", "accept"))
        )
        #expect(try ReaderFixture.facts("Pay as needed is fine, it's only me").contains("users: 1"))
        #expect(try !ReaderFixture.facts("only me checks the backups, nobody else").contains("users: 1"), "a count phrase inside a longer clause")
    }

    @Test func aWordForWhichPeopleNamesNoSite() throws {
        #expect(try ReaderFixture.facts("our office manager checks the backups every week").allSatisfy { !$0.hasPrefix("network") })
    }
}

/// What is no fact: a wish, something that happened, a count of things.
@Suite struct NoFactTests {
    @Test func aWishIsNoFact() throws {
        let line = "What I'd really like is someone who comes in every month and checks the backups"
        #expect(try ReaderFixture.facts(line).allSatisfy { !$0.hasPrefix("backup_monitoring") })
    }

    @Test func somethingThatHappenedIsNoFact() throws {
        #expect(try ReaderFixture.facts("one month it was eight hundred quid for a server fix").allSatisfy { !$0.hasPrefix("network") })
    }

    @Test func theVerbFixIsNoFixedPrice() throws {
        #expect(
            try ReaderFixture.read("prefer to just pay when something needs fixing", "variable_bills")
                == .answer(ReaderFixture.choice("variable_bills", "accept")))
    }

    @Test func joiningWordsBetweenClausesOfOneFactAreRead() throws {
        #expect(try ReaderFixture.facts("we're just 2 people with laptops and a router").contains("network_complexity: simple"))
    }
}
