import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Numbers found in a scanned line, in digits or in words, and what makes one unreadable.
@Suite struct NumbersTests {
    static func values(_ text: String) -> [Int?] {
        PlainAnswerReader.readNumbers(WordScanner.scan(text)).mentions.map(\.value)
    }

    static let lines: [(String, [Int?])] = [
        ("12 people in 2 offices", [12, 2]),
        ("a hundred and twenty", [120]),
        ("half a dozen or two dozen", [6, 24]),
        ("minus 5", [-5]),
        ("3k", [3000]),
        ("no one here", []),
        ("99999999999999999999", [nil]),
    ]

    @Test(arguments: lines)
    func findsEveryNumber(text: String, expected: [Int?]) {
        #expect(Self.values(text) == expected, "\(text)")
    }

    @Test func fractionsOrdinalsAndOddNumeralsAreUnreadable() {
        for text in ["7.5", "1st", "½", "twenty hundred"] {
            #expect(!PlainAnswerReader.readNumbers(WordScanner.scan(text)).unreadable.isEmpty, "\(text)")
        }
        #expect(PlainAnswerReader.readNumbers(WordScanner.scan("12")).unreadable.isEmpty)
    }
}
