import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The registry of diagnostic codes: every code is published once, in one spelling.
@Suite struct DiagnosticCodeTests {
    @Test func everyCodeIsUnique() {
        let codes = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "codes used twice: \(codes.filter { code in codes.filter { $0 == code }.count > 1 })")
    }

    @Test func everyCodeIsLowerCaseWordsJoinedByHyphens() {
        for code in DiagnosticCode.allCases {
            let words = code.rawValue.split(separator: "-", omittingEmptySubsequences: false)
            #expect(words.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0.isNumber } }, "\(code.rawValue)")
        }
    }

    @Test func aDiagnosticCarriesItsCodesSpelling() {
        let diagnostic = Diagnostic(.warning, code: .unknownQuestion, message: "m", at: nil)
        #expect(diagnostic.code == "unknown-question")
    }
}
