extension PlainAnswerReader {
    /// A typed line, scanned once: every stage of the reader (numbers, yes or no, choices, facts)
    /// works on these tokens, so a line is split into words and its numbers are read only once,
    /// however many questions it is read for.
    struct TypedLine {
        /// The line as typed.
        let text: String
        let tokens: [Token]
        /// The form of each token compared with phrases (`Token.key`).
        let keys: [String?]
        /// The numbers in the line.
        let numbers: NumberReading

        init(_ text: String) {
            self.text = text
            tokens = PlainAnswerReader.scan(text)
            keys = tokens.map(\.key)
            numbers = PlainAnswerReader.readNumbers(tokens)
        }

        /// Whether the line ends in a question mark: a question, not an answer.
        var isQuestion: Bool {
            if case .mark(let last)? = tokens.last { return last == "?" || last == "\u{FF1F}" }
            return false
        }
    }
}
