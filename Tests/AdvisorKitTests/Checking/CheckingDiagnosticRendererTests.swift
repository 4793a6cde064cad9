import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Compiler-style text with the source line and a caret, and JSON for tools.
@Suite struct CheckingDiagnosticRendererTests {
    /// Line 2 starts with a tab; line 3 has a non-ASCII letter (U+00EF, one scalar) before column 14.
    static let file = RuleFile(
        path: "Rules/rules/size.yaml", relativePath: "rules/size.yaml",
        contents: "rules:\n\t- id: tabbed\n  - na\u{EF}ve: \u{2713} x\n")

    static func warning(_ code: DiagnosticCode, _ message: String, at place: (Int, Int)?, file: String = file.path) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: place.map { SourceLocation(file: file, line: $0.0, column: $0.1) })
    }

    @Test func caretUnderALineWithATab() {
        let text = DiagnosticRenderer.text([Self.warning(.zeroPoints, "gives 0", at: (2, 4))], files: [Self.file])
        #expect(text == "Rules/rules/size.yaml:2:4: warning: gives 0 [zero-points]\n\t- id: tabbed\n\t  ^\n")
    }

    @Test func caretCountsUnicodeScalars() {
        let text = DiagnosticRenderer.text([Self.warning(.neverTrue, "never", at: (3, 14))], files: [Self.file])
        #expect(text == "Rules/rules/size.yaml:3:14: warning: never [never-true]\n  - na\u{EF}ve: \u{2713} x\n             ^\n")
    }

    @Test func errorsAndCarriageReturns() {
        let file = RuleFile(path: "q.yaml", relativePath: "q.yaml", contents: "a: 1\r\nb: [\r\n")
        let error = Diagnostic(.error, code: .yamlSyntax, message: "cannot parse", at: SourceLocation(file: "q.yaml", line: 2, column: 4))
        #expect(DiagnosticRenderer.text([error], files: [file]) == "q.yaml:2:4: error: cannot parse [yaml-syntax]\nb: [\n   ^\n")
    }

    /// Without a location, an unknown file or a line past the end, only the first line is written.
    @Test func noSourceLineWhenItIsUnknown() {
        let diagnostics = [
            Self.warning(.tie, "options a and b tie", at: nil),
            Self.warning(.unusedQuestion, "unused", at: (1, 1), file: "elsewhere.yaml"),
            Self.warning(.unusedQuestion, "past the end", at: (40, 1)),
        ]
        #expect(
            DiagnosticRenderer.text(diagnostics, files: [Self.file]) == """
                warning: options a and b tie [tie]
                elsewhere.yaml:1:1: warning: unused [unused-question]
                Rules/rules/size.yaml:40:1: warning: past the end [unused-question]

                """)
        #expect(DiagnosticRenderer.text([], files: []) == "")
    }

    /// A column past the end of the line (even an absurd one) puts the caret after the last character.
    @Test func columnPastTheEndOfTheLine() {
        for column in [7, 9, Int.max] {
            let text = DiagnosticRenderer.text([Self.warning(.tie, "m", at: (1, column))], files: [Self.file])
            #expect(text.hasSuffix("rules:\n      ^\n"), "\(text)")
        }
        let start = DiagnosticRenderer.text([Self.warning(.tie, "m", at: (1, 0))], files: [Self.file])
        #expect(start.hasSuffix("rules:\n^\n"))
    }

    @Test func jsonRoundTrip() throws {
        let diagnostics = [
            Self.warning(.zeroPoints, "rule 'a' gives \"b\" 0 points\nreally", at: (2, 4)),
            Diagnostic(.error, code: .noRules, message: "the rule base defines no rules", at: nil),
        ]
        let json = DiagnosticRenderer.json(diagnostics)
        #expect(json.hasSuffix("\n"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        let first = try #require(parsed.first)
        #expect(first["file"] as? String == "Rules/rules/size.yaml")
        #expect(first["line"] as? Int == 2)
        #expect(first["column"] as? Int == 4)
        #expect(first["severity"] as? String == "warning")
        #expect(first["code"] as? String == "zero-points")
        #expect(first["message"] as? String == "rule 'a' gives \"b\" 0 points\nreally")
        let second = try #require(parsed.last)
        #expect(second["file"] is NSNull && second["line"] is NSNull && second["column"] is NSNull)
        #expect(second["severity"] as? String == "error")
        #expect(second["code"] as? String == "no-rules")
        #expect(Set(second.keys) == ["file", "line", "column", "severity", "code", "message"])
        #expect(DiagnosticRenderer.json([]) == "[]\n")
    }

    @Test func jsonKeepsTheFieldOrder() {
        let json = DiagnosticRenderer.json([Self.warning(.tie, "t", at: nil)])
        #expect(
            json == """
                [
                  {
                    "file": null,
                    "line": null,
                    "column": null,
                    "severity": "warning",
                    "code": "tie",
                    "message": "t"
                  }
                ]

                """)
    }
}
