/// Breaks text into lines that fit a width, with separate indents for the first and later lines.
public enum TextWrapping {
    /// The lines of `text`, broken at spaces and line breaks to fit `width`.
    ///
    /// - Parameters:
    ///   - text: The text; runs of spaces and line breaks between words become one space.
    ///   - width: The most characters a line may hold; a longer word stands alone on its line.
    ///   - indent: What the first line starts with.
    ///   - hangingIndent: What the other lines start with; `indent` when nil.
    /// - Returns: At least one line, without line breaks.
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> [String] {
        let rest = hangingIndent ?? indent
        var lines: [String] = []
        var line: String?
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if let current = line {
                if current.count + 1 + word.count > width {
                    lines.append(current)
                    line = rest + word
                } else {
                    line = current + " " + word
                }
            } else {
                line = (lines.isEmpty ? indent : rest) + word
            }
        }
        lines.append(line ?? indent)
        return lines
    }
}

/// Terminal styles (ANSI escape codes), used only when colour is wanted.
public struct TextStyle: Sendable {
    /// True when the styles add escape codes; false for plain text.
    public var colors: Bool

    /// Styles that colour only when `colors`.
    public init(colors: Bool) {
        self.colors = colors
    }

    /// `text` in bold.
    public func bold(_ text: String) -> String { paint(text, "1") }
    /// `text` in bold green.
    public func green(_ text: String) -> String { paint(text, "1;32") }
    /// `text` in yellow.
    public func yellow(_ text: String) -> String { paint(text, "33") }
    /// `text` dimmed.
    public func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
