extension String {
    /// The text without white space or line breaks at either end, like
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` but without a trip through NSString,
    /// which costs more than the rest of reading a rule. Returns the text itself when there is
    /// nothing to trim.
    var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
