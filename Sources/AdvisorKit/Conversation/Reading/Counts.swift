/// The count stage: a line read as the answer to a number question ("about 7 people", "just
/// me"), refusing bounds and guesses ("more than 10", "a few").
extension PlainAnswerReader {
    /// Words that make a count a bound or a guess rather than a number.
    static let vagueWords: Set<String> = [
        "more", "less", "fewer", "over", "under", "above", "below", "beyond", "least", "most", "max", "maximum",
        "min", "minimum", "than", "plus", "others", "other", "half", "percent", "few", "several", "many", "dozens",
        "hundreds", "thousands", "millions", "handful", "lots", "lot", "bunch", "each", "per", "upto",
        // Parts of a number: "three-quarters", "two thirds", "seven point five".
        "quarter", "quarters", "third", "thirds", "fifth", "fifths", "halves", "point", "decimal", "fraction",
    ]
    /// Marks that make a count a bound or not a count ("15+", "<10", "50%").
    static let vagueMarks: Set<Character> = ["+", "<", ">", "%", "≤", "≥", "±", "≈"]
    /// Ways of saying "one person".
    static let aloneWords = PhraseTable<Bool>(PlainAnswerReader.words([
        "just me", "only me", "me alone", "me only", "myself", "on my own", "alone", "solo", "just myself", "only myself",
    ]).map { ($0, true) })
    /// Words that add someone to "me" ("me and my partner"), so "me" is not a count of one.
    static let companyWords: Set<String> = ["and", "with", "plus", "together", "others", "other", "partner", "wife", "husband"]

    /// Whether token `index` makes a number near it vague or not a count.
    static func isVague(_ tokens: [Token], at index: Int) -> Bool {
        switch tokens[index] {
        case .word(let word):
            if vagueWords.contains(word) { return true }
            return word == "up" && index + 1 < tokens.count && tokens[index + 1].word == "to"
        case .mark(let mark):
            return vagueMarks.contains(mark) || mark.isCurrencySymbol
        case .number, .oddNumeral:
            return false
        }
    }

    /// Reads a whole line as the answer to a number question with answers in `range`.
    static func readInteger(_ line: TypedLine, range: ClosedRange<Int>) -> Interpretation {
        let tokens = line.tokens
        let reading = line.numbers
        guard reading.unreadable.isEmpty else { return .notUnderstood }
        for index in tokens.indices where !reading.consumed.contains(index) && isVague(tokens, at: index) {
            return .notUnderstood
        }
        var values: [Int] = []
        for mention in reading.mentions {
            guard let value = mention.value else { return .notUnderstood }
            if !values.contains(value) { values.append(value) }
        }
        let keys = line.keys
        if aloneWords.occurs(in: keys, within: keys.indices) {
            // "myself and 2 staff" is neither 1 nor 2.
            guard !tokens.contains(where: { $0.word.map(companyWords.contains) == true || $0 == .mark("&") }) else {
                return .notUnderstood
            }
            if !values.contains(1) { values.append(1) }
        }
        switch values.count {
        case 0:
            return .notUnderstood
        case 1:
            return range.contains(values[0]) ? .answer(.integer(values[0])) : .notUnderstood
        default:
            let possible = values.filter(range.contains)
            return possible.count >= 2 ? .ambiguous(possible.map { .integer($0) }) : .notUnderstood
        }
    }
}
