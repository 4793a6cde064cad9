import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Lines read as the answer to a number question: numbers, ranges, bounds and guesses.
@Suite struct CountsTests {
    static let numbers: [(String, Int)] = [
        ("12", 12), ("  12  ", 12), ("about 7 people", 7), ("we're 12 or so", 12), ("we’re 12 or so", 12), ("~15", 15),
        ("roughly 40 staff", 40), ("seven", 7), ("Twelve", 12), ("twenty-five", 25), ("twenty five", 25),
        ("a hundred", 100), ("one hundred and twenty", 120), ("a dozen", 12), ("a couple", 2), ("just me", 1),
        ("only me", 1), ("myself", 1), ("Just me.", 1), ("it's only myself", 1), ("I work alone", 1),
        ("12 users", 12), ("12users", 12), ("there are 8 of us", 8), ("8 of us, including me", 8), ("1,200", 1200),
        ("we have 1,200 employees", 1200), ("two thousand", 2000), ("2 thousand", 2000), ("3k", 3000),
        ("half a dozen", 6), ("two dozen", 24), ("a couple of people", 2), ("a couple of hundred", 200),
        ("one thousand two hundred and fifty", 1250), ("ninety-nine", 99), ("nineteen", 19), ("ONE", 1),
        ("just the two of us", 2), ("7 people. 7 in total.", 7), ("seven (7)", 7), ("9223372036854775807", Int.max),
        ("+12", 12), ("we are 12!", 12), ("twelve-ish", 12), ("12ish", 12), ("Nearly 30", 30),
        ("our office runs win10 on 12 pcs", 12), ("we sell b2b, 9 people", 9), ("no one else, just me", 1),
        ("me and my wife", 2), ("me and my business partner", 2), ("it's a one man band", 1),
        ("a thousand", 1000), ("1 million", 1_000_000), ("forty two", 42), ("one", 1), ("\u{FEFF}12\u{200B}", 12),
    ]

    @Test(arguments: numbers)
    func readsWholeNumbers(text: String, expected: Int) throws {
        #expect(try ReaderFixture.read(text, "users") == .answer(.integer(expected)), "\(text)")
    }

    /// The owner adds themselves to a number: one more, confirmed before it is taken.
    static let workedOut: [(String, Int)] = [
        ("there's me and one assistant", 2), ("it's me and one apprentice", 2), ("me and 4 engineers", 5),
        ("me with 3 staff", 4), ("it's me and two others", 3), ("just me and two others", 3), ("myself and 2 staff", 3),
        ("myself and two others", 3), ("me and 2 other people", 3), ("just me and a couple of others really", 3),
    ]

    @Test(arguments: workedOut)
    func ownerAddedToANumberIsConfirmed(text: String, expected: Int) throws {
        #expect(try ReaderFixture.read(text, "users") == .unsure(.integer(expected)), "\(text)")
    }

    static let numberRanges: [(String, [Int])] = [
        ("5 or 6", [5, 6]), ("between 10 and 20", [10, 20]), ("10-15", [10, 15]), ("10 - 15", [10, 15]),
        ("10–15", [10, 15]), ("10 to 15", [10, 15]), ("five or six", [5, 6]), ("ten and twenty", [10, 20]),
        ("7,5", [7, 5]), ("5/6", [5, 6]),
        ("1 2", [1, 2]), ("twenty, five", [20, 5]), ("0, 5 or 6", [5, 6]),
    ]

    @Test(arguments: numberRanges)
    func twoNumbersAreAmbiguous(text: String, readings: [Int]) throws {
        #expect(try ReaderFixture.read(text, "users") == .ambiguous(readings.map { .integer($0) }), "\(text)")
    }

