import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Numbers spelled out in words, and read back.
@Suite struct NumberWordsTests {
    @Test(arguments: [0, 1, 7, 12, 19, 20, 21, 40, 99, 100, 101, 120, 999, 1000, 1001, 1234, 20_000, 999_999])
    func spelledNumbersReadBack(number: Int) throws {
        let words = try #require(PlainAnswerReader.NumberWords.spell(number))
        let tokens = WordScanner.scan(words)
        let reading = PlainAnswerReader.readNumbers(tokens)
        #expect(reading.mentions.map(\.value) == [number], "\(words)")
    }

    @Test func spellingOutsideItsRangeIsNil() {
        #expect(PlainAnswerReader.NumberWords.spell(-1) == nil)
        #expect(PlainAnswerReader.NumberWords.spell(1_000_000) == nil)
        #expect(PlainAnswerReader.NumberWords.spell(Int.max) == nil)
    }
}
