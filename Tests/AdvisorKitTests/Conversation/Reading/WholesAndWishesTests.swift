import Foundation
import Testing
@testable import AdvisorChat
@testable import AdvisorModel

/// A count said first and then split into its parts, wishes that answer a question about what
/// the owner wants, reasons after an answer, and what the owner means now.
@Suite struct WholesAndWishesTests {
    /// A count split into parts that add up to it is the count, whatever is said beside the
    /// parts; parts that do not add up, or a count denied, are not read that way.
    @Test(arguments: [
        ("5 - two in the shop, three in the back", 5),
        ("14 across both offices (9 here, 5 in Leeds)", 14),
        ("16 — 10 in sales, 4 in accounts, 2 doing the IT-ish stuff", 16),
        ("8 poeple, 3 in teh office 5 on the floor", 8),
        ("12 people, 3 of them in the van and 9 in the office", 12),
    ])
    func aCountThenItsParts(text: String, count: Int) throws {
        #expect(try ReaderFixture.read(text, asking: "users") == .answer(.integer(count)))
    }

    @Test func partsThatDoNotMakeTheCount() throws {
        #expect(try ReaderFixture.read("not 10 anymore, 8 since 2 quit", asking: "users") != .answer(.integer(10)))
        #expect(try ReaderFixture.read("6 - two in the shop, three in the back", asking: "users") != .answer(.integer(6)))
        // Money beside the parts is no part: "£500 tops" leaves 6 + 4.
        let line = "10 — 6 in the office, 4 remote. We'd want a fixed monthly bill, £500 tops"
        #expect(try ReaderFixture.read(line, asking: "users") == .answer(.integer(10)))
        #expect(try ReaderFixture.facts(line) == ["variable_bills: prefer_fixed"])
    }

    /// Wanting someone to look after the systems says yes to the question that asks it, out of
    /// turn too; wanting someone to check the backups still says nothing of the backups.
    @Test func aWishAnswersTheQuestionOfWhatIsWanted() throws {
        #expect(
            try ReaderFixture.facts("What I really need is someone to do the updates regularly so I don't have to think about it.") == ["proactive_care: true"])
        #expect(
            try ReaderFixture.facts("We have no preference, and we would like someone to handle updates and health checks routinely.")
                .contains("proactive_care: true"))
        #expect(try ReaderFixture.facts("We really need someone who checks the backups").allSatisfy { !$0.hasPrefix("backup_monitoring") })
    }

    /// Calling only when something breaks names the question of regular care beside another
    /// answer.
    @Test func callingWhenItBreaksIsAFact() throws {
        #expect(try ReaderFixture.facts("Simple. I only want help when it breaks, paid by the hour.").contains("proactive_care: false"))
    }

    /// A negation in a reason or a purpose after an answer ("so it doesn't happen") is no "no".
    @Test func aReasonAfterTheAnswer() throws {
        #expect(try ReaderFixture.read("we'd want someone doing regular checks so it doesn't happen", asking: "proactive_care") == .answer(.boolean(true)))
        #expect(
            try ReaderFixture.read("we'd want someone doing regular checks because it never gets done", asking: "proactive_care") == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("we don't, so nothing gets checked", asking: "backup_monitoring") == .answer(.boolean(false)))
        // A purpose is no fact either; what nobody does, after "because", is no reason but an answer.
        #expect(
            try ReaderFixture.facts("High. And I'd rather pay a set monthly amount for someone to look after things regularly so it doesn't happen.")
                .allSatisfy { !$0.hasPrefix("proactive_care") })
        #expect(
            try ReaderFixture.facts("Yes. Regular checks, and test the backups too, because right now nobody does")
                .allSatisfy { !$0.hasPrefix("backup_monitoring") })
    }

    /// "I test the backups myself" says who does it, not how many people there are.
    @Test func myselfDoingSomethingIsNoCount() throws {
        #expect(try ReaderFixture.read("I test our backups myself every week.", asking: "users") != .answer(.integer(1)))
        #expect(try ReaderFixture.read("just myself", asking: "users") == .answer(.integer(1)))
    }

    /// A conclusion after a self-correction is weighed against what was said since the
    /// correction, not before it.
    @Test func aConclusionAfterACorrection() throws {
        #expect(
            try ReaderFixture.read("Low. Well, actually no, the till is on it, so medium", asking: "downtime_cost")
                == .answer(try ReaderFixture.choice("downtime_cost", "medium")))
    }

    /// A line wholly about another time gives no answer now; the question's own words with a
    /// marker of another time in them ("unless it breaks") still do.
    @Test func whollyAnotherTime() throws {
        #expect(try ReaderFixture.read("we used to just call when it broke", asking: "proactive_care") == .notUnderstood)
        #expect(try ReaderFixture.read("unless it breaks, no", asking: "proactive_care") == .answer(.boolean(false)))
        #expect(try ReaderFixture.read("we'll be fine", asking: "downtime_cost") == .answer(try ReaderFixture.choice("downtime_cost", "low")))
    }
}

