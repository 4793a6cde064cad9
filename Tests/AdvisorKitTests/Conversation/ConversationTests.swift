import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The chat as a state machine, driven line by line without a terminal.
@Suite struct ConversationTests {
    static func conversation(_ answers: [String: String] = [:]) throws -> Conversation {
        let engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        let given = answers.isEmpty ? nil : try TestSupport.answers(answers, in: engine.ruleBase)
        return Conversation(engine: engine, answers: given)
    }

    /// The reply's blocks in short; a recommendation block is marked SUMMARY when the reply
    /// carries the owner's summary (the chat gave the recommendation), else ADVICE or
    /// CONDITIONAL (the full reasoning alone, as `how` gives it).
    static func text(_ reply: ChatReply) -> String {
        let shown = reply.summary == nil ? "" : "SUMMARY "
        return reply.blocks.map { block -> String in
            switch block {
            case .say(let text), .item(let text), .ask(let text), .note(let text): return text
            case .advice(let advice): return shown + "ADVICE " + advice.ruleBase.options[advice.recommendation].id
            case .conditional(let conditional): return shown + "CONDITIONAL " + conditional.summary
            case .costs(let report): return "COSTS " + report.ruleBase.options[report.cheapest].id
            }
        }.joined(separator: "\n")
    }

    static func id(_ conversation: Conversation) -> String? {
        conversation.currentQuestion.map { conversation.ruleBase.questions[$0].id }
    }

    @Test func startsWithTheNumberOfUsers() throws {
        var chat = try Self.conversation()
        let reply = chat.start()
        #expect(Self.id(chat) == "users")
        #expect(Self.text(reply).contains("How many people"))
    }

    @Test func aFullInterviewEndsInARecommendation() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        var reply = chat.handle("about 12 people")
        var turns = 0
        let answers = [
            "variable_bills": "bills can vary, that's fine", "backup_monitoring": "nope", "network_complexity": "some servers",
            "downtime_cost": "noticeable", "proactive_care": "not really",
        ]
        while let question = Self.id(chat), turns < 10 {
            reply = chat.handle(try #require(answers[question], "asked \(question)"))
            turns += 1
        }
        #expect(chat.currentQuestion == nil)
        #expect(Self.text(reply).contains("SUMMARY ADVICE break_fix"))
        let summary = try #require(reply.summary)
        #expect(TextRenderer(width: 80).render(summary).hasPrefix("Recommendation: Break-fix shop\n"))
        #expect(summary.nextSteps.hasPrefix("Type how for the full reasoning"))
    }

