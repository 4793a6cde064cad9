import AdvisorKit
import Foundation
import LineEditor

/// Keeps the chat's conversation in the state folder so that nothing is lost when the terminal
/// goes away (a closed window, a dropped SSH connection, SIGHUP): written after every line that
/// changed it, offered back at the next start, and removed once the advice was given and the
/// owner left normally (quit or Ctrl-D) — a conversation cut off after the advice is still offered.
struct ConversationKeeper {
    let file: SavedConversationFile?
    /// What was last written (or restored), to write only when something changed.
    private var last: SavedConversation?
    /// True once this run restored or wrote the file, so that it may remove it.
    private var ownsFile = false
    /// The last write failure reported, so that a full disk is reported once, not at every answer.
    private var reported: String?

    init(file: SavedConversationFile?) {
        self.file = file
    }

    /// How the chat opens.
    enum Opening {
        case carryOn(Conversation, ChatReply)
        case startAfresh
        /// The owner left at the offer (Ctrl-D or quit).
        case leave
    }

    /// Offers a saved conversation, if there is one that fits the rule base, and reads the reply.
    mutating func offer(_ reader: any LineReading, engine: Engine, costs: CostAssumptions?, show: (ChatReply) -> Void) -> Opening {
        guard let file else { return .startAfresh }
        let saved: SavedConversation
        switch file.load() {
        case .nothing:
            return .startAfresh
        case .setAside(let report):
            Terminal.printError(report)
            return .startAfresh
        case .saved(let found):
            saved = found
        }
        let restored: (conversation: Conversation, dropped: [String])
        do {
            restored = try Conversation.restoring(saved, engine: engine, costs: costs)
        } catch {
            Terminal.printError(file.setAside(because: error.reason))
            return .startAfresh
        }
        show(ChatReply([.say(saved.offer())]))
        while true {
            switch reader.readLine(prompt: "> ") {
            case .line(let line):
                if let yes = SavedConversation.carryOn(line) {
                    guard yes else {
                        file.remove()
                        show(ChatReply([.note("Starting afresh.")]))
                        return .startAfresh
                    }
                    ownsFile = true
                    last = saved
                    var conversation = restored.conversation
                    let reply = conversation.resume(dropped: restored.dropped)
                    keep(conversation)
                    return .carryOn(conversation, reply)
                }
                if ["quit", "exit"].contains(line.trimmingCharacters(in: .whitespaces).lowercased()) { return .leave }
                show(ChatReply([.say("Please answer yes or no: carry on with the unfinished conversation?")]))
            case .interrupted:
                continue
            case .endOfInput:
                return .leave
            }
        }
    }

    /// Saves the conversation if it changed; removes the file once there is nothing to keep.
    mutating func keep(_ conversation: Conversation) {
        guard let file else { return }
        guard let saved = conversation.saved(at: Date()) else {
            if ownsFile { file.remove() }
            ownsFile = false
            last = nil
            return
        }
        var unchanged = saved
        unchanged.savedAt = last?.savedAt ?? saved.savedAt
        guard unchanged != last else { return }
        do throws(SavedConversationFile.WriteError) {
            try file.write(saved)
            last = saved
            ownsFile = true
            reported = nil
        } catch {
            let report = "advisor: warning: could not save the conversation to \(file.url.path): \(error.reason); it will not be offered next time"
            if reported != report { Terminal.printError(report) }
            reported = report
        }
    }

    /// Leaving normally: after the advice the conversation is finished and not offered again.
    func leave(_ conversation: Conversation) {
        guard let file, ownsFile, conversation.currentQuestion == nil else { return }
        file.remove()
    }
}
