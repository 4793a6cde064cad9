import AdvisorKit

/// Turns the chat's blocks into text for the terminal: wrapped, coloured only when allowed.
struct ChatPrinter {
    let width: Int
    let style: TextStyle

    init(width: Int, colors: Bool) {
        self.width = width
        self.style = TextStyle(colors: colors)
    }

    func text(for blocks: [ChatBlock]) -> String {
        var lines: [String] = []
        for block in blocks {
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

private extension String {
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