    static let notNumbers: [String] = [
        "", "   ", "a few", "several", "a handful", "lots", "dozens", "hundreds of users", "a few hundred",
        "more than 10", "at least 5", "less than 20", "over 50", "under 10", "up to 30", "15+", "<10", ">10",
        "7.5", "7.0", "12 and a half", "0", "zero", "none", "nobody", "-5", "minus 5", "negative three", "about -3",
        "9223372036854775808", "99999999999999999999999999", String(repeating: "9", count: 10_000),
        String(repeating: "1", count: 10_000) + " users", "1st", "the 2nd", "50%", "$500", "€20", "7½", "²",
        "١٢", "🙂", "👍👍", "\u{0}", "\u{0}\u{1}\u{7}", "two others", "3 other people", "a couple of others",
        "me plus 3", "me + 3", "how many?", "what do you mean?", "lots of people", "just me, 5 staff",
        "a couple thousand or more", "one or zero", "0 or -1", "many", "12 people per site", "5 each",
        "one million trillion", "a", "and", "hundred hundred", "three-quarters", "two thirds", "seven point five",
        "a quarter of us",
    ]

    @Test(arguments: notNumbers)
    func doesNotGuessNumbers(text: String) throws {
        #expect(try ReaderFixture.read(text, "users") == .notUnderstood, "\(text.prefix(60))")
    }

    @Test func numbersTooLargeForIntInWordsAreNotUnderstood() throws {
        let huge = Array(repeating: "trillion", count: 3).joined(separator: " ")
        #expect(try ReaderFixture.read("a " + huge, "users") == .notUnderstood)
        #expect(try ReaderFixture.read("nine hundred trillion thousand", "users") == .notUnderstood)
        #expect(try ReaderFixture.read("ten million trillion", "users") == .notUnderstood)
        #expect(try ReaderFixture.read("9999999999999 trillion", "users") == .notUnderstood)
        #expect(try ReaderFixture.read("twenty hundred", "users") == .notUnderstood)
    }

    @Test func valuesOutsideTheRangeAreNotAnswers() throws {
        let ranged = Question(
            id: "sites", label: "Sites", ask: "How many sites?", why: "", kind: .integer(range: 2...10, unit: "sites"),
            location: SourceLocation(file: "x.yaml", line: 1, column: 1))
        #expect(PlainAnswerReader.read("about 5", for: ranged) == .answer(.integer(5)))
        #expect(PlainAnswerReader.read("one", for: ranged) == .notUnderstood)
        #expect(PlainAnswerReader.read("eleven", for: ranged) == .notUnderstood)
        #expect(PlainAnswerReader.read("1 or 5", for: ranged) == .notUnderstood)
        #expect(PlainAnswerReader.read("3 or 5 or 50", for: ranged) == .ambiguous([.integer(3), .integer(5)]))
    }

    @Test func hostileNumbersAreNotUnderstood() throws {
        for text in ["", "\u{0}", "🙂", "-5", "9223372036854775808", String(repeating: "9", count: 10_000), "-9223372036854775808"] {
            #expect(try ReaderFixture.read(text, "users") == .notUnderstood, "\(text.prefix(40))")
        }
    }

    static let unsureNumbers: [(String, Int)] = [
        ("maybe 5", 5), ("12?", 12), ("maybe 8?", 8), ("probably twelve", 12), ("I think we're 9", 9), ("not sure, maybe 10", 10), ("tweleve", 12),
    ]

    /// A hedged number, or one read through a misspelling, is confirmed before it is taken.
    @Test(arguments: unsureNumbers)
    func hedgedNumbersAreUnsure(text: String, expected: Int) throws {
        #expect(try ReaderFixture.read(text, "users") == .unsure(.integer(expected)), "\(text)")
    }

    @Test func iDontKnowIsNoNumber() throws {
        #expect(try ReaderFixture.read("I don't know", "users") == .dontKnow)
        #expect(try ReaderFixture.read("no idea, honestly", "users") == .dontKnow)
    }

