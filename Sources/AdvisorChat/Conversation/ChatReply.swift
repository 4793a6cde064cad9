import AdvisorEngine

/// One piece of what the chat says; the front end decides how it looks (wrapping, colour).
public enum ChatBlock: Sendable {
    /// A paragraph.
    case say(String)
    /// One item of a list.
    case item(String)
    /// The question being asked now.
    case ask(String)
    /// A recommendation with its full reasoning. When the chat gives the recommendation, its
    /// reply also carries the owner's summary (``ChatReply/summary``) to show in its place; the
    /// reply to `how` carries the block alone.
    case advice(Advice)
    /// The recommendation for each answer of a question the owner does not know, with its full
    /// reasoning; given with a summary like `advice`.
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
    /// When the reply gives the recommendation (an `advice` or `conditional` block in `blocks`):
    /// the owner's summary of it, one screen in plain words, to show in place of that block.
    /// The full reasoning stays in the block, for front ends that show it instead; the chat
    /// shows it on `how`, whose reply has no summary. Nil for every other reply.
    ///
    /// A field rather than a block of its own, so that front ends written against the blocks
    /// above (an exhaustive `switch`) keep compiling and keep showing the full reasoning.
    public var summary: OwnerSummary?

    /// A reply of `blocks`, with an `effect` for the front end and the `summary` of the
    /// recommendation it gives, if any.
    public init(_ blocks: [ChatBlock] = [], effect: ChatEffect? = nil, summary: OwnerSummary? = nil) {
        self.blocks = blocks
        self.effect = effect
        self.summary = summary
    }
}
