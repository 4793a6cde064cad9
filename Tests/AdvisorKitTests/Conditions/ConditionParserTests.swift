import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The condition language, end to end through `ConditionChecker`: every accepted form and the
/// typed `Condition` it becomes, and every mistake with its code, its message and the offset
/// (in Unicode scalars) of the token it points at.
@Suite struct ConditionParserTests {
    // Question indices in `questions` below.
    static let users = 0, bills = 1, backups = 2, network = 3, downtime = 4

    static let questions: [Question] = {
        func question(_ id: String, _ kind: Question.Kind) -> Question {
            Question(id: id, label: id, ask: "?", why: ".", kind: kind, location: .init(file: "q.yaml", line: 1, column: 1))
        }
        func choices(_ values: String...) -> Question.Kind {
            .choice(values.map { Choice(value: $0, label: $0, aliases: []) })
        }
        return [
            question("users", .integer(range: 1...Int.max, unit: "users")),
            question("variable_bills", choices("accept", "prefer_fixed", "no_preference")),
            question("backup_monitoring", .boolean),
            question("network_complexity", choices("simple", "moderate", "complex")),
            question("downtime_cost", choices("low", "medium", "high")),
        ]
    }()

    func check(_ text: String) throws(ConditionCheckFailure) -> Condition {
        try ConditionChecker(questions: Self.questions).check(text)
    }

