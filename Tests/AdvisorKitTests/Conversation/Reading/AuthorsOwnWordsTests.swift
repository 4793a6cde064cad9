import Testing
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorModel

/// An author's question with aliases alone, no `mentions` (remote staff, added to the shipped
/// rules): its own words tell which clause speaks of it, so it is understood out of turn and
/// inside a longer line, as the shipped questions are through their mentions.
@Suite struct AuthorsOwnWordsTests {
    static let remote = """
        questions:
          - id: remote_staff
            type: choice
            label: Remote staff
            ask: Do your people mostly work in the office, from home, or a mix?
            why: Staff who work from home need help that reaches them there.
            choices:
              - value: mostly_remote
                label: most people work from home
                aliases: [mostly remote, remote first]
              - value: hybrid
                label: a mix of office and home
                aliases: [partly remote, half remote]
              - value: in_office
                label: everyone in the office
                aliases: [all in the office, office based]
        rules:
          - id: mostly_remote_staff
            when: remote_staff == mostly_remote
            points: {managed_services: 2}
            because: A provider that works remotely reaches people at home as easily as in the office.
            assumption: Our reading; the article does not speak of remote staff.

        """

    static func ruleBase() throws -> RuleBase {
        let files = DefaultRules.files.filter { !$0.isTestFile } + [RuleFile(path: "remote.yaml", relativePath: "remote.yaml", contents: remote)]
        return try RuleBaseLoader.load(files).0
    }

    static func read(_ text: String, asking id: String) throws -> (answer: Interpretation, facts: [String]) {
        let ruleBase = try Self.ruleBase()
        let reading = PlainAnswerReader.read(text, asking: try #require(ruleBase.questionIndex(id)), in: PlainAnswerReader.Vocabulary(ruleBase.questions))
        return (reading.answer, reading.facts.map { "\(ruleBase.questions[$0.question].id): \(ruleBase.questions[$0.question].spelling(of: $0.value))" })
    }

    @Test func oneLineAnswersTheAskedQuestionAndTheAuthorsOne() throws {
        let reading = try Self.read("we are 12 people and mostly remote", asking: "users")
        #expect(reading.answer == .answer(.integer(12)))
        #expect(reading.facts == ["remote_staff: mostly_remote"])
    }

    @Test(arguments: ["mostly remote", "we're partly remote these days", "everyone is office based"])
    func itsWordsAreReadOutOfTurn(_ text: String) throws {
        let reading = try Self.read(text, asking: "backup_monitoring")
        #expect(reading.answer == .notUnderstood)
        #expect(reading.facts.count == 1)
        #expect(reading.facts.first?.hasPrefix("remote_staff: ") == true)
    }

    /// The shipped questions keep their readings: words of theirs are not the new question's.
    @Test func theShippedQuestionsAreReadAsBefore() throws {
        #expect(try Self.read("12 users and nobody checks the backups", asking: "downtime_cost").facts == ["users: 12", "backup_monitoring: false"])
        #expect(try Self.read("mostly remote", asking: "remote_staff").answer == .answer(.choice(0)))
    }

    /// A phrase of the author's own, typed while its question is asked, is its answer even where
    /// its words name another question ("site" names the network): "one site" for a question
    /// about sites. Out of turn the other question keeps it.
    @Test func itsOwnPhraseIsItsAnswerWhenAsked() throws {
        let sites = """
            questions:
              - id: sites
                type: integer
                min: 1
                label: Sites
                ask: How many sites do you work from?
                why: Each site needs a visit.
                phrases: {1: [one site]}

            """
        let files = DefaultRules.files.filter { !$0.isTestFile } + [RuleFile(path: "sites.yaml", relativePath: "sites.yaml", contents: sites)]
        let ruleBase = try RuleBaseLoader.load(files).0
        let vocabulary = PlainAnswerReader.Vocabulary(ruleBase.questions)
        let asked = try #require(ruleBase.questionIndex("sites"))
        #expect(PlainAnswerReader.read("just the one site", asking: asked, in: vocabulary).answer == .answer(.integer(1)))
        let network = try #require(ruleBase.questionIndex("network_complexity"))
        #expect(PlainAnswerReader.read("one site", asking: network, in: vocabulary).answer == .answer(.choice(0)))
    }

    /// In the chat: both sure readings are taken and said, and neither question is asked next.
    @Test func theChatTakesItOutOfTurnAndSaysSo() throws {
        let ruleBase = try Self.ruleBase()
        var chat = Conversation(engine: Engine(ruleBase: ruleBase))
        _ = chat.start()
        let asked = try #require(chat.currentQuestion)
        let reply = chat.handle("we are 12 people and mostly remote")
        let remote = try #require(ruleBase.questionIndex("remote_staff"))
        #expect(chat.answers[remote] == .choice(0))
        let text = reply.blocks.map { "\($0)" }.joined(separator: "\n")
        #expect(text.contains("most people work from home"), "\(text)")
        #expect(ruleBase.questions[asked].id == "users")
        #expect(chat.answers[asked] == .integer(12))
        #expect(chat.currentQuestion != asked && chat.currentQuestion != remote)
    }
}