    /// A line that counts in parts, then says the total: the total is the count.
    static let totals: [(String, Int)] = [
        ("Two surgeries: two dentists, two nurses and a hygienist. So seven.", 7),
        ("60 fee earners plus 20 support staff, so 80", 80), ("25 tutors plus 3 of us in the office, so 28 all up", 28),
        ("11 shops with a till each, plus 4 of us in the office. 15 in total.", 15),
        ("Nine. Vets, nurses and the two on reception.", 9), ("me, Sandra, the two juniors and Tom — yeah, five.", 5),
        ("only the office does, that's three people", 3), ("3 - the receptionist, the practice manager and me", 3),
    ]

    @Test(arguments: totals)
    func aTotalAfterThePartsIsTheCount(text: String, expected: Int) throws {
        let reading = try ReaderFixture.read(text, "users")
        #expect(reading == .answer(.integer(expected)) || reading == .unsure(.integer(expected)), "\(text)")
    }

    /// A number denied, or the whole a count is taken from, is not the count; a remark that the
    /// count is small is no bound; a count phrase denied is not the count.
    static let besideOtherWords: [(String, Int)] = [
        ("Not twenty, I typed that by mistake - it's 17", 17), ("not all 30 staff, only the 12 in the office", 12),
        ("out of 40 staff only 9 sit at a PC", 9), ("not many, just the two of us", 2),
        ("it's not just me any more, there are 3 of us now", 3), ("there's 14 of us on computers most days", 14),
    ]

    @Test(arguments: besideOtherWords)
    func numbersBesideOtherWords(text: String, expected: Int) throws {
        #expect(try ReaderFixture.read(text, "users") == .answer(.integer(expected)), "\(text)")
    }

    /// Someone named right after "just me" is no count of one, wherever the clause goes: the
    /// list is counted, and confirmed.
    @Test func aCompanionAfterACountPhraseIsNotLeftOut() throws {
        #expect(try ReaderFixture.read("None of the brewers touch a computer, it's just me and Sandra in admin", asking: "users") == .unsure(.integer(2)))
        #expect(try ReaderFixture.read("just me and Sandra", "users") == .unsure(.integer(2)))
    }

    /// Parts counted without a total are added up, and confirmed first.
    static let parts: [(String, Int)] = [
        ("7 in the office plus 3 who work from home", 10), ("five full-time and two part-timers", 7),
        ("3 on the shop floor and 5 in the warehouse, all of them on the stock system", 8),
    ]

    @Test(arguments: parts)
    func partsWithoutATotalAreAddedUp(text: String, expected: Int) throws {
        #expect(try ReaderFixture.read(text, "users") == .unsure(.integer(expected)), "\(text)")
    }

    /// Not parts of one count: a part with no number, numbers of other things, a range.
    @Test(arguments: [
        "two at the front desk, three in the back office, and the boss", "10 and 20 people",
    ])
    func notPartsOfOneCount(text: String) throws {
        let reading = try ReaderFixture.read(text, "users")
        if case .unsure = reading { Issue.record("\(text) read as \(reading)") }
        if case .answer = reading { Issue.record("\(text) read as \(reading)") }
    }
}

/// Counts said with a whole or a part beside them.
@Suite struct WholesAndPartsTests {
    @Test(arguments: [
        ("not everyone, about 8 of the 12", 8), ("We're a joinery with 18 staff but 5 use computers", 5), ("not even 5 tbh, it's 4", 4),
        ("10 total, including the two partners.", 10), ("16 fee earners plus 4 support staff, 20 in all.", 20),
    ])
    func theCountIsTheOneMeant(text: String, count: Int) throws {
        #expect(try ReaderFixture.read(text, "users") == .answer(.integer(count)), "\(text)")
    }

    @Test func aNameWrittenWithACapitalIsAPerson() throws {
        let text = "Well there's me, my brother Sean who does the quotes, Aoife on the accounts, and the two apprentices"
        #expect(try ReaderFixture.read(text, "users") == .unsure(.integer(5)))
    }
}
