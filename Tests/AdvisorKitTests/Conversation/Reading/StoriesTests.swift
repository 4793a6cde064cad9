import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Answers told as a little story: the answer first and a story after it, corrected on the way,
/// concluded at the end, or put against what used to be.
@Suite struct StoriesTests {
    /// A plain yes or no said first keeps its word against a story whose general words seem to
    /// say the other; one of the question's own phrases for the other answer still makes it
    /// ambiguous.
    @Test func aYesOrNoSaidFirstOutweighsTheStoryAfterIt() throws {
        #expect(
            try ReaderFixture.read(
                "Yes, I'd like somebody to keep it healthy. Since my brother passed there's nobody here who understands it.",
                asking: "proactive_care") == .answer(.boolean(true)))
        #expect(
            try ReaderFixture.read("No, just call when something breaks. That's how we've always done it.", asking: "proactive_care")
                == .answer(.boolean(false)))
        #expect(
            try ReaderFixture.read("Yes please. Regular check-ups, like the doctor, whether I'm sick or not.", asking: "proactive_care")
                == .answer(.boolean(true)))
        let contradicted = try ReaderFixture.read("Yes. Nobody checks them, fingers crossed.", asking: "backup_monitoring")
        #expect(contradicted != .answer(.boolean(true)), "\(contradicted)")
    }

    /// Self-corrections are found across the marks between their words, and a short conclusion
    /// after "so" at the end is the answer, unless what came before was hedged.
    @Test func correctionsAndConclusions() throws {
        #expect(
            try ReaderFixture.read("It would be terrible. No, wait, we could wait a day on the computer.", asking: "downtime_cost")
                == .answer(try ReaderFixture.choice("downtime_cost", "low")))
        #expect(try ReaderFixture.read("Never want to get caught off guard again, so yes.", asking: "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("Nobody but me uses it. So 1.", asking: "users") == .answer(.integer(1)))
        #expect(try ReaderFixture.read("I think so, yes", asking: "proactive_care") == .unsure(.boolean(true)))
        #expect(
            try ReaderFixture.read("I guess we'd lose a few bookings, so medium-ish", asking: "downtime_cost")
                == .unsure(try ReaderFixture.choice("downtime_cost", "medium")))
        #expect(
            try ReaderFixture.read("We had a server but moved everything to the cloud, so now it's just laptops and a router.", asking: "network_complexity")
                == .answer(try ReaderFixture.choice("network_complexity", "simple")))
    }

    /// "We used to, but not any more" is a plain no for now, not a doubt.
    @Test func whatIsDoneNoMore() throws {
        #expect(try ReaderFixture.read("We used to, but not any more.", asking: "backup_monitoring") == .answer(.boolean(false)))
        #expect(try ReaderFixture.read("we used to check them", asking: "backup_monitoring") == .notUnderstood)
    }

    /// The owner asks how to answer before anything else: no answer is taken from what follows.
    @Test(arguments: [
        ("How would we even check a thing like that? I can barely find the on switch.", "backup_monitoring"),
        ("how would i even check that", "backup_monitoring"),
        ("Do part-timers count? We've got 5 full-time and 3 who come in on Saturdays.", "users"),
        ("whats a server count as? the nas?", "network_complexity"),
    ])
    func askingHowToAnswerIsNoAnswer(text: String, question: String) throws {
        #expect(try ReaderFixture.read(text, asking: question) == .notUnderstood, "\(text)")
    }

    /// Two different counts, one asked and one said, are no sure count.
    @Test func aCountAskedAndAnotherSaid() throws {
        let read = try ReaderFixture.read("i think 13? maybe 14 w/ the temp", asking: "users")
        guard case .ambiguous(let values) = read else {
            Issue.record("read as \(read)")
            return
        }
        #expect(Set(values) == [.integer(13), .integer(14)])
    }

    /// A choice named by its place in the question.
    @Test func aChoiceByItsPlace() throws {
        #expect(try ReaderFixture.read("the first one", asking: "network_complexity") == .answer(try ReaderFixture.choice("network_complexity", "simple")))
        #expect(
            try ReaderFixture.read("option three, defo", asking: "network_complexity") == .answer(try ReaderFixture.choice("network_complexity", "complex")))
        #expect(try ReaderFixture.read("probably the last one", asking: "downtime_cost") == .unsure(try ReaderFixture.choice("downtime_cost", "high")))
        #expect(
            try ReaderFixture.read("the first one we had was a server", asking: "network_complexity")
                != .answer(try ReaderFixture.choice("network_complexity", "simple")))
        #expect(try ReaderFixture.read("option 7", asking: "network_complexity") == .notUnderstood)
    }
}

/// How sure the owner sounds, beyond the words of earlier rounds.
@Suite struct MoreStanceTests {
    /// "not sure it matters" doubts that it does: a hedge, not "I don't know".
    @Test func notSureItMattersIsAHedge() throws {
        let noPreference = try ReaderFixture.choice("variable_bills", "no_preference")
        #expect(try ReaderFixture.read("not sure i really mind either way", asking: "variable_bills") == .unsure(noPreference))
        #expect(try ReaderFixture.read("not sure if fixed is better", asking: "variable_bills") == .dontKnow)
    }

