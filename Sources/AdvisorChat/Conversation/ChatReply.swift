import AdvisorEngine

/// One piece of what the chat says; the front end decides how it looks (wrapping, colour).
public enum ChatBlock: Sendable {
    /// A paragraph.
    case say(String)
    /// One item of a list.
    case item(String)
    /// The question being asked now.
    case ask(String)
    /// A full recommendation.
    case advice(Advice)
    /// The recommendation for each answer of a question the owner does not know.
    case conditional(ConditionalAdvice)
    /// A cost estimate of every option.
    case costs(CostReport)
    /// A side remark (skipped questions, confirmations).
    case note(String)
}

/// Something the front end must do for the chat: the conversation itself does no I/O.
public enum ChatEffect: Sendable, Hashable {
    /// Write `contents` to `path` (atomically), then report success or failure.
    case save(path: String, contents: String, description: String)
    /// Re-read the rule base; on success continue with `Conversation.rebased(on:)`.
    case reload
    /// Leave the chat.
    case quit
}

/// The chat's answer to one line.
public struct ChatReply: Sendable {
    /// What to show, in order.
    public var blocks: [ChatBlock]
    /// What the front end must do after showing the blocks, if anything.
    public var effect: ChatEffect?

    /// A reply of `blocks`, with an `effect` for the front end.
    public init(_ blocks: [ChatBlock] = [], effect: ChatEffect? = nil) {
        self.blocks = blocks
        self.effect = effect
    }
}
