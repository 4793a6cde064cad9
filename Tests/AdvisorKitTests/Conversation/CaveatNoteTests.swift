import Testing

@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorModel

/// When the answers settle the recommendation but a caveat is still open, the chat says why it
/// asks one more question, once.
@Suite struct CaveatNoteTests {
    static let note = "That is enough to recommend. First, a few questions about what to arrange before you sign."

    func notes(_ reply: ChatReply) -> [String] {
        reply.blocks.compactMap { if case .note(let text) = $0 { return text } else { return nil } }
    }

    func asks(_ reply: ChatReply) -> [String] {
        reply.blocks.compactMap { if case .ask(let text) = $0 { return text } else { return nil } }
    }

    @Test func theChatSaysOnceWhyItAsksAboutACaveat() throws {
        let ruleBase = DefaultRules.ruleBase
        var conversation = Conversation(engine: Engine(ruleBase: ruleBase))
        _ = conversation.start()
        let first = conversation.handle("4")
        #expect(!notes(first).contains(Self.note), "not settled yet: no note")
        let settled = conversation.handle("accept")
        let backups = try #require(ruleBase.question("backup_monitoring"))
        #expect(notes(settled).contains(Self.note))
        #expect(asks(settled) == [backups.ask])
        // The next caveat question (if any) comes without the note again.
        let after = conversation.handle("no")
        #expect(!notes(after).contains(Self.note))
        // Back to before the recommendation was settled, and forward again: said again.
        _ = conversation.handle("back")
        _ = conversation.handle("back")
        let again = conversation.handle("accept")
        #expect(notes(again).contains(Self.note))
    }
}
