import AdvisorKit

/// Turns the chat's blocks into text for the terminal: wrapped, coloured only when allowed.
struct ChatPrinter {
    let width: Int
    let style: TextStyle

    init(width: Int, colors: Bool) {
        self.width = width
        self.style = TextStyle(colors: colors)
    }

    /// The reply's blocks, with the owner's summary in place of the recommendation's full
    /// reasoning when the reply has one.
    func text(for reply: ChatReply) -> String {
        text(for: reply.blocks, summary: reply.summary)
    }

    func text(for blocks: [ChatBlock], summary: OwnerSummary? = nil) -> String {
        var lines: [String] = []
        for block in blocks {
            if let summary, block.isRecommendation {
                lines.append("")
                lines.append(TextRenderer(width: width, colors: style.colors).render(summary).trimmingSuffixNewline)
                lines.append("")
                continue
            }
            switch block {
            case .say(let text):
                lines += TextWrapping.wrap(text, width: width)
            case .item(let text):
                lines += TextWrapping.wrap(text, width: width, indent: "  • ", hangingIndent: "    ")
            case .note(let text):
                lines += TextWrapping.wrap(text, width: width).map(style.dim)
            case .ask(let text):
                lines.append("")
                lines += TextWrapping.wrap(text, width: width).map(style.bold)
            case .advice(let advice):
                lines.append("")
                lines.append(TextRenderer(width: width, colors: style.colors).render(advice).trimmingSuffixNewline)
                lines.append("")
            case .conditional(let conditional):
                lines.append("")
                lines.append(TextRenderer(width: width, colors: style.colors).render(conditional).trimmingSuffixNewline)
                lines.append("")
            case .costs(let report):
                lines.append("")
                lines += CostTextRenderer(width: width, colors: style.colors).lines(report)
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

private extension ChatBlock {
    /// True for the blocks that give a recommendation (settled or conditional).
    var isRecommendation: Bool {
        switch self {
        case .advice, .conditional: return true
        default: return false
        }
    }
}

private extension String {
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
