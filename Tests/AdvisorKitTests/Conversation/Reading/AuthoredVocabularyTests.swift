import Foundation
import PseudoTerminalTesting
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// A rule author adds questions with their own aliases, phrases and mentions
/// (`Fixtures/reader/extra-questions/`): the chat understands them with no change to Swift.
@Suite struct AuthoredVocabularyTests {
    static func ruleBase() throws -> RuleBase {
        let folder = PackageFolder.root.appendingPathComponent("Tests/AdvisorKitTests/Fixtures/reader/extra-questions").path
        let files = try FileReader.ruleFiles(in: TestSupport.rulesFolder).filter { !$0.isTestFile } + FileReader.ruleFiles(in: folder)
        let (ruleBase, warnings) = try RuleBaseLoader.load(files)
        #expect(warnings.isEmpty, "\(warnings)")
        return ruleBase
    }

    static func read(_ text: String, asking id: String) throws -> (answer: String, facts: [String]) {
        let ruleBase = try Self.ruleBase()
        let question = try #require(ruleBase.questionIndex(id))
        let reading = PlainAnswerReader.read(text, asking: question, in: PlainAnswerReader.Vocabulary(ruleBase.questions))
        let spell = { (index: QuestionIndex, value: AnswerValue) in ruleBase.questions[index].spelling(of: value) }
        let answer: String
        switch reading.answer {
        case .answer(let value): answer = spell(question, value)
        case .unsure(let value): answer = "?" + spell(question, value)
        default: answer = "\(reading.answer)"
        }
        return (answer, reading.facts.map { "\(ruleBase.questions[$0.question].id): \(spell($0.question, $0.value))" })
    }

    @Test func itsOwnAnswersAreUnderstood() throws {
        #expect(try Self.read("all under one roof", asking: "shops").answer == "1")
        #expect(try Self.read("we have four", asking: "shops").answer == "4")
        #expect(try Self.read("a few days a week at home", asking: "remote_work").answer == "hybrid")
        #expect(try Self.read("nobody works from home", asking: "remote_work").answer == "office_only")
        #expect(try Self.read("probably fully remote", asking: "remote_work").answer == "?fully_remote")
    }

    /// Its mentions tell which clause speaks of it, so one line answers it beside another question.
    @Test func itsMentionsFindFactsInALine() throws {
        let reading = try Self.read("14 staff across 3 stores, and some days from home for remote work", asking: "users")
        #expect(reading.answer == "14")
        #expect(reading.facts == ["shops: 3", "remote_work: hybrid"])
        let other = try Self.read("we're hybrid on remote work, and nobody checks the backups", asking: "downtime_cost")
        #expect(other.facts == ["backup_monitoring: false", "remote_work: hybrid"])
    }

    /// The chat asks the new questions too, and takes their answers in words.
    @Test func theChatAsksAndReadsThem() throws {
        var chat = Conversation(engine: Engine(ruleBase: try Self.ruleBase()))
        _ = chat.start()
        _ = chat.handle("2")
        _ = chat.handle("change remote_work")
        #expect(chat.currentQuestion.map { chat.ruleBase.questions[$0].id } == "remote_work")
        _ = chat.handle("part of the week, mostly")
        _ = chat.handle("yes")
        #expect(chat.answers[try #require(chat.ruleBase.questionIndex("remote_work"))] == .choice(1))
    }
}