    /// Someone outside the business doing it is a yes only probable; a season only part of the year.
    @Test func outsidersAndSeasons() throws {
        #expect(try ReaderFixture.read("Our IT contractor checks them when he visits each month.", asking: "backup_monitoring") == .unsure(.boolean(true)))
        #expect(
            try ReaderFixture.read("in summer we'd lose real money", asking: "downtime_cost") == .unsure(try ReaderFixture.choice("downtime_cost", "high")))
    }

    /// A price as the condition of a choice is no answer yet.
    @Test func aPriceAsTheCondition() throws {
        #expect(try ReaderFixture.read("if fixed is cheaper then fixed?", asking: "variable_bills") == .notUnderstood)
    }

    /// Guesses between two people, one of them nobody, say the owner does not know.
    @Test func twoGuessesAreADontKnow() throws {
        #expect(try ReaderFixture.read("It might be Luis, it might be nobody.", asking: "backup_monitoring") == .dontKnow)
    }
}

/// Words that only seem to count or name something.
@Suite struct NotCountsTests {
    @Test func yearsAreNoCounts() throws {
        #expect(try ReaderFixture.read("Seven people. My father opened the store in 1952.", asking: "users") == .answer(.integer(7)))
    }

    /// The owner counted in the number said.
    @Test(arguments: [("2 people, me included", 2), ("three, counting myself", 3), ("1, just me", 1)])
    func theOwnerInTheCount(text: String, count: Int) throws {
        #expect(try ReaderFixture.read(text, asking: "users") == .answer(.integer(count)), "\(text)")
    }

    /// A number, then the list of who it counts, after a full stop, a colon some words on, or
    /// "of us".
    @Test(arguments: [
        ("4 people. My husband George, our daughter Carol, the manager Mrs. Pulaski, and myself.", 4),
        ("it's only 4 people who use the computers: me, Gloria, Gloria's sister Ann, and Luis.", 4),
        ("Just the two of us - me and the wife.", 2),
        ("3. me my partner and the bookkeeper", 3),
    ])
    func aNumberSpelledOut(text: String, count: Int) throws {
        #expect(try ReaderFixture.read(text, asking: "users") == .answer(.integer(count)), "\(text)")
    }

    /// "no one except me and …" lists people; "Mrs." ends no sentence.
    @Test func exceptionsAndTitles() throws {
        #expect(ReaderFixture.roster("no one except me and the receptionist") == 2)
        #expect(WordScanner.scan("Mrs. Pulaski and Dr. Patel").allSatisfy { $0.word != nil })
    }

    /// "the 4 office PCs" counts computers, not offices; "the website wouldn't update" says nothing
    /// of updates.
    @Test func wordsBetweenANumberAndWhatItCounts() throws {
        #expect(
            try ReaderFixture.read("a small server for the accounts and the 4 office PCs that use it", asking: "network_complexity")
                == .answer(try ReaderFixture.choice("network_complexity", "moderate")))
        #expect(try ReaderFixture.facts("We'd lose some bookings because the website wouldn't update").allSatisfy { !$0.hasPrefix("proactive_care") })
    }
}

/// Formal English: "do not", "could not", "cannot" read as their contractions.
@Suite struct FormalEnglishTests {
    @Test func formalNegationsMatchContractedPhrases() throws {
        #expect(WordScanner.scan("we do not, we cannot, it could not").compactMap(\.word) == ["we", "dont", "we", "cant", "it", "couldnt"])
        #expect(WordScanner.scan("it is not complicated").compactMap(\.word) == ["it", "is", "not", "complicated"])
        let accept = try ReaderFixture.choice("variable_bills", "accept")
        #expect(try ReaderFixture.read("We do not mind them at all.", asking: "variable_bills") == .answer(accept))
        #expect(try ReaderFixture.read("I really could not say.", asking: "backup_monitoring") == .dontKnow)
    }

    /// "never" and a "without" after it undo each other; "for nothing" is no no.
    @Test func doubleNegationsAndSetPhrases() throws {
        #expect(try ReaderFixture.read("We would never again run without regular maintenance.", asking: "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("we'd never go without it", asking: "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("Our last IT firm charged us for nothing", asking: "proactive_care") == .notUnderstood)
        #expect(try ReaderFixture.read("Zero tests in three years.", asking: "backup_monitoring") == .answer(.boolean(false)))
    }
}

