import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Answer files against the shipped rule base: the JSON and YAML that must be accepted, and for
/// every bad input the diagnostic (code, a message naming the question, the bad value and what
/// is valid, and the line and column).
@Suite struct AnswerFileTests {
    let ruleBase: RuleBase

    init() throws {
        ruleBase = try TestSupport.shippedRuleBase()
    }

    func decode(_ text: String) throws(AnswerFileError) -> DecodedAnswers {
        try AnswerFile.decode(Data(text.utf8), path: "answers.json", ruleBase: ruleBase)
    }

    /// The diagnostics of `data`, which must be refused.
    func diagnostics(_ data: Data, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do {
            let decoded = try AnswerFile.decode(data, path: "answers.json", ruleBase: ruleBase)
            Issue.record("accepted as \(decoded.answers.values)", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Checks that `text` is refused with exactly one error `code` at `line:column`, mentioning `words`.
    func expectError(
        _ text: String, code: String, at place: String, mentioning words: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        expectError(Data(text.utf8), code: code, at: place, mentioning: words, sourceLocation: sourceLocation)
    }

    func expectError(
        _ data: Data, code: String, at place: String, mentioning words: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let found = diagnostics(data, sourceLocation: sourceLocation)
        TestSupport.expectOne(.error, in: found, code: code, at: "answers.json:" + place, mentioning: words, sourceLocation: sourceLocation)
    }

    /// The answer to `id`, by question id.
    func answer(_ decoded: DecodedAnswers, _ id: String) throws -> AnswerValue? {
        decoded.answers[try #require(ruleBase.questionIndex(id))]
    }

    // MARK: - Accepted

    static let complete: [String: AnswerValue] = [
        "users": .integer(12), "variable_bills": .choice(1), "backup_monitoring": .boolean(true),
        "network_complexity": .choice(2), "downtime_cost": .choice(0), "proactive_care": .boolean(false),
    ]

    func expectComplete(_ decoded: DecodedAnswers, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(decoded.warnings.isEmpty, sourceLocation: sourceLocation)
        #expect(decoded.answers.isComplete, sourceLocation: sourceLocation)
        for (id, value) in Self.complete {
            #expect(try answer(decoded, id) == value, "\(id)", sourceLocation: sourceLocation)
        }
    }

    @Test func validJSON() throws {
        try expectComplete(
            decode(
                """
                {"users": 12, "variable_bills": "prefer_fixed", "backup_monitoring": true,
                 "network_complexity": "complex", "downtime_cost": "low", "proactive_care": false}
                """))
    }

    @Test func validYAML() throws {
        try expectComplete(
            decode(
                """
                # answers for the shop on Main Street
                users: 12
                variable_bills: prefer_fixed
                backup_monitoring: yes
                network_complexity: complex
                downtime_cost: low
                proactive_care: no
                """))
    }

    @Test func jsonIndentedWithTabs() throws {
        try expectComplete(
            decode(
                "{\n\t\"users\": 12,\n\t\"variable_bills\": \"prefer_fixed\",\n\t\"backup_monitoring\": true,\n"
                    + "\t\"network_complexity\": \"complex\",\n\t\"downtime_cost\": \"low\",\n\t\"proactive_care\": false\n}\n"))
        // Columns still count the tab as one character.
        expectError("{\n\t\"users\": -3\n}", code: "bad-answer", at: "2:11", mentioning: ["users", "'-3'"])
    }

    /// `null` leaves the question unanswered and marks it "don't know", in both readings.
    @Test func nullMeansDontKnow() throws {
        let decoded = try decode(#"{"users": null, "backup_monitoring": ~, "proactive_care": true}"#)
        #expect(decoded.answers.values.compactMap { $0 } == [.boolean(true)])
        #expect(decoded.answers.unanswered.count == ruleBase.questions.count - 1)
        #expect(decoded.unknown == [ruleBase.questionIndex("users"), ruleBase.questionIndex("backup_monitoring")].compactMap { $0 })
        #expect(decoded.warnings.isEmpty)
        #expect(try decode("{}").answers == Answers(questionCount: ruleBase.questions.count))
        #expect(try decode("{}").unknown.isEmpty)
        let json = Data(#"{"proactive_care": null, "users": 3}"#.utf8)
        let fast = try #require(AnswerFile.scanned(json, ruleBase: ruleBase), "plain JSON takes the fast path")
        #expect(fast.unknown == [ruleBase.questionIndex("proactive_care")].compactMap { $0 })
        #expect(try AnswerFile.decodeFully(json, path: "a.json", ruleBase: ruleBase) == fast)
    }

    @Test func quotedNumbersAndNumbersWithSpaces() throws {
        #expect(try answer(decode(#"{"users": "12"}"#), "users") == .integer(12))
        #expect(try answer(decode(#"{"users": " 7 "}"#), "users") == .integer(7))
        #expect(try answer(decode("users: '1'"), "users") == .integer(1))
    }

    @Test(arguments: ["true", "yes", "y", "on", "YES", "True", "\"yes\"", "\"On\""])
    func yesSpellings(_ spelling: String) throws {
        #expect(try answer(decode("backup_monitoring: \(spelling)"), "backup_monitoring") == .boolean(true))
    }

    @Test(arguments: ["false", "no", "n", "off", "NO", "False", "\"no\"", "\"Off\""])
    func noSpellings(_ spelling: String) throws {
        #expect(try answer(decode("proactive_care: \(spelling)"), "proactive_care") == .boolean(false))
    }

    @Test func choiceAliasesAreAccepted() throws {
        let decoded = try decode(
            """
            {"variable_bills": "Fixed Fee", "network_complexity": "a few PCs", "downtime_cost": "we lose money"}
            """)
        #expect(try answer(decoded, "variable_bills") == .choice(1))
        #expect(try answer(decoded, "network_complexity") == .choice(0))
        #expect(try answer(decoded, "downtime_cost") == .choice(2))
        #expect(try answer(decode("variable_bills: pay-as-you-go"), "variable_bills") == .choice(0))
        #expect(try answer(decode("variable_bills: No Preference"), "variable_bills") == .choice(2))
    }

    // MARK: - Refused values

    @Test func usersOutOfRange() {
        expectError(
            #"{"users": -3}"#, code: "bad-answer", at: "1:11",
            mentioning: ["users", "'-3'", "out of range", "a whole number of at least 1"])
        expectError(
            "proactive_care: true\nusers: 0\n", code: "bad-answer", at: "2:8",
            mentioning: ["users", "'0'", "out of range", "at least 1"])
    }

    @Test func usersNotAWholeNumber() {
        expectError(
            #"{"users": 7.5}"#, code: "bad-answer", at: "1:11",
            mentioning: ["users", "'7.5'", "not a whole number", "a whole number of at least 1"])
        expectError(
            #"{"users": 99999999999999999999}"#, code: "bad-answer", at: "1:11",
            mentioning: ["users", "'99999999999999999999'", "too large", "at least 1"])
        expectError(
            #"{"users": "many"}"#, code: "bad-answer", at: "1:11",
            mentioning: ["users", "'many'", "not a number", "a whole number of at least 1"])
    }

    @Test func unknownChoiceSuggestsTheNearestValue() {
        expectError(
            "users: 4\nvariable_bills: prefer_fix\n", code: "bad-answer", at: "2:17",
            mentioning: ["variable_bills", "'prefer_fix'", "one of accept, prefer_fixed, no_preference", "did you mean 'prefer_fixed'?"])
        expectError(
            #"{"network_complexity": "enormous"}"#, code: "bad-answer", at: "1:24",
            mentioning: ["network_complexity", "'enormous'", "one of simple, moderate, complex"])
    }

    @Test func maybeIsNotYesOrNo() {
        expectError(
            #"{"backup_monitoring": "maybe"}"#, code: "bad-answer", at: "1:23",
            mentioning: ["backup_monitoring", "'maybe'", "yes or no (true or false)"])
    }

    @Test func listOrMappingInsteadOfAValue() {
        expectError(#"{"users": [1, 2]}"#, code: "bad-answer", at: "1:11", mentioning: ["users", "a whole number", "found a list"])
        expectError("downtime_cost:\n  level: high\n", code: "bad-answer", at: "2:3", mentioning: ["downtime_cost", "found a mapping"])
    }

    @Test func everyBadValueIsReported() {
        let found = diagnostics(Data(#"{"users": 0, "backup_monitoring": "maybe", "downtime_cost": "huge"}"#.utf8))
        #expect(found.map(\.code) == ["bad-answer", "bad-answer", "bad-answer"])
        #expect(found.map { $0.location?.column } == [11, 35, 61])
    }

    @Test func unknownQuestionIsAWarning() throws {
        let decoded = try decode(#"{"user": 4, "proactive_care": true}"#)
        let warning = try #require(decoded.warnings.first)
        #expect(decoded.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.code == "unknown-question")
        #expect(warning.location?.description == "answers.json:1:2")
        #expect(warning.message.contains("'user' is not a question"))
        #expect(warning.message.contains("ignored"))
        #expect(warning.message.contains("did you mean 'users'?"))
        #expect(try answer(decoded, "users") == nil)
        #expect(try answer(decoded, "proactive_care") == .boolean(true))
    }

    // MARK: - Refused files

    @Test func jsonSyntaxError() {
        // A '}' where the list opened on the same line needs ']': reported at the '}'.
        expectError(
            "{\n  \"users\": 7,\n  \"downtime_cost\": [\"high\"}\n}\n", code: "yaml-syntax", at: "3:27",
            mentioning: ["syntax error", "did not find expected ',' or ']'", "line 3, column 20"])
        // A missing comma is noticed at the ':' of the next key, on the line that follows it.
        expectError(
            "{\"users\": 12\n \"proactive_care\": true}", code: "yaml-syntax", at: "2:18",
            mentioning: ["did not find expected ',' or '}'"])
    }

    @Test func emptyOrBlankFile() {
        expectError("", code: "empty-file", at: "1:1", mentioning: ["empty", "{\"users\": 7"])
        expectError(" \n\t\n  ", code: "empty-file", at: "1:1", mentioning: ["empty"])
        expectError("# only a comment\n", code: "empty-file", at: "1:1", mentioning: ["no answers"])
    }

    @Test func notAnObject() {
        expectError("[1, 2]", code: "not-an-object", at: "1:1", mentioning: ["expected an object", "found a list"])
        expectError("42", code: "not-an-object", at: "1:1", mentioning: ["found '42'"])
        expectError("null", code: "not-an-object", at: "1:1", mentioning: ["found nothing"])
    }

    @Test func invalidUTF8() {
        expectError(
            Data("{\"users\"".utf8) + [0xFF, 0xFE] + Data(": 3}".utf8), code: "not-utf8", at: "1:1",
            mentioning: ["not UTF-8", "offset 8"])
    }

    @Test func nulByte() {
        expectError(Data("{\"users\": 3}\0".utf8), code: "nul-byte", at: "1:1", mentioning: ["NUL byte"])
    }

    // MARK: - AnswerValueParser

    func parse(_ text: String, _ id: String) throws -> AnswerValue {
        try AnswerValueParser.parse(text, for: try #require(ruleBase.question(id)))
    }

    func rejection(_ text: String, _ id: String) throws -> String {
        let question = try #require(ruleBase.question(id))
        return try #require(throws: AnswerValueParser.Rejection.self) { try AnswerValueParser.parse(text, for: question) }.message
    }

    @Test func parserReadsNumbers() throws {
        #expect(try parse("12", "users") == .integer(12))
        #expect(try parse("  3\n", "users") == .integer(3))
        #expect(try parse("+4", "users") == .integer(4))
        #expect(try parse(String(Int.max), "users") == .integer(Int.max))
        #expect(try rejection("0", "users") == "is out of range for users: expected a whole number of at least 1")
        #expect(try rejection("2.5", "users") == "is not a whole number: users takes a whole number of at least 1")
        #expect(try rejection("12 people", "users") == "is not a number: users takes a whole number of at least 1")
        #expect(try rejection("", "users").contains("is not a number"))
    }

    @Test func parserReadsYesAndNo() throws {
        #expect(try parse(" Yes ", "backup_monitoring") == .boolean(true))
        #expect(try parse("OFF", "backup_monitoring") == .boolean(false))
        #expect(try rejection("1", "backup_monitoring") == "is not a valid answer to backup_monitoring: expected yes or no (true or false)")
        #expect(try rejection("yeah", "backup_monitoring").contains("yes or no"))
    }

    @Test func parserReadsChoicesAndAliases() throws {
        #expect(try parse("complex", "network_complexity") == .choice(2))
        #expect(try parse("Very-Complicated", "network_complexity") == .choice(2))
        #expect(try parse("prefer fixed", "variable_bills") == .choice(1))
        #expect(try parse("HOURLY", "variable_bills") == .choice(0))
        #expect(
            try rejection("simpel", "network_complexity")
                == "is not a choice of network_complexity: expected one of simple, moderate, complex; did you mean 'simple'?")
        #expect(try rejection("purple", "network_complexity") == "is not a choice of network_complexity: expected one of simple, moderate, complex")
    }

    // MARK: - DidYouMean

    @Test func didYouMeanFindsNearMisses() {
        let ids = ruleBase.questions.map(\.id)
        #expect(DidYouMean.suggestion(for: "user", among: ids) == "users")
        #expect(DidYouMean.suggestion(for: "USERS", among: ids) == "users")
        #expect(DidYouMean.suggestion(for: "netwrok_complexity", among: ids) == "network_complexity")
        #expect(DidYouMean.suggestion(for: "backup_monitorng", among: ids) == "backup_monitoring")
        #expect(DidYouMean.suggestion(for: "proactive", among: ids) == "proactive_care")
        #expect(DidYouMean.suggestion(for: "fixed", among: ["accept", "prefer_fixed", "no_preference"]) == "prefer_fixed")
        #expect(DidYouMean.suggestion(for: "int", among: ["integer", "boolean", "choice"]) == "integer")
        #expect(DidYouMean.hint(for: "user", among: ids) == "; did you mean 'users'?")
    }

    @Test func didYouMeanLeavesUnrelatedNamesAlone() {
        let ids = ruleBase.questions.map(\.id)
        for name in ["banana", "colour", "budget", "xy", "q", "employees"] {
            #expect(DidYouMean.suggestion(for: name, among: ids) == nil, "\(name)")
        }
        #expect(DidYouMean.suggestion(for: "users", among: []) == nil)
        #expect(DidYouMean.hint(for: "banana", among: ids) == "")
    }

    @Test func editDistanceCountsTranspositionsAsOneEdit() {
        #expect(DidYouMean.editDistance("kitten", "sitting") == 3)
        #expect(DidYouMean.editDistance("ab", "ba") == 1)
        #expect(DidYouMean.editDistance("", "abc") == 3)
        #expect(DidYouMean.editDistance("users", "users") == 0)
    }
}
