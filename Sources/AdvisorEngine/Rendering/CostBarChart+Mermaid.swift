extension CostBarChart {
    /// The chart as a Mermaid block (`xychart-beta`, which GitHub and other Markdown viewers draw):
    /// horizontal bars on a scale from 0, each option's whole bar a bad year with a quiet year's bar
    /// over its first part, and a line through the typical years; the title names the cheapest.
    ///
    /// - Parameter currency: The currency of the amounts, for the title and the axis.
    /// - Returns: The lines of a fenced code block of the language `mermaid`, fences included;
    ///   none when there are no bars.
    public func mermaid(currency: String) -> [String] {
        guard let extent else { return [] }
        let scale = CostChartScale(from: min(0, extent.low), to: extent.high, columns: 61)
        let numbers = { (amounts: [Int]) in "[" + amounts.map(String.init).joined(separator: ", ") + "]" }
        var title = "Yearly cost in \(currency)"
        if let cheapest { title += "; cheapest in a typical year: \(bars[cheapest].name)" }
        return [
            "```mermaid",
            "xychart-beta horizontal",
            "    title \(Self.quoted(title))",
            "    x-axis [" + bars.map { Self.quoted($0.name) }.joined(separator: ", ") + "]",
            "    y-axis \(Self.quoted("\(currency) a year")) \(scale.lower) --> \(scale.upper)",
            "    bar \"Bad year\" " + numbers(bars.map { max($0.high, $0.typical) }),
            "    bar \"Quiet year\" " + numbers(bars.map { min($0.low, $0.typical) }),
            "    line \"Typical year\" " + numbers(bars.map(\.typical)),
            "```",
        ]
    }

    /// A Mermaid string: in double quotes, which it cannot escape, so a double quote or a
    /// backquote inside becomes an apostrophe and a line break a space.
    package static func quoted(_ text: String) -> String {
        let plain = text.map { character -> String in
            switch character {
            case "\"", "`": return "'"
            case "\n", "\r", "\r\n": return " "
            default: return String(character)
            }
        }
        return "\"" + plain.joined() + "\""
    }
}