/// Hints in the rule files: an answer resting on them alone is confirmed first and never taken
/// as a fact out of turn; beside a plain answer they change nothing.
@Suite struct HintsTests {
    @Test func anAnswerOnAHintAloneIsConfirmed() throws {
        #expect(
            try ReaderFixture.read("somewhere in the middle", asking: "network_complexity")
                == .unsure(try ReaderFixture.choice("network_complexity", "moderate")))
        #expect(try ReaderFixture.read("we'd cope", asking: "downtime_cost") == .unsure(try ReaderFixture.choice("downtime_cost", "low")))
        #expect(try ReaderFixture.read("that'd be nice", asking: "proactive_care") == .unsure(.boolean(true)))
    }

    @Test func aPlainAnswerBesideAHintIsSure() throws {
        #expect(try ReaderFixture.read("yes, that'd be nice", asking: "proactive_care") == .answer(.boolean(true)))
        #expect(
            try ReaderFixture.read("in the middle, we have a file server", asking: "network_complexity")
                == .answer(try ReaderFixture.choice("network_complexity", "moderate")))
    }

    @Test func aHintIsNoFact() throws {
        #expect(try ReaderFixture.facts("our network is a real mess").isEmpty)
        #expect(try ReaderFixture.facts("our network is very complicated") == ["network_complexity: complex"])
    }
}

/// Times, parts and people: what was, what is now, who is added, and who only some of them are.
@Suite struct NowAndThenTests {
    @Test(arguments: [
        ("We were 20 a couple of years back, it's 13 now.", 13),
        ("It's not just the two of us any more, we're 6 now", 6),
        ("Seven at the moment, soon to be nine.", 7),
        ("15, not counting the cleaner or the two drivers", 15),
        ("6 on PCs full time, the 2 drivers just use their phones", 6),
        ("13 staf, 2 of them part tiem but they still log on", 13),
        ("4 + me = 5", 5),
        ("a baker's dozen", 13),
    ])
    func theCountNow(text: String, count: Int) throws {
        #expect(try ReaderFixture.read(text, asking: "users") == .answer(.integer(count)))
    }

    @Test func theOwnerAddedWithAPlus() throws {
        #expect(try ReaderFixture.read("3 + me", asking: "users") == .unsure(.integer(4)))
        #expect(try ReaderFixture.read("15+", asking: "users") == .notUnderstood)
        #expect(try ReaderFixture.read("backups run every night at 11", asking: "users") == .notUnderstood)
        #expect(try ReaderFixture.read("just the one, me. Sole trader, I do my quotes at night on the laptop", asking: "users") == .answer(.integer(1)))
    }

    @Test func thePastTurnedDown() throws {
        #expect(try ReaderFixture.read("We used to, not any more", asking: "backup_monitoring") == .answer(.boolean(false)))
        #expect(
            try ReaderFixture.read("We used to just call when it broke. Not any more, I want regular care.", asking: "proactive_care")
                == .answer(.boolean(true)))
        #expect(try ReaderFixture.read("last year we spent £2,400 on call-outs", asking: "proactive_care") == .notUnderstood)
        // Accustomed, not a past habit; a line that says what is so now.
        #expect(
            try ReaderFixture.read("We're used to it, our accountant bills by the hour too", asking: "variable_bills")
                == .answer(try ReaderFixture.choice("variable_bills", "accept")))
        #expect(try ReaderFixture.read("I suspect the partners would say no.", asking: "proactive_care") == .unsure(.boolean(false)))
    }

    @Test func wishesWantsAndContrasts() throws {
        #expect(try ReaderFixture.read("I wish someone did", asking: "backup_monitoring") == .unsure(.boolean(false)))
        #expect(try ReaderFixture.read("Just fix it when it breaks, that's all I want", asking: "proactive_care") == .answer(.boolean(false)))
        #expect(
            try ReaderFixture.read("Can we do a trial month first? I'd want to see what you actually do before signing up.", asking: "proactive_care")
                == .notUnderstood)
        #expect(
            try ReaderFixture.read("The phones have been playing up all week, can you help with that? Desk phones, not mobiles.", asking: "backup_monitoring")
                == .notUnderstood)
        #expect(try ReaderFixture.read("Gary does I think", asking: "backup_monitoring") == .unsure(.boolean(true)))
        #expect(
            try ReaderFixture.read("Fine with it. Actually no, on second thought, I'd want it fixed.", asking: "variable_bills")
                == .answer(try ReaderFixture.choice("variable_bills", "prefer_fixed")))
    }

    @Test func notKnowingBesideADoubt() throws {
        #expect(try ReaderFixture.read("idk, depends on the day", asking: "users") == .dontKnow)
    }

    /// What is said about one question is not taken from words of the question asked, nor from
    /// something bought, nor from some of the people.
    @Test func factsKeptApart() throws {
        let line = "Low. Well, actually no, the card machine's on it, so medium"
        #expect(try ReaderFixture.read(line, asking: "downtime_cost") == .answer(try ReaderFixture.choice("downtime_cost", "medium")))
        #expect(try ReaderFixture.facts("we had a big bill in March, £1,800 for a new server").isEmpty)
        #expect(
            try ReaderFixture.facts("I'd say moderate? We have a file server and a VPN for the two people who work from home.").allSatisfy {
                !$0.hasPrefix("users")
            })
    }
}
