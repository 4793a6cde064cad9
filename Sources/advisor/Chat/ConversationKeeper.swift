import AdvisorKit
import Foundation
import LineEditor

/// Keeps the chat's conversation in the state folder so that nothing is lost when the terminal
/// goes away (a closed window, a dropped SSH connection, SIGHUP): written after every line that
/// changed it, offered back at a later start, and removed once the advice was given and the
/// owner left normally (quit or Ctrl-D), or when the owner declines it — a conversation cut off
/// after the advice is still offered. Each chat keeps its own file (see `ConversationStore`),
/// so two chats at once keep both conversations.
struct ConversationKeeper {
    let store: ConversationStore?
    /// The file this chat keeps its conversation in, and its lock: taken when there is first
    /// something to keep, or with the conversation restored.
    private var file: SavedConversationFile?
    private var lock: ConversationLock?
    /// What was last written (or restored), to write only when something changed.
    private var last: SavedConversation?
    /// The last write failure reported, so that a full disk is reported once, not at every answer.
    private var reported: String?

    init(store: ConversationStore?) {
        self.store = store
    }

    /// How the chat opens.
    enum Opening {
        case carryOn(Conversation, ChatReply)
        case startAfresh
        /// The owner left at the offer (Ctrl-D or quit).
        case leave
    }

    /// Offers the most recent kept conversation that fits the rule base (saying how many others
    /// wait), and reads the reply. Conversations saved with other questions are set aside.
    mutating func offer(_ reader: any LineReading, engine: Engine, costs: CostAssumptions?, show: (ChatReply) -> Void) -> Opening {
        guard let store else { return .startAfresh }
        var waiting = store.waiting(report: Terminal.printError)
        var restored: (conversation: Conversation, dropped: [String])?
        var offered: ConversationStore.Waiting?
        while offered == nil, !waiting.isEmpty {
            let candidate = waiting.removeFirst()
            do {
                restored = try Conversation.restoring(candidate.saved, engine: engine, costs: costs)
                offered = candidate
            } catch {
                Terminal.printError(candidate.file.setAside(because: error.reason))
            }
        }
        let others = waiting.count
        // Only the one offered stays locked; the others wait for a later start.
        waiting.removeAll()
        guard let offered, let restored else { return .startAfresh }
        show(ChatReply([.say(offered.saved.offer(othersWaiting: others))]))
        while true {
            switch reader.readLine(prompt: "> ") {
            case .line(let line):
                if let yes = SavedConversation.carryOn(line) {
                    guard yes else {
                        offered.file.remove()
                        let later = others == 0 ? "" : " \(SavedConversation.waitingNote(others)) for a later start."
                        show(ChatReply([.note("Starting afresh.\(later)")]))
                        return .startAfresh
                    }
                    file = offered.file
                    lock = offered.lock
                    last = offered.saved
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

    /// Saves the conversation if it changed; removes its file once there is nothing to keep.
    mutating func keep(_ conversation: Conversation) {
        guard let store else { return }
        guard let saved = conversation.saved(at: Date()) else {
            file?.removeConversationOnly()
            last = nil
            return
        }
        var unchanged = saved
        unchanged.savedAt = last?.savedAt ?? saved.savedAt
        guard unchanged != last else { return }
        if file == nil, let (newFile, newLock) = store.newFile() {
            file = newFile
            lock = newLock
        }
        guard let file else {
            report("advisor: warning: could not keep the conversation in \(store.conversationsFolder.path); it will not be offered next time")
            return
        }
        do throws(SavedConversationFile.WriteError) {
            try file.write(saved)
            last = saved
            reported = nil
        } catch {
            report("advisor: warning: could not save the conversation to \(file.url.path): \(error.reason); it will not be offered next time")
        }
    }

    /// Leaving normally: after the advice the conversation is finished and not offered again.
    func leave(_ conversation: Conversation) {
        guard let file, last != nil, conversation.currentQuestion == nil else { return }
        file.remove()
    }

    /// Reports a write problem once, not at every answer.
    private mutating func report(_ line: String) {
        if reported != line { Terminal.printError(line) }
        reported = line
    }
}
