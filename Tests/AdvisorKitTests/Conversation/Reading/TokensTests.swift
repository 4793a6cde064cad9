import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The scanner: a typed line as words, numbers and marks.
@Suite struct TokensTests {
    typealias Token = WordScanner.Token
    typealias Literal = WordScanner.Literal

    static let lines: [(String, [Token])] = [
        ("We DON'T", [.word("we"), .word("dont")]),
        ("we’re 12", [.word("were"), .number(Literal(digits: "12"))]),
        ("twenty-five", [.word("twenty"), .word("five")]),
        ("pay_as_you_go", [.word("pay"), .word("as"), .word("you"), .word("go")]),
        ("1,200 users", [.number(Literal(digits: "1200")), .word("users")]),
        ("5,6", [.number(Literal(digits: "5")), .mark(","), .number(Literal(digits: "6"))]),
        ("-5", [.number(Literal(digits: "5", isNegative: true))]),
        ("10 - 15", [.number(Literal(digits: "10")), .mark("-"), .number(Literal(digits: "15"))]),
        ("7.5", [.number(Literal(digits: "7", isFraction: true))]),
        ("m365", [.word("m"), .number(Literal(digits: "365", isGlued: true))]),
        ("½ 🙂?", [.oddNumeral, .mark("🙂"), .mark("?")]),
        ("a\u{0}b\u{200B}c", [.word("a"), .word("b"), .word("c")]),
    ]

    @Test(arguments: lines)
    func scansALine(text: String, expected: [Token]) {
        #expect(WordScanner.scan(text) == expected, "\(text.debugDescription)")
    }

    @Test func keysLeaveMarksAndOddNumbersOut() {
        let keys = WordScanner.scan("12 users, -3 and 7.5!").map(\.key)
        #expect(keys == ["12", "users", nil, nil, "and", nil, nil])
    }

    /// A line is scanned once: its tokens, keys and numbers are kept together.
    @Test func aTypedLineHoldsItsTokensKeysAndNumbers() {
        let line = PlainAnswerReader.TypedLine("about twelve people?")
        #expect(line.tokens == WordScanner.scan("about twelve people?"))
        #expect(line.keys == ["about", "twelve", "people", nil])
        #expect(line.numbers.mentions.map(\.value) == [12])
        #expect(line.isQuestion)
        #expect(!PlainAnswerReader.TypedLine("twelve").isQuestion)
    }
}
