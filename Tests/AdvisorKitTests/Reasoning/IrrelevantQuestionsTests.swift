import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The case of issue 14: the shipped rules plus twenty yes/no questions of which, by
/// construction, only two can change the outcome. The other eighteen move every option alike
/// (alone or together), so only bounds on differences of scores can see that they do not matter.
@Suite struct IrrelevantQuestionsTests {
    static let extraIDs = (1...20).map { "extra_\($0)" }

    static func ruleBase() throws -> RuleBase {
        var questions = "questions:\n"
        for id in extraIDs { questions += "  - {id: \(id), type: boolean, label: \(id), ask: \(id)?, why: Generated.}\n" }
        var rules = "rules:\n"
        // extra_1 yes hands the lead to in-house IT or a sole proprietor, depending on extra_2.
        rules += "  - {id: first_and_second, when: extra_1 and extra_2, points: {in_house: 100}, because: B., assumption: T.}\n"
        rules += "  - {id: first_not_second, when: extra_1 and not extra_2, points: {sole_proprietor: 100}, because: B., assumption: T.}\n"
        for (index, id) in extraIDs.enumerated().dropFirst(2) {
            rules +=
                "  - {id: alike_\(index), when: \(id), points: {sole_proprietor: 3, break_fix: 3, managed_services: 3, in_house: 3}, because: B., assumption: T.}\n"
            if index > 2 {
                rules +=
                    "  - {id: pair_\(index), when: \(id) and not \(extraIDs[index - 1]), points: {sole_proprietor: -2, break_fix: -2, managed_services: -2, in_house: -2}, because: B., assumption: T.}\n"
            }
        }
        var files = try FileReader.ruleFiles(in: TestSupport.rulesFolder).filter { !$0.isTestFile }
        files.append(RuleFile(path: "extra/questions.yaml", relativePath: "extra/questions.yaml", contents: questions))
        files.append(RuleFile(path: "extra/rules.yaml", relativePath: "extra/rules.yaml", contents: rules))
        return try RuleBaseLoader.load(files).0
    }

    /// The shipped questions answered (as in the README's example), the twenty extra ones open.
    static func shippedAnswers(_ ruleBase: RuleBase) throws -> Answers {
        try TestSupport.answers(
            [
                "users": "12", "variable_bills": "accept", "backup_monitoring": "false",
                "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": "false",
            ], in: ruleBase)
    }

    @Test func answersNamesExactlyTheTwoQuestionsThatMatter() throws {
        let ruleBase = try Self.ruleBase()
        let engine = Engine(ruleBase: ruleBase)
        let answers = try Self.shippedAnswers(ruleBase)
        let ids = { (questions: [QuestionIndex]) in questions.map { ruleBase.questions[$0].id } }
        let result = engine.analyze(answers)
        #expect(Set(ids(result.openQuestions.map(\.question))) == ["extra_1", "extra_2"])
        #expect(ids(result.openQuestions.map(\.question)).first == "extra_1", "extra_1 matters whatever extra_2 is")
        #expect(Set(ids(result.irrelevantQuestions)) == Set(Self.extraIDs.dropFirst(2)))
        #expect(throws: AdviceError.self) { try engine.advise(answers) }
        do {
            _ = try engine.advise(answers)
        } catch {
            guard case .unsettled(let open, _) = error else { return }
            #expect(Set(ids(open)) == ["extra_1", "extra_2"])
        }
        // Told no to extra_1, nothing can change the outcome any more.
        let no = answers.with(try #require(ruleBase.questionIndex("extra_1")), .boolean(false))
        let settled = engine.analyze(no)
        #expect(settled.settledRecommendation != nil)
        #expect(Set(ids(settled.irrelevantQuestions)) == Set(Self.extraIDs.dropFirst()))
        #expect(
            try engine.advise(no).recommendation == engine.evaluate(no.with(try #require(ruleBase.questionIndex("extra_2")), .boolean(true))).recommendation)
    }

    @Test func theChatToldNoAsksNothingMore() throws {
        let ruleBase = try Self.ruleBase()
        var chat = Conversation(engine: Engine(ruleBase: ruleBase), answers: try Self.shippedAnswers(ruleBase))
        _ = chat.start()
        #expect(chat.currentQuestion.map { ruleBase.questions[$0].id } == "extra_1")
        let reply = chat.handle("no")
        #expect(chat.currentQuestion == nil, "no further question")
        let text = reply.blocks.map { block -> String in
            switch block {
            case .say(let text), .item(let text), .ask(let text), .note(let text): return text
            default: return ""
            }
        }.joined(separator: "\n")
        #expect(text.contains("No need to ask about " + Prose.list(Self.extraIDs.dropFirst().map { $0 }) + ": no answer could change the outcome."), "\(text)")
    }

    /// The core keeps options in 64-bit masks; a 65th option is refused when the rules load, never miscounted.
    @Test func moreThanSixtyFourOptionsAreRefused() {
        let options = (0...64).map { "  - {id: o\($0), name: O\($0), description: O.}" }.joined(separator: "\n")
        let files = TestSupport.ruleFiles([
            "base.yaml": "questions:\n  - {id: q, type: boolean, label: Q, ask: Q?, why: W.}\noptions:\n" + options + "\n",
            "rules.yaml": "rules:\n  - {id: r, when: q, points: {o1: 1}, because: B., assumption: T.}\n",
        ])
        #expect(throws: RuleBaseError.self) { try RuleBaseLoader.load(files) }
        do {
            _ = try RuleBaseLoader.load(files)
        } catch {
            #expect(error.diagnostics.map(\.code) == ["too-many-options"])
        }
    }
}
