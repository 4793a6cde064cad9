/// Text set in Markdown, for the reports (`--format markdown`) and the rule documentation
/// (`advisor rules docs`), which must escape alike.
package enum Markdown {
    /// Escapes the characters that would change Markdown structure inside a line or table cell.
    package static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "|*_`[]<>\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// The text on one line: a line break inside a list item or table cell would break it.
    package static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// An inline code span on one line, fenced so that backticks in the text survive.
    package static func code(_ raw: String) -> String {
        let text = oneLine(raw)
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text + padding + fence
    }
}