    @Test func skipsQuestionsThatCannotChangeTheOutcome() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        // From 16 to 49 users nothing else can change the outcome (the article's 10–15 user line);
        // the backups are still asked about, since they decide a caveat of any recommendation.
        let first = Self.text(chat.handle("40"))
        #expect(Self.id(chat) == "backup_monitoring")
        #expect(!first.contains("ADVICE"))
        let reply = chat.handle("yes, our office manager tests a restore every month")
        #expect(chat.currentQuestion == nil)
        let text = Self.text(reply)
        #expect(text.contains("No need to ask about variable bills, network complexity, cost of downtime and proactive care"))
        #expect(text.contains("SUMMARY ADVICE managed_services"))
    }

    /// Once the advice is given, a line that is no command and changes no answer says which
    /// commands it may have meant, or what the owner can do; a word that merely contains a
    /// command's name is no typo of it ("not" is not "why-not").
    @Test(arguments: [
        ("wh", "'wh' is not a command; did you mean why, what-if or why-not?"),
        ("hwo", "'hwo' is not a command; did you mean how?"),
        ("costz please", "'costz' is not a command; did you mean costs?"),
        ("thanks", "I didn't read that as a change to your answers; the recommendation stands. Tell me what has changed"),
        ("not sure what to make of it", "I didn't read that as a change to your answers"),
    ])
    func afterTheAdviceALineThatIsNoCommandSuggestsOne(line: String, reply: String) throws {
        var chat = try Self.conversation()
        _ = chat.start()
        _ = chat.handle("40")
        _ = chat.handle("yes")
        #expect(chat.currentQuestion == nil)
        let answer = chat.handle(line)
        #expect(Self.text(answer).hasPrefix(reply), "\(Self.text(answer))")
        #expect(answer.summary == nil)
    }

    @Test func notUnderstoodAsksAgainWithExamples() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        let reply = chat.handle("purple")
        #expect(Self.id(chat) == "users")
        #expect(Self.text(reply).contains("Sorry, I didn't understand that. I need a whole number of at least 1"))
        let zero = chat.handle("0")
        #expect(Self.id(chat) == "users")
        #expect(!Self.text(zero).isEmpty)
    }

    @Test func ambiguousAnswersAreNeverGuessed() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        let reply = chat.handle("5 or 6")
        #expect(Self.id(chat) == "users")
        #expect(chat.answers.unanswered.count == 6)
        #expect(Self.text(reply).contains("Which one do you mean?"))
    }

    @Test func oneLineCanStateSeveralFacts() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        let reply = chat.handle("12 users and nobody checks the backups")
        let rules = chat.ruleBase
        #expect(chat.answers[try #require(rules.questionIndex("users"))] == .integer(12))
        #expect(chat.answers[try #require(rules.questionIndex("backup_monitoring"))] == .boolean(false))
        #expect(Self.text(reply).contains("Noted: number of users: 12 users; backup monitoring: no."))
        #expect(Self.id(chat) != "backup_monitoring")
    }

    @Test func backUndoesTheLastAnswer() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        let second = Self.id(chat)
        _ = chat.handle("back")
        #expect(Self.id(chat) == "users")
        #expect(chat.answers.unanswered.count == 6)
        _ = chat.handle("12")
        #expect(Self.id(chat) == second)
        #expect(Self.text(chat.handle("restart")).contains("Starting again."))
        #expect(Self.text(chat.handle("back")).contains("nothing to undo"))
    }

    @Test func changeReopensAQuestionEvenAfterTheRecommendation() throws {
        var chat = try Self.conversation(["users": "40", "variable_bills": "prefer_fixed", "backup_monitoring": "yes"])
        _ = chat.start()
        #expect(chat.currentQuestion == nil)
        _ = chat.handle("change users")
        #expect(Self.id(chat) == "users")
        _ = chat.handle("3")
        #expect(chat.answers[0] == .integer(3))
        let unknown = chat.handle("change colour")
        #expect(Self.text(unknown).contains("Usage: change QUESTION"))
    }

    @Test func whatIfLeavesTheAnswersAlone() throws {
        var chat = try Self.conversation([
            "users": "12", "variable_bills": "accept", "backup_monitoring": "no",
            "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": "no",
        ])
        _ = chat.start()
        let before = chat.answers
        let reply = chat.handle("what-if users 20")
        #expect(chat.answers == before)
        #expect(
            Self.text(reply).contains("If number of users were 20 users, the recommendation would change from Break-fix shop to Managed services provider."))
        #expect(Self.text(chat.handle("what-if users lots")).contains("I can't read “lots”"))
    }

    @Test func howAndWhyNotExplainWithSources() throws {
        var chat = try Self.conversation([
            "users": "12", "variable_bills": "accept", "backup_monitoring": "no",
            "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": "no",
        ])
        _ = chat.start()
        // how is the full reasoning: the advice block alone (no summary), whose report names
        // the rules and their sources.
        let howReply = chat.handle("how")
        #expect(howReply.summary == nil)
        #expect(Self.text(howReply) == "ADVICE break_fix")
        guard case .advice(let advice)? = howReply.blocks.first else {
            Issue.record("how gives the advice")
            return
        }
        let how = TextRenderer(width: 80).render(advice)
        #expect(how.contains("rule accepts_variable_bills"))
        #expect(how.contains("source: Break-Fix model, Why they're a good fit"))
        let whyNot = Self.text(chat.handle("why-not managed services"))
        #expect(whyNot.contains("What held Managed services provider back:"))
        #expect(whyNot.contains("Managed services provider would lead if"))
        #expect(Self.text(chat.handle("why-not break_fix")).contains("is the recommendation"))
    }

    @Test func whyExplainsTheCurrentQuestion() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        let reply = Self.text(chat.handle("why"))
        #expect(reply.contains("Size decides most of this"))
        #expect(reply.contains("Your answer can sway: Sole proprietor, Break-fix shop, Managed services provider and In-house IT."))
    }

    @Test func saveProducesFilesTheOtherToolsRead() throws {
        var chat = try Self.conversation(["users": "40", "variable_bills": "prefer_fixed"])
        _ = chat.start()
        guard case .save(let path, let contents, _)? = chat.handle("save answers.json").effect else {
            Issue.record("save gave no effect")
            return
        }
        #expect(path == "answers.json")
        let decoded = try AnswerFile.decode(Data(contents.utf8), path: path, ruleBase: chat.ruleBase)
        #expect(decoded.answers == chat.answers)
        guard case .save(_, let testCase, _)? = chat.handle("save-test case.yaml").effect else {
            Issue.record("save-test gave no effect")
            return
        }
        let files = TestSupport.ruleFiles(["tests/case.yaml": testCase]) + (try FileReader.ruleFiles(in: TestSupport.rulesFolder)).filter { !$0.isTestFile }
        let (ruleBase, _) = try RuleBaseLoader.load(files)
        #expect(ruleBase.testCases.count == 1)
        #expect(chat.engine.run(try #require(ruleBase.testCases.first)).passed)
        #expect(chat.handle("quit").effect == .quit)
    }

    @Test func completesCommandsQuestionsAndAnswers() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        #expect(chat.completions(forTextBeforeCursor: "wh") == ["why", "what-if", "why-not"])
        #expect(chat.completions(forTextBeforeCursor: "change net") == ["network_complexity"])
        #expect(chat.completions(forTextBeforeCursor: "what-if variable_bills pre") == ["prefer_fixed", "predictable"])
        #expect(chat.completions(forTextBeforeCursor: "why-not man") == ["managed_services"])
        _ = chat.handle("12")
        let question = try #require(chat.currentQuestion)
        if case .boolean = chat.ruleBase.questions[question].kind {
            #expect(chat.completions(forTextBeforeCursor: "ye") == ["yes"])
        }
    }
}

