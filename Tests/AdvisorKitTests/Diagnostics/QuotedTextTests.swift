import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

@Suite struct QuotedTextTests {
    @Test func shortTextIsQuotedWhole() {
        #expect(QuotedText.quote("acept") == "'acept'")
        #expect(QuotedText.quote(String(repeating: "a", count: 60)) == "'" + String(repeating: "a", count: 60) + "'")
    }

    @Test func longTextIsCutWithItsSize() {
        let text = String(repeating: "é", count: 100)  // 200 bytes
        #expect(QuotedText.quote(text) == "'" + String(repeating: "é", count: 40) + "…' (200 bytes)")
    }

    @Test func aNameFarLongerThanEveryCandidateGetsNoSuggestion() {
        #expect(DidYouMean.suggestion(for: String(repeating: "users", count: 100_000), among: ["users", "proactive_care"]) == nil)
        #expect(DidYouMean.suggestion(for: "user", among: ["users", "proactive_care"]) == "users")
    }
}