/// Numbers beside a count that count something else, or someone left out.
@Suite struct CountsBesideTests {
    @Test(arguments: [
        ("Roughly 30 across the two shops", 30), ("12 people in 2 offices", 12), ("we have 3 sites and 40 staff", 40),
        ("22 people, everyone except the two delivery drivers", 22),
        ("6 at the moment, we lost one last month", 6), ("We are a practice of 5: three accountants, a bookkeeper and a receptionist.", 5),
        ("We are not a large firm; 7 people, and that includes me.", 7), ("3 (myself, my partner and our secretary).", 3),
        ("There's 14 of us, which still feels huge compared to when it was just me and the van", 14),
        ("Four in the office now, and we'll be five from next month", 4),
    ])
    func theCountIsTheOneOfPeopleNow(text: String, count: Int) throws {
        #expect(try ReaderFixture.read(text, asking: "users") == .answer(.integer(count)), "\(text)")
    }

    @Test func exactCounts() throws {
        #expect(try ReaderFixture.read("A handful - five, to be exact.", asking: "users") == .answer(.integer(5)))
        #expect(try ReaderFixture.read("No more than 3 and no fewer.", asking: "users") == .answer(.integer(3)))
        #expect(try ReaderFixture.read("exactly 6, or 7 in summer", asking: "users") != .answer(.integer(6)))
    }

    /// A supposition after "unless" is no answer beside one: "simple, unless the Mac mini counts".
    @Test func aSuppositionSetAside() throws {
        let read = try ReaderFixture.read("I'd say simple, unless the old Mac mini under the desk counts as a server", asking: "network_complexity")
        #expect(read == .unsure(try ReaderFixture.choice("network_complexity", "simple")))
    }
}

/// Words beside an answer that only seem to change it.
@Suite struct BesideTheAnswerTests {
    /// Two choices as alternatives beside the one that says either.
    @Test func alternativesBesideEither() throws {
        let noPreference = try ReaderFixture.choice("variable_bills", "no_preference")
        #expect(try ReaderFixture.read("fixed or variable, all the same to me", asking: "variable_bills") == .answer(noPreference))
        let both = try ReaderFixture.read("fixed or variable", asking: "variable_bills")
        #expect(both != .answer(noPreference) && both != .unsure(noPreference), "\(both)")
    }

    /// "each with a laptop" is no count per something; "1 router" beside "6 users" counts no people;
    /// "12 pcs" alone is the count.
    @Test func eachAndMachines() throws {
        #expect(try ReaderFixture.read("21 staff, each with a laptop", asking: "users") == .answer(.integer(21)))
        #expect(try ReaderFixture.read("6 users, laptops and 1 router, nothing else", asking: "users") == .answer(.integer(6)))
        #expect(try ReaderFixture.read("12 pcs", asking: "users") == .answer(.integer(12)))
    }

    /// Asides about what the owner should add or what depends on what are no doubt.
    @Test func asidesAreNoDoubt() throws {
        #expect(
            try ReaderFixture.read("We are 22 in total, and I should say that we much prefer a fixed monthly fee.", asking: "users") == .answer(.integer(22)))
        #expect(
            try ReaderFixture.read("We prefer fixed costs; our cash-flow planning depends on them.", asking: "variable_bills")
                == .answer(try ReaderFixture.choice("variable_bills", "prefer_fixed")))
    }
}

/// What the owner does not answer now: a conclusion against a clear answer, a fact from a story
/// of another time, someone else's view.
@Suite struct NotNowTests {
    @Test func aConclusionDoesNotOverrideAClearChoice() throws {
        let high = try ReaderFixture.choice("downtime_cost", "high")
        #expect(try ReaderFixture.read("We couldn't take payments, so yes it hurts", asking: "downtime_cost") == .unsure(high))
    }

    @Test func factsFromAnotherTime() throws {
        #expect(try ReaderFixture.facts("We had a break-in last year, they took two laptops.").isEmpty)
        #expect(try ReaderFixture.facts("we have two laptops").contains("network_complexity: simple"))
    }

    /// What used to be, with the clauses going on from it in its sentence.
    @Test func whatUsedToBe() throws {
        let fixed = try ReaderFixture.choice("variable_bills", "prefer_fixed")
        #expect(
            try ReaderFixture.read("Fixed please. We used to pay per call-out and hated it, the bills were all over the place.", asking: "variable_bills")
                == .answer(fixed))
    }

    @Test func someoneElsesView() throws {
        #expect(
            try ReaderFixture.read("My manager would say a lot, I'd say moderate", asking: "downtime_cost")
                == .unsure(try ReaderFixture.choice("downtime_cost", "medium")))
    }

    /// Duties never missed in the past tense; doubts said in other words.
    @Test func moreWaysOfSayingIt() throws {
        #expect(try ReaderFixture.read("Never missed a monthly check since we opened the clinic", asking: "backup_monitoring") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("I'm not even sure we have backups", asking: "backup_monitoring") == .dontKnow)
        #expect(try ReaderFixture.read("not my department, sorry, I wouldn't know", asking: "backup_monitoring") == .dontKnow)
        #expect(try ReaderFixture.read("guessing 22, don't quote me on that", asking: "users") == .unsure(.integer(22)))
    }
}