extension ConversationTests {
    /// A line about other questions is not taken as a yes or no to the one being asked.
    @Test func factsAboutOtherQuestionsAreNotAnAnswerToAYesNoQuestion() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        _ = chat.handle("no preference")
        let proactive = try #require(chat.ruleBase.questionIndex("proactive_care"))
        #expect(chat.currentQuestion == proactive)
        let reply = chat.handle("nobody checks the backups")
        #expect(chat.answers[proactive] == nil)
        #expect(chat.answers[try #require(chat.ruleBase.questionIndex("backup_monitoring"))] == .boolean(false))
        #expect(Self.text(reply).contains("Noted: backup monitoring: no."))
    }
}

extension ConversationTests {
    /// After a reload the answers that still fit are kept, by question id.
    @Test func rebasingKeepsAnswersThatStillFit() throws {
        var chat = try Self.conversation(["users": "12", "variable_bills": "accept"])
        _ = chat.start()
        var files = try FileReader.ruleFiles(in: TestSupport.rulesFolder).filter { !$0.isTestFile }
        for index in files.indices where files[index].relativePath == "questions.yaml" {
            files[index].contents = files[index].contents.replacingOccurrences(of: "    min: 1\n", with: "    min: 20\n")
        }
        let (ruleBase, _) = try RuleBaseLoader.load(files)
        let (rebased, reply) = chat.rebased(on: Engine(ruleBase: ruleBase))
        #expect(rebased.answers[0] == nil, "12 users is below the new minimum of 20")
        #expect(rebased.answers[1] == .choice(0))
        #expect(Self.text(reply).contains("These answers no longer fit the rules and were dropped: users."))
    }
}