    /// The errors `text` produces; records an issue when it is accepted.
    func errors(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [ConditionError] {
        do {
            let condition = try check(text)
            Issue.record("'\(text)' was accepted as \(condition)", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.errors
        }
    }

    /// Checks that `text` fails with exactly one error of `code` at `start`, whose message holds `words`.
    func expectError(
        _ text: String, code: String, at start: Int, mentioning words: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let found = errors(text, sourceLocation: sourceLocation)
        guard found.count == 1, let error = found.first else {
            Issue.record("expected one error for '\(text)', got \(found)", sourceLocation: sourceLocation)
            return
        }
        #expect(error.code.rawValue == code, "\(text)", sourceLocation: sourceLocation)
        #expect(error.span.start == start, "\(text): \(error.message)", sourceLocation: sourceLocation)
        for word in words {
            #expect(error.message.contains(word), "'\(error.message)' should mention \(word)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - Accepted forms

    @Test func integerComparisonsBecomeIntervals() throws {
        let u = Self.users
        #expect(try check("users > 15") == .integerIn(u, IntegerInterval(lower: 16)))
        #expect(try check("users >= 16") == .integerIn(u, IntegerInterval(lower: 16)))
        #expect(try check("users < 6") == .integerIn(u, IntegerInterval(upper: 5)))
        #expect(try check("users <= 5") == .integerIn(u, IntegerInterval(upper: 5)))
        #expect(try check("users == 7") == .integerIn(u, IntegerInterval(lower: 7, upper: 7)))
        #expect(try check("users != 7") == .not(.integerIn(u, IntegerInterval(lower: 7, upper: 7))))
        #expect(try check("users>15") == .integerIn(u, IntegerInterval(lower: 16)), "spaces are optional")
        #expect(try check("users > -3") == .integerIn(u, IntegerInterval(lower: -2)), "negative literals")
    }

    @Test func comparisonsAtTheLimitsOfIntDoNotOverflow() throws {
        #expect(try check("users > \(Int.max)") == .constant(false))
        #expect(try check("users < \(Int.min)") == .constant(false))
    }

    @Test func rangesClosedHalfOpenAndNegated() throws {
        let u = Self.users
        #expect(try check("users in 6...15") == .integerIn(u, IntegerInterval(lower: 6, upper: 15)))
        #expect(try check("users in 6..<16") == .integerIn(u, IntegerInterval(lower: 6, upper: 15)))
        #expect(try check("users in 6..<16") == check("users in 6...15"))
        #expect(try check("users in 7...7") == .integerIn(u, IntegerInterval(lower: 7, upper: 7)))
        #expect(try check("users not in 1...5") == .not(.integerIn(u, IntegerInterval(lower: 1, upper: 5))))
        #expect(
            try check("users in [3, 9]")
                == .or([
                    .integerIn(u, IntegerInterval(lower: 3, upper: 3)), .integerIn(u, IntegerInterval(lower: 9, upper: 9)),
                ]))
    }

    @Test func choiceComparisonsBecomeSetsOfIndices() throws {
        #expect(try check("variable_bills == prefer_fixed") == .choiceIn(Self.bills, [1]))
        #expect(try check("variable_bills != accept") == .not(.choiceIn(Self.bills, [0])))
        #expect(try check("network_complexity in [moderate, complex]") == .choiceIn(Self.network, [1, 2]))
        #expect(
            try check("network_complexity in [complex, moderate, complex]") == .choiceIn(Self.network, [1, 2]),
            "sorted, without duplicates")
        #expect(try check("downtime_cost not in [low]") == .not(.choiceIn(Self.downtime, [0])))
    }

    @Test func yesNoQuestions() throws {
        let b = Self.backups
        #expect(try check("backup_monitoring") == .isTrue(b))
        #expect(try check("not backup_monitoring") == .not(.isTrue(b)))
        #expect(try check("backup_monitoring == true") == .isTrue(b))
        #expect(try check("backup_monitoring == false") == .not(.isTrue(b)))
        #expect(try check("backup_monitoring != false") == .isTrue(b))
        #expect(try check("backup_monitoring != true") == .not(.isTrue(b)))
        #expect(try check("not not backup_monitoring") == .not(.not(.isTrue(b))))
    }

    @Test func literals() throws {
        #expect(try check("true") == .constant(true))
        #expect(try check("false") == .constant(false))
        #expect(try check("  true  ") == .constant(true))
        #expect(try check("not false") == .not(.constant(false)))
    }

    @Test func andBindsTighterThanOr() throws {
        let a = Condition.isTrue(Self.backups)
        let b = Condition.integerIn(Self.users, IntegerInterval(lower: 11))
        let c = Condition.choiceIn(Self.bills, [0])
        #expect(try check("backup_monitoring or users > 10 and variable_bills == accept") == .or([a, .and([b, c])]))
        #expect(try check("backup_monitoring and users > 10 or variable_bills == accept") == .or([.and([a, b]), c]))
        #expect(try check("(backup_monitoring or users > 10) and variable_bills == accept") == .and([.or([a, b]), c]))
        #expect(try check("backup_monitoring and users > 10 and variable_bills == accept") == .and([a, b, c]), "chains are flat")
        #expect(try check("not backup_monitoring and users > 10") == .and([.not(a), b]), "not binds tightest")
        #expect(try check("not (backup_monitoring and users > 10)") == .not(.and([a, b])))
        #expect(try check("((backup_monitoring))") == a, "redundant parentheses vanish")
    }

    @Test func shippedRulesUseTheSameLanguage() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        let checker = ConditionChecker(questions: ruleBase.questions)
        let users = try #require(ruleBase.questionIndex("users"))
        let care = try #require(ruleBase.questionIndex("proactive_care"))
        let downtime = try #require(ruleBase.questionIndex("downtime_cost"))
        #expect(try checker.check("users in 6...15") == .integerIn(users, IntegerInterval(lower: 6, upper: 15)))
        #expect(
            try checker.check("not proactive_care and downtime_cost in [medium, high]")
                == .and([.not(.isTrue(care)), .choiceIn(downtime, [1, 2])]))
        for rule in ruleBase.rules {
            #expect(try checker.check(rule.conditionText) == rule.condition, "\(rule.id)")
        }
    }

    // MARK: - Syntax errors

    @Test func emptyCondition() {
        expectError("", code: "empty-condition", at: 0, mentioning: ["empty", "users > 10"])
        expectError("   ", code: "empty-condition", at: 3, mentioning: ["empty"])
    }

