import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Lines read as the answer to a choice question.
@Suite struct ChoicesTests {
    static let choices: [(String, String, String)] = [
        ("prefer_fixed", "variable_bills", "prefer_fixed"),
        ("Prefer Fixed", "variable_bills", "prefer_fixed"),
        ("prefer-fixed", "variable_bills", "prefer_fixed"),
        ("we'd rather have a fixed monthly fee", "variable_bills", "prefer_fixed"),
        ("We’d rather have a FIXED monthly fee!", "variable_bills", "prefer_fixed"),
        ("a flat rate please", "variable_bills", "prefer_fixed"),
        ("predictable", "variable_bills", "prefer_fixed"),
        ("wants a fixed monthly cost", "variable_bills", "prefer_fixed"),
        ("bills can vary, that's fine", "variable_bills", "accept"),
        ("pay as you go", "variable_bills", "accept"),
        ("hourly is fine", "variable_bills", "accept"),
        ("accept", "variable_bills", "accept"),
        ("occasional, sometimes large bills are fine", "variable_bills", "accept"),
        ("no preference", "variable_bills", "no_preference"),
        ("no_preference", "variable_bills", "no_preference"),
        // Not minding, said of nothing, is no preference (owners writing blind read it so); of
        // the bills, it accepts them.
        ("I don't mind", "variable_bills", "no_preference"),
        ("we don't mind the occasional bill", "variable_bills", "accept"),
        ("I don't mind variable bills", "variable_bills", "accept"),
        ("fine either way", "variable_bills", "no_preference"),
        ("I don't mind either way", "variable_bills", "no_preference"),
        ("fixed is ok", "variable_bills", "prefer_fixed"),
        ("hourly is fine by us", "variable_bills", "accept"),
        ("a steady monthly amount suits us", "variable_bills", "prefer_fixed"),
        ("I wouldn't mind a fixed fee", "variable_bills", "prefer_fixed"),
        ("surprise bills don't bother us", "variable_bills", "accept"),
        // The files write "we"; an owner may say "I".
        ("I'd rather know what I'm paying each month honestly", "variable_bills", "prefer_fixed"),
        ("I only pay for what I use", "variable_bills", "accept"),
        ("pay as I go suits me", "variable_bills", "accept"),
        ("not a lot", "downtime_cost", "low"),
        ("barely matters", "downtime_cost", "low"),
        ("we'd be losing customers", "downtime_cost", "high"),
        ("it's all cloud apps and laptops", "network_complexity", "simple"),
        ("we run two locations linked together", "network_complexity", "complex"),
        ("we dont care", "variable_bills", "no_preference"),
        ("either way", "variable_bills", "no_preference"),
        ("not fixed, hourly", "variable_bills", "accept"),
        ("hourly rather than fixed", "variable_bills", "accept"),
        ("I don't want a fixed fee, paying by the hour is fine", "variable_bills", "accept"),
        ("just a few computers", "network_complexity", "simple"),
        // "the" inside a phrase is passed over, as an intensifier is.
        ("just the laptops, a printer and the wifi", "network_complexity", "simple"),
        ("it's not complicated", "network_complexity", "simple"),
        ("not very complicated", "network_complexity", "simple"),
        ("it doesn't really matter", "variable_bills", "no_preference"),
        ("we're used to paying by the hour", "variable_bills", "accept"),
        ("pretty basic really", "network_complexity", "simple"),
        ("we have a server", "network_complexity", "moderate"),
        ("some servers", "network_complexity", "moderate"),
        ("very complicated", "network_complexity", "complex"),
        ("Complicated!", "network_complexity", "complex"),
        ("several sites", "network_complexity", "complex"),
        ("COMPLEX", "network_complexity", "complex"),
        ("we lose money", "downtime_cost", "high"),
        ("a lot", "downtime_cost", "high"),
        ("it's critical for us", "downtime_cost", "high"),
        ("not much", "downtime_cost", "low"),
        ("we can wait a day", "downtime_cost", "low"),
        ("noticeable", "downtime_cost", "medium"),
        ("it hurts a bit", "downtime_cost", "medium"),
    ]

    @Test(arguments: choices)
    func readsChoices(text: String, id: String, value: String) throws {
        #expect(try ReaderFixture.read(text, id) == .answer(try ReaderFixture.choice(id, value)), "\(text)")
    }

    static let ambiguousChoices: [(String, String, [String])] = [
        ("fixed or hourly", "variable_bills", ["accept", "prefer_fixed"]),
        ("either fixed or hourly", "variable_bills", ["accept", "prefer_fixed", "no_preference"]),
        ("fine, or fixed", "variable_bills", ["accept", "prefer_fixed"]),
        ("basic or complex", "network_complexity", ["simple", "complex"]),
        ("low or high", "downtime_cost", ["low", "high"]),
        ("somewhere between simple and moderate", "network_complexity", ["simple", "moderate"]),
        ("low to medium", "downtime_cost", ["low", "medium"]),
        ("moderate/complex", "network_complexity", ["moderate", "complex"]),
    ]

    @Test(arguments: ambiguousChoices)
    func severalChoicesAreAmbiguous(text: String, id: String, values: [String]) throws {
        let readings = try values.map { try ReaderFixture.choice(id, $0) }
        #expect(try ReaderFixture.read(text, id) == .ambiguous(readings), "\(text)")
    }

