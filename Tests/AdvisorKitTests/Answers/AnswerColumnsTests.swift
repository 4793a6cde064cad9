import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The header and rows of CSV batch input.
@Suite struct AnswerColumnsTests {
    let ruleBase: RuleBase

    init() throws { ruleBase = try TestSupport.shippedRuleBase() }

    func read(_ row: [String], _ columns: AnswerColumns) -> (Answers?, AnswerProblem?) {
        var words = [Int](repeating: 0, count: ruleBase.questions.count)
        let problem = words.withUnsafeMutableBufferPointer { columns.read(row, into: $0) }
        return (problem == nil ? AnswerVector.answers(words, questions: ruleBase.questions) : nil, problem)
    }

    @Test func theHeaderNamesQuestionsTheIdAndIgnoredColumns() throws {
        let columns = try AnswerColumns(header: ["id", " users ", "note", "proactive_car"], ruleBase: ruleBase)
        let users = try #require(ruleBase.questionIndex("users"))
        #expect(columns.columns == [.id, .question(users), .ignored, .ignored])
        #expect(columns.warnings.count == 2)
        #expect(columns.warnings.last?.hasPrefix("line 1: the column 'proactive_car' is not a question; it is ignored; did you mean 'proactive_care'?") == true)
    }

    @Test func anEmptyHeaderCellIsIgnoredWithoutAWarning() throws {
        let columns = try AnswerColumns(header: ["users", "", " "], ruleBase: ruleBase)
        #expect(columns.columns.dropFirst() == [.ignored, .ignored])
        #expect(columns.warnings.isEmpty)
    }

    @Test func aColumnNamedTwiceIsRefused() {
        #expect(throws: AnswerColumns.RepeatedColumn(name: "users")) {
            try AnswerColumns(header: ["users", "id", "users"], ruleBase: ruleBase)
        }
    }

    @Test func cellsAreReadAsAnswersAndEmptyOnesAreUnanswered() throws {
        let columns = try AnswerColumns(header: ["id", "users", "backup_monitoring", "variable_bills"], ruleBase: ruleBase)
        let (answers, problem) = read(["c1", "12", "yes", ""], columns)
        #expect(problem == nil)
        #expect(columns.id(of: ["c1", "12"]) == "c1")
        #expect(columns.id(of: ["", "12"]) == nil)
        let users = try #require(ruleBase.questionIndex("users"))
        let backups = try #require(ruleBase.questionIndex("backup_monitoring"))
        let bills = try #require(ruleBase.questionIndex("variable_bills"))
        #expect(answers?[users] == .integer(12))
        #expect(answers?[backups] == .boolean(true))
        #expect(answers?[bills] == nil)
    }

    @Test func theFirstBadCellOrTooManyFieldsIsTheProblem() throws {
        let columns = try AnswerColumns(header: ["users", "variable_bills", "downtime_cost"], ruleBase: ruleBase)
        let (_, bad) = read(["12", "acept", "lots"], columns)
        #expect(bad?.question == "variable_bills")
        #expect(bad?.message.hasPrefix("'acept' is not a choice of variable_bills") == true)
        let (_, long) = read(["12", "accept", "low", "extra"], columns)
        #expect(long == AnswerProblem(question: nil, message: "the row has 4 fields but the header names 3 columns"))
    }

    @Test func blankRowsStandForNoCase() {
        #expect(AnswerColumns.isBlank([]))
        #expect(AnswerColumns.isBlank([""]))
        #expect(!AnswerColumns.isBlank(["", ""]))
    }
}