    @Test func unexpectedCharacter() {
        expectError("users > 5 @ 3", code: "unexpected-character", at: 10, mentioning: ["unexpected character '@'"])
        expectError("users ≥ 5", code: "unexpected-character", at: 6, mentioning: ["'≥'"])
    }

    @Test func offsetsCountUnicodeScalars() {
        // An ideographic space is one scalar but three UTF-8 bytes; "e" + combining acute is two
        // scalars but one Character.
        expectError("users\u{3000}= 5", code: "single-equals", at: 6, mentioning: ["=="])
        expectError("users > 5 and cafe\u{301}", code: "unexpected-character", at: 18, mentioning: ["unexpected character"])
    }

    @Test func singleEqualsSign() {
        expectError("users = 5", code: "single-equals", at: 6, mentioning: ["'=='", "not '='"])
    }

    @Test func cStyleOperators() {
        expectError("users > 5 && backup_monitoring", code: "c-style-operator", at: 10, mentioning: ["'and'", "'&&'"])
        expectError("users > 5 || backup_monitoring", code: "c-style-operator", at: 10, mentioning: ["'or'", "'||'"])
        expectError("!backup_monitoring", code: "c-style-operator", at: 0, mentioning: ["'not'", "'!'"])
        expectError("users > 5 and !backup_monitoring", code: "c-style-operator", at: 14, mentioning: ["'not'"])
    }

    @Test func unclosedParenthesis() {
        expectError(
            "(users > 5 and backup_monitoring", code: "unexpected-token", at: 32,
            mentioning: ["')'", "column 1", "end of the condition"])
        expectError(
            "users > 5 and (backup_monitoring or (true)", code: "unexpected-token", at: 42,
            mentioning: ["column 15"])
    }

    @Test func missingOperand() {
        expectError("users > 5 and", code: "unexpected-token", at: 13, mentioning: ["question id", "end of the condition"])
        expectError("users >", code: "unexpected-token", at: 7, mentioning: ["a number", "end of the condition"])
        expectError("users in 6..", code: "unexpected-character", at: 10, mentioning: ["'.'"])
    }

    @Test func trailingTokens() {
        expectError(
            "users > 5 backup_monitoring", code: "unexpected-token", at: 10,
            mentioning: ["'and', 'or' or the end", "'backup_monitoring'"])
        expectError("true false", code: "unexpected-token", at: 5, mentioning: ["'false'"])
        expectError("users > 5)", code: "unexpected-token", at: 9, mentioning: ["')'"])
    }

    @Test func notMustBeFollowedByIn() {
        expectError("users not 5", code: "unexpected-token", at: 6, mentioning: ["'in' after 'not'"])
    }

    @Test func numbersMustBeWholeAndFitInInt() {
        expectError("users > 7.5", code: "not-a-whole-number", at: 8, mentioning: ["whole numbers"])
        expectError(
            "users > 99999999999999999999", code: "number-too-large", at: 8,
            mentioning: ["99999999999999999999", "too large"])
    }

    @Test func nestingIsLimited() throws {
        let depth = ConditionParser.maximumDepth
        let shallow = String(repeating: "(", count: depth - 1) + "true" + String(repeating: ")", count: depth - 1)
        #expect(try check(shallow) == .constant(true))
        let deep = String(repeating: "(", count: depth + 1) + "true" + String(repeating: ")", count: depth + 1)
        expectError(deep, code: "too-deep", at: depth, mentioning: ["\(depth) levels"])
        let nots = String(repeating: "not ", count: 10 * depth) + "backup_monitoring"
        expectError(nots, code: "too-deep", at: 4 * depth, mentioning: ["nests more than"])
    }

    // MARK: - Errors found when checking against the questions

