/// Breaks text into lines that fit a width, with separate indents for the first and later lines.
public enum TextWrapping {
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
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    public func bold(_ text: String) -> String { paint(text, "1") }
    public func green(_ text: String) -> String { paint(text, "1;32") }
    public func yellow(_ text: String) -> String { paint(text, "33") }
    public func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
