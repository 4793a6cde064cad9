import Foundation
import Testing
@testable import AdvisorKit

/// Plain-words answers against the shipped questions: what must be read, what must be called
/// ambiguous, what must not be understood, hostile input, facts in a line, and examples.
@Suite struct PlainAnswerReaderTests {
    static let ruleBase: RuleBase? = try? TestSupport.shippedRuleBase()

    /// The shipped question with this id.
    static func question(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Question {
        let ruleBase = try #require(ruleBase, sourceLocation: sourceLocation)
        return try #require(ruleBase.question(id), "no question \(id)", sourceLocation: sourceLocation)
    }

    /// The index of choice `value` of question `id`.
    static func choice(_ id: String, _ value: String) throws -> AnswerValue {
        let question = try question(id)
        return .choice(try #require(question.choices.firstIndex { $0.value == value }, "no choice \(value)"))
    }

    static func read(_ text: String, _ id: String) throws -> Interpretation {
        PlainAnswerReader.read(text, for: try question(id))
    }

    /// The facts of `text` as `id: spelling` pairs, in order.
    static func facts(_ text: String) throws -> [String] {
        let ruleBase = try #require(ruleBase)
        return PlainAnswerReader.facts(in: text, questions: ruleBase.questions).map { fact in
            let question = ruleBase.questions[fact.question]
            return "\(question.id): \(question.spelling(of: fact.value))"
        }
    }

    // MARK: - Whole numbers

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
        ("+12", 12), ("we are 12!", 12), ("twelve-ish", 12), ("12ish", 12), ("Nearly 30", 30), ("maybe 5", 5),
        ("our office runs win10 on 12 pcs", 12), ("we sell b2b, 9 people", 9), ("no one else, just me", 1),
        ("a thousand", 1000), ("1 million", 1_000_000), ("forty two", 42), ("one", 1), ("\u{FEFF}12\u{200B}", 12),
    ]

    @Test(arguments: numbers)
    func readsWholeNumbers(text: String, expected: Int) throws {
        #expect(try Self.read(text, "users") == .answer(.integer(expected)), "\(text)")
    }

    static let numberRanges: [(String, [Int])] = [
        ("5 or 6", [5, 6]), ("between 10 and 20", [10, 20]), ("10-15", [10, 15]), ("10 - 15", [10, 15]),
        ("10–15", [10, 15]), ("10 to 15", [10, 15]), ("five or six", [5, 6]), ("ten and twenty", [10, 20]),
        ("12 people in 2 offices", [12, 2]), ("7,5", [7, 5]), ("5/6", [5, 6]),
        ("1 2", [1, 2]), ("twenty, five", [20, 5]), ("0, 5 or 6", [5, 6]),
    ]

    @Test(arguments: numberRanges)
    func twoNumbersAreAmbiguous(text: String, readings: [Int]) throws {
        #expect(try Self.read(text, "users") == .ambiguous(readings.map { .integer($0) }), "\(text)")
    }

    static let notNumbers: [String] = [
        "", "   ", "a few", "several", "a handful", "lots", "dozens", "hundreds of users", "a few hundred",
        "more than 10", "at least 5", "less than 20", "over 50", "under 10", "up to 30", "15+", "<10", ">10",
        "7.5", "7.0", "12 and a half", "0", "zero", "none", "nobody", "-5", "minus 5", "negative three", "about -3",
        "9223372036854775808", "99999999999999999999999999", String(repeating: "9", count: 10_000),
        String(repeating: "1", count: 10_000) + " users", "1st", "the 2nd", "50%", "$500", "€20", "7½", "²",
        "١٢", "🙂", "👍👍", "\u{0}", "\u{0}\u{1}\u{7}", "me and my wife", "myself and 2 staff", "myself and two others",
        "me plus 3", "me + 3", "how many?", "12?", "what do you mean?", "I don't know", "lots of people",
        "a couple thousand or more", "one or zero", "0 or -1", "many", "12 people per site", "5 each",
        "one million trillion", "a", "and", "hundred hundred", "three-quarters", "two thirds", "seven point five",
        "a quarter of us",
    ]

    @Test(arguments: notNumbers)
    func doesNotGuessNumbers(text: String) throws {
        #expect(try Self.read(text, "users") == .notUnderstood, "\(text.prefix(60))")
    }

    @Test func numbersTooLargeForIntInWordsAreNotUnderstood() throws {
        let huge = Array(repeating: "trillion", count: 3).joined(separator: " ")
        #expect(try Self.read("a " + huge, "users") == .notUnderstood)
        #expect(try Self.read("nine hundred trillion thousand", "users") == .notUnderstood)
        #expect(try Self.read("ten million trillion", "users") == .notUnderstood)
        #expect(try Self.read("9999999999999 trillion", "users") == .notUnderstood)
        #expect(try Self.read("twenty hundred", "users") == .notUnderstood)
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

    // MARK: - Yes or no

    static let yeses: [String] = [
        "yes", "Yes!", "YES", "yep", "yeah", "sure", "of course", "we do", "absolutely", "y", "Y", "true", "correct",
        "yes we do", "yes, my partner checks them every week", "yup, of course", "Absolutely.", "sure thing",
        "my office manager does", "we all do", "that's right", "on", "definitely", "yes please", "of course we do",
    ]

    @Test(arguments: yeses)
    func readsYes(text: String) throws {
        #expect(try Self.read(text, "backup_monitoring") == .answer(.boolean(true)), "\(text)")
        #expect(try Self.read(text, "proactive_care") == .answer(.boolean(true)), "\(text)")
    }

    static let noes: [String] = [
        "no", "No.", "nope", "nah", "not really", "never", "nobody", "no one", "we don't", "we dont", "n", "N",
        "false", "nobody checks them", "no one does", "not at all", "of course not", "absolutely not",
        "not true", "no, we don't", "we do not", "nobody does", "off", "no thanks", "nope, never", "not yet",
        "don't", "Definitely not!", "no — no problem with that", "We DON'T.", "we haven't got anyone for that",
        "not regularly",
    ]

    @Test(arguments: noes)
    func readsNo(text: String) throws {
        #expect(try Self.read(text, "backup_monitoring") == .answer(.boolean(false)), "\(text)")
    }

    static let mixedYesNo: [String] = [
        "yes and no", "yes, but nobody checks them", "yes no", "y n", "no, my partner does", "sure, we don't",
        "yeah nah", "someone does, but not regularly", "I'm not the one who checks, my colleague does",
    ]

    @Test(arguments: mixedYesNo)
    func yesAndNoTogetherAreAmbiguous(text: String) throws {
        #expect(try Self.read(text, "backup_monitoring") == .ambiguous([.boolean(true), .boolean(false)]), "\(text)")
    }

    static let notYesOrNo: [String] = [
        "", "maybe", "not sure", "I'm not sure", "I don't know", "i do not know", "no idea", "dunno", "sometimes",
        "it depends", "kind of", "yes if it's cheap", "really", "hello", "backups", "why?", "yes?", "do we?",
        "what do you mean", "🙂", "\u{0}\u{1}", "12", "on and off", "probably not", "no problem", "not always",
        "we used to", "ok", "whatever", "sure?", "we don't know", "never mind", "nobody knows?",
        String(repeating: "a", count: 10_000),
    ]

    @Test(arguments: notYesOrNo)
    func doesNotGuessYesOrNo(text: String) throws {
        #expect(try Self.read(text, "backup_monitoring") == .notUnderstood, "\(text.prefix(60))")
    }

    // MARK: - Choices

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
        ("I don't mind", "variable_bills", "no_preference"),
        ("we dont care", "variable_bills", "no_preference"),
        ("either way", "variable_bills", "no_preference"),
        ("not fixed, hourly", "variable_bills", "accept"),
        ("hourly rather than fixed", "variable_bills", "accept"),
        ("I don't want a fixed fee, paying by the hour is fine", "variable_bills", "accept"),
        ("just a few computers", "network_complexity", "simple"),
        ("it's not complicated", "network_complexity", "simple"),
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
        #expect(try Self.read(text, id) == .answer(try Self.choice(id, value)), "\(text)")
    }

    static let ambiguousChoices: [(String, String, [String])] = [
        ("fixed or hourly", "variable_bills", ["accept", "prefer_fixed"]),
        ("either fixed or hourly", "variable_bills", ["accept", "prefer_fixed", "no_preference"]),
        ("fine either way", "variable_bills", ["accept", "no_preference"]),
        ("fixed is ok", "variable_bills", ["accept", "prefer_fixed"]),
        ("I don't mind variable bills", "variable_bills", ["accept", "no_preference"]),
        ("small office but many servers", "network_complexity", ["simple", "complex"]),
        ("basic or complex", "network_complexity", ["simple", "complex"]),
        ("low or high", "downtime_cost", ["low", "high"]),
    ]

    @Test(arguments: ambiguousChoices)
    func severalChoicesAreAmbiguous(text: String, id: String, values: [String]) throws {
        let readings = try values.map { try Self.choice(id, $0) }
        #expect(try Self.read(text, id) == .ambiguous(readings), "\(text)")
    }

    static let notChoices: [(String, String)] = [
        ("", "variable_bills"), ("hello", "variable_bills"), ("not fixed", "variable_bills"),
        ("I don't want a fixed fee", "variable_bills"), ("no fixed fee", "variable_bills"),
        ("we'd rather not have variable bills", "variable_bills"), ("fixed?", "variable_bills"),
        ("what does fixed mean?", "variable_bills"), ("I don't know if fixed is better", "variable_bills"),
        ("12", "variable_bills"), ("🙂", "variable_bills"), ("\u{0}fixed\u{0}?", "variable_bills"),
        ("prefer_fixd", "variable_bills"), ("fixedfee", "variable_bills"),
        ("not very complicated", "network_complexity"), ("we can't wait", "downtime_cost"),
        ("not a lot", "downtime_cost"), ("yes", "downtime_cost"),
        (String(repeating: "fixed ", count: 2_000) + "?", "variable_bills"),
    ]

    @Test(arguments: notChoices)
    func doesNotGuessChoices(text: String, id: String) throws {
        #expect(try Self.read(text, id) == .notUnderstood, "\(text.prefix(60))")
    }

    @Test func longLineOfOneChoiceIsThatChoice() throws {
        let text = String(repeating: "fixed monthly fee, ", count: 2_000)
        #expect(try Self.read(text, "variable_bills") == .answer(try Self.choice("variable_bills", "prefer_fixed")))
    }

    // MARK: - Hostile input

    static let hostile: [String] = [
        "", " ", "\n\t\r", "\u{0}", String(repeating: "\u{0}", count: 1000), "\u{1}\u{2}\u{3}\u{7F}", "\u{1B}[31m12\u{1B}[0m",
        String(repeating: "9", count: 10_000), "-" + String(repeating: "9", count: 10_000),
        String(repeating: "9", count: 5_000) + "." + String(repeating: "9", count: 5_000),
        String(repeating: "1,000", count: 2_000), String(repeating: "-", count: 10_000),
        String(repeating: " -1", count: 3_000), "9223372036854775808", "-9223372036854775808", "-9223372036854775807",
        "🙂", "👨‍👩‍👧‍👦", "1️⃣", "🇬🇧", "e\u{301}", "\u{301}", "\u{202E}12", "\u{FFFF}", "\u{10FFFF}",
        "'", "’’’", "?", "???", "-", "--5", "5-", "-5-", ".5", "5.", "5..5", ",", ",123", "1,", "1,23", "1,2345",
        String(repeating: "twenty ", count: 3_000), String(repeating: "a hundred and ", count: 2_000),
        String(repeating: "yes no ", count: 2_000), String(repeating: "not ", count: 5_000),
        "İstanbul", "ß", "ǅ", "ﬁxed", "ＦＩＸＥＤ", "１２", "²³", "Ⅻ",
    ]

    @Test(arguments: hostile)
    func neverTrapsOnOddInput(text: String) throws {
        let ruleBase = try #require(Self.ruleBase)
        for question in ruleBase.questions {
            let reading = PlainAnswerReader.read(text, for: question)
            if case .answer(.integer(let number)) = reading, case .integer(let range, _) = question.kind {
                #expect(range.contains(number))
            }
            _ = PlainAnswerReader.facts(in: text, questions: ruleBase.questions)
        }
    }

    @Test func hostileNumbersAreNotUnderstood() throws {
        for text in ["", "\u{0}", "🙂", "-5", "9223372036854775808", String(repeating: "9", count: 10_000), "-9223372036854775808"] {
            #expect(try Self.read(text, "users") == .notUnderstood, "\(text.prefix(40))")
        }
    }

    // MARK: - Facts in a line

    static let lineFacts: [(String, [String])] = [
        ("12 users and nobody checks the backups", ["users: 12", "backup_monitoring: false"]),
        ("We're 25 people, we'd like a fixed monthly fee and nobody checks backups",
         ["users: 25", "variable_bills: prefer_fixed", "backup_monitoring: false"]),
        ("about twenty staff; our network is complicated", ["users: 20", "network_complexity: complex"]),
        ("we have 8 employees and we do check our backups", ["users: 8", "backup_monitoring: true"]),
        ("users: 14", ["users: 14"]),
        ("a dozen people, downtime costs us a lot", ["users: 12", "downtime_cost: high"]),
        ("no proactive care needed, backups are checked by nobody",
         ["backup_monitoring: false", "proactive_care: false"]),
        ("bills can vary, that's fine", ["variable_bills: accept"]),
        ("we don't care about the bills", ["variable_bills: no_preference"]),
        ("the backups? yes, my partner checks them", []),
        ("one hundred and twenty users", ["users: 120"]),
        ("Twelve users. Nobody checks the backups!", ["users: 12", "backup_monitoring: false"]),
        ("12 users and backups: never checked", ["users: 12", "backup_monitoring: false"]),
    ]

    @Test(arguments: lineFacts)
    func findsFactsInALine(text: String, expected: [String]) throws {
        #expect(try Self.facts(text) == expected, "\(text)")
    }

    static let noFacts: [String] = [
        "", "hello", "12", "yes", "no", "fixed", "complicated", "nobody", "🙂", "\u{0}",
        "between 10 and 20 users", "10-20 users", "5 or 6 users", "10 to 15 people",
        "more than 12 users", "at least 12 staff", "12+ users", "12 users or more", "a few users", "7.5 users",
        "12 staff per site", "12 computers", "what is a backup?", "does anyone check backups?",
        "I'm not sure about backups", "backups sometimes", "maybe we check the backups",
        "nobody takes care of proactive backups", "we have 12", "we want fixed", "we lose money",
        "it's fine", "that's ok", "we have a server", "the backup monitoring", "nobody complains",
        "0 users", "-3 users", "99999999999999999999 users", "users 12 13",
        "fixed or hourly bills", "we don't want a fixed fee on our bills",
        "12 users?", "backups are checked by our partner",
        String(repeating: "backups ", count: 3_000),
    ]

    @Test(arguments: noFacts)
    func findsNoFactsWhereNoneAreClear(text: String) throws {
        #expect(try Self.facts(text) == [], "\(text.prefix(60))")
    }

    @Test func factsAreInQuestionOrderAndOncePerQuestion() throws {
        let ruleBase = try #require(Self.ruleBase)
        let facts = PlainAnswerReader.facts(
            in: "nobody checks the backups, 12 users, 12 people really", questions: ruleBase.questions)
        #expect(facts.map(\.question) == facts.map(\.question).sorted())
        #expect(Set(facts.map(\.question)).count == facts.count)
        #expect(try Self.facts("nobody checks the backups, 12 users, 12 people really") == ["users: 12", "backup_monitoring: false"])
        #expect(try Self.facts("12 users, no wait, 14 users") == [])
        #expect(try Self.facts("backups: yes. backups: no") == [])
    }

    @Test func factsWithNoQuestionsAreEmpty() {
        #expect(PlainAnswerReader.facts(in: "12 users and nobody checks the backups", questions: []).isEmpty)
    }

    // MARK: - Examples

    @Test func examplesForEachKind() throws {
        #expect(PlainAnswerReader.examples(for: try Self.question("users")) == ["7", "about 12", "twenty"])
        #expect(PlainAnswerReader.examples(for: try Self.question("backup_monitoring")) == ["yes", "no"])
        #expect(PlainAnswerReader.examples(for: try Self.question("variable_bills")) == ["fine", "fixed", "no preference"])
        #expect(PlainAnswerReader.examples(for: try Self.question("network_complexity")) == ["basic", "medium", "complicated"])
        #expect(PlainAnswerReader.examples(for: try Self.question("downtime_cost")) == ["not much", "some loss", "a lot"])
    }

    /// Every example reads back as an answer, and the examples of a choice question name different choices.
    @Test func examplesReadBack() throws {
        let ruleBase = try #require(Self.ruleBase)
        for question in ruleBase.questions {
            let examples = PlainAnswerReader.examples(for: question)
            #expect((2...3).contains(examples.count), "\(question.id)")
            var readings: [AnswerValue] = []
            for example in examples {
                guard case .answer(let value) = PlainAnswerReader.read(example, for: question) else {
                    Issue.record("\(question.id): example '\(example)' is not read as an answer")
                    continue
                }
                readings.append(value)
            }
            #expect(Set(readings).count == readings.count, "\(question.id): \(examples)")
        }
    }

    @Test func examplesStayInsideOddRanges() {
        let location = SourceLocation(file: "x.yaml", line: 1, column: 1)
        for range in [100...200, 0...1, 5...5, (Int.max - 1)...Int.max, -10...(-8)] {
            let question = Question(id: "n", label: "N", ask: "?", why: "", kind: .integer(range: range, unit: nil), location: location)
            let examples = PlainAnswerReader.examples(for: question)
            #expect(!examples.isEmpty, "\(range)")
            for example in examples {
                guard case .answer(.integer(let number)) = PlainAnswerReader.read(example, for: question) else {
                    Issue.record("\(range): example '\(example)' is not read")
                    continue
                }
                #expect(range.contains(number), "\(range): \(example)")
            }
        }
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

    // MARK: - Number words

    @Test(arguments: [0, 1, 7, 12, 19, 20, 21, 40, 99, 100, 101, 120, 999, 1000, 1001, 1234, 20_000, 999_999])
    func spelledNumbersReadBack(number: Int) throws {
        let words = try #require(PlainAnswerReader.NumberWords.spell(number))
        let tokens = PlainAnswerReader.scan(words)
        let reading = PlainAnswerReader.readNumbers(tokens)
        #expect(reading.mentions.map(\.value) == [number], "\(words)")
    }

    @Test func spellingOutsideItsRangeIsNil() {
        #expect(PlainAnswerReader.NumberWords.spell(-1) == nil)
        #expect(PlainAnswerReader.NumberWords.spell(1_000_000) == nil)
        #expect(PlainAnswerReader.NumberWords.spell(Int.max) == nil)
    }
}