    /// Choices `ordered` from least to most (network complexity, cost of downtime): a line that
    /// names several, not as a range or alternatives, is read as the most it names, to confirm.
    static let orderedChoices: [(String, String, String)] = [
        ("small office but many servers", "network_complexity", "complex"),
        ("a few PCs plus a shared drive on a small server", "network_complexity", "moderate"),
        ("no servers as such, but three offices", "network_complexity", "complex"),
        ("not a disaster, but we'd lose a few bookings", "downtime_cost", "medium"),
        ("we'd lose some sales but we'd manage", "downtime_cost", "medium"),
    ]

    @Test(arguments: orderedChoices)
    func orderedChoicesAreReadAsTheMostNamed(text: String, id: String, value: String) throws {
        #expect(try ReaderFixture.read(text, id) == .unsure(try ReaderFixture.choice(id, value)), "\(text)")
    }

    /// An unordered question keeps several choices ambiguous, however they are joined.
    @Test func unorderedChoicesStayAmbiguous() throws {
        let readings = try ["accept", "prefer_fixed"].map { try ReaderFixture.choice("variable_bills", $0) }
        #expect(try ReaderFixture.read("hourly is fine for now, though I'd like a fixed fee", "variable_bills") == .ambiguous(readings))
    }

    static let notChoices: [(String, String)] = [
        ("", "variable_bills"), ("hello", "variable_bills"), ("not fixed", "variable_bills"),
        ("I don't want a fixed fee", "variable_bills"), ("no fixed fee", "variable_bills"),
        ("we'd rather not have variable bills", "variable_bills"), ("is fixed better?", "variable_bills"),
        ("what does fixed mean?", "variable_bills"), ("fixed isn't for us", "variable_bills"),
        ("12", "variable_bills"), ("🙂", "variable_bills"),
        ("fixedfee", "variable_bills"), ("we don't want a fixed fee on our bills", "variable_bills"),
        ("what is complicated?", "network_complexity"), ("we can't wait", "downtime_cost"),
        ("yes", "downtime_cost"), ("it depends on the day", "downtime_cost"),
        (String(repeating: "not fixed ", count: 2_000), "variable_bills"),
    ]

    @Test(arguments: notChoices)
    func doesNotGuessChoices(text: String, id: String) throws {
        #expect(try ReaderFixture.read(text, id) == .notUnderstood, "\(text.prefix(60))")
    }

    static let unsureChoices: [(String, String, String)] = [
        ("prefer_fixd", "variable_bills", "prefer_fixed"),
        ("fixed?", "variable_bills", "prefer_fixed"),
        ("\u{0}fixed\u{0}?", "variable_bills", "prefer_fixed"),
        ("a fixd fee", "variable_bills", "prefer_fixed"),
        ("probably fixed", "variable_bills", "prefer_fixed"),
        ("complcated", "network_complexity", "complex"),
        ("I guess it's pretty simple", "network_complexity", "simple"),
        ("not sure, a lot I suppose", "downtime_cost", "high"),
    ]

    /// A hedged choice, or one read through a misspelling, is confirmed before it is taken.
    @Test(arguments: unsureChoices)
    func hedgedOrMisspeltChoicesAreUnsure(text: String, id: String, value: String) throws {
        #expect(try ReaderFixture.read(text, id) == .unsure(try ReaderFixture.choice(id, value)), "\(text)")
    }

    @Test func iDontKnowGovernsWhatFollowsIt() throws {
        #expect(try ReaderFixture.read("I don't know if fixed is better", "variable_bills") == .dontKnow)
        #expect(try ReaderFixture.read("no idea", "downtime_cost") == .dontKnow)
        #expect(try ReaderFixture.read("no idea, a lot probably", "downtime_cost") == .unsure(try ReaderFixture.choice("downtime_cost", "high")))
    }

    @Test func longLineOfOneChoiceIsThatChoice() throws {
        let text = String(repeating: "fixed monthly fee, ", count: 2_000)
        #expect(try ReaderFixture.read(text, "variable_bills") == .answer(try ReaderFixture.choice("variable_bills", "prefer_fixed")))
    }

    @Test func examplesOfChoicesWithoutAliases() {
        let location = SourceLocation(file: "x.yaml", line: 1, column: 1)
        let question = Question(
            id: "tier", label: "Tier", ask: "?", why: "",
            kind: .choice([
                Choice(value: "gold_plus", label: "the best", aliases: []),
                Choice(value: "gold", label: "good", aliases: []),
                Choice(value: "silver", label: "fine", aliases: []),
                Choice(value: "bronze", label: "cheap", aliases: []),
            ]),
            location: location)
        #expect(PlainAnswerReader.examples(for: question) == ["gold_plus", "gold", "silver"])
        #expect(PlainAnswerReader.read("gold plus", for: question) == .answer(.choice(0)))
        #expect(PlainAnswerReader.read("gold", for: question) == .answer(.choice(1)))
    }

    /// Counts said as numbers read as the rule files' "two", "several" or "many".
    static let counted: [(String, String, String)] = [
        ("five sites, each with its own network", "network_complexity", "complex"),
        ("Lots - 12 clinics, each with X-ray machines", "network_complexity", "complex"),
        ("Four laptops, a printer and the wifi box", "network_complexity", "simple"),
        ("four sites, a dozen systems, all talking to each other", "network_complexity", "complex"),
    ]

    @Test(arguments: counted)
    func numbersReadAsCountWords(text: String, id: String, value: String) throws {
        #expect(try ReaderFixture.read(text, asking: id) == .answer(try ReaderFixture.choice(id, value)), "\(text)")
    }
}