    @Test func unknownQuestionSuggestsTheNearestId() {
        expectError("user > 5", code: "unknown-question", at: 0, mentioning: ["'user'", "did you mean 'users'?"])
        expectError(
            "backup_monitoring and netwrok_complexity == simple", code: "unknown-question", at: 22,
            mentioning: ["'netwrok_complexity'", "did you mean 'network_complexity'?"])
        expectError("colour == blue", code: "unknown-question", at: 0, mentioning: ["unknown question 'colour'"])
        #expect(!errors("colour == blue").contains { $0.message.contains("did you mean") })
    }

    @Test func unknownChoiceSuggestsTheNearestValue() {
        expectError(
            "variable_bills == prefered_fixed", code: "unknown-choice", at: 18,
            mentioning: ["'prefered_fixed'", "'variable_bills'", "accept, prefer_fixed, no_preference", "did you mean 'prefer_fixed'?"])
        expectError(
            "network_complexity in [simple, complx]", code: "unknown-choice", at: 31,
            mentioning: ["'complx'", "did you mean 'complex'?"])
    }

    @Test func yesNoQuestionComparedWithANumber() {
        expectError(
            "backup_monitoring == 1", code: "type-mismatch", at: 21,
            mentioning: ["'backup_monitoring'", "yes/no", "the number 1", "true or false"])
        expectError("backup_monitoring > true", code: "type-mismatch", at: 0, mentioning: ["'==' and '!='"])
        expectError("backup_monitoring in [true, 0]", code: "type-mismatch", at: 28, mentioning: ["the number 0"])
    }

    @Test func choiceAndNumberOperandsMustMatchTheQuestion() {
        expectError("users == simple", code: "type-mismatch", at: 9, mentioning: ["'users' is a number", "'simple'"])
        expectError(
            "network_complexity == 2", code: "type-mismatch", at: 22,
            mentioning: ["is a choice", "the number 2", "simple, moderate, complex"])
    }

    @Test func choicesHaveNoOrder() {
        expectError(
            "network_complexity > simple", code: "unordered-choice", at: 0,
            mentioning: ["no order", "network_complexity in [simple, moderate, complex]"])
        expectError("users > 5 and downtime_cost >= medium", code: "unordered-choice", at: 14, mentioning: ["'downtime_cost'"])
    }

    @Test func bareNumberOrChoiceQuestion() {
        expectError("users", code: "number-needs-comparison", at: 0, mentioning: ["'users' is a number", "users > 10"])
        expectError("backup_monitoring and users", code: "number-needs-comparison", at: 22, mentioning: ["'users'"])
        expectError(
            "network_complexity", code: "choice-needs-comparison", at: 0,
            mentioning: ["is a choice", "network_complexity == simple"])
        expectError("not (downtime_cost)", code: "choice-needs-comparison", at: 5, mentioning: ["downtime_cost == low"])
    }

    @Test func emptyRanges() {
        expectError("users in 15...6", code: "empty-range", at: 9, mentioning: ["15...6", "contains no number"])
        expectError("users in 6..<6", code: "empty-range", at: 9, mentioning: ["6..<6"])
        expectError("users in 0..<\(Int.min)", code: "empty-range", at: 9, mentioning: ["contains no number"])
    }

    @Test func rangeOnAChoiceOrWithoutNumbers() {
        expectError(
            "network_complexity in simple...complex", code: "type-mismatch", at: 22,
            mentioning: ["not a number", "range does not apply", "[simple, moderate, complex]"])
        expectError("downtime_cost in 1...3", code: "type-mismatch", at: 17, mentioning: ["range does not apply"])
        expectError("users in 1...many", code: "type-mismatch", at: 13, mentioning: ["whole numbers", "'many'"])
    }

    @Test func everyResolutionErrorIsReportedInTextOrder() {
        let found = errors("user > 5 or network_complexity > simple or downtime_cost == hihg")
        #expect(found.map(\.code) == [.unknownQuestion, .unorderedChoice, .unknownChoice])
        #expect(found.map(\.span.start) == [0, 12, 60])
        #expect(found.last?.message.contains("did you mean 'high'?") == true)
    }
}
