/// Misspelt words: a word the reader does not know, near one word of the asked question's
/// vocabulary, is read as that word, and the answer found that way is only unsure (confirmed
/// by the owner before it is taken).
extension PlainAnswerReader {
    /// Lines with more words than this are not searched for misspellings.
    static let typoWordLimit = 40

    /// The line with its misspelt words in `scope` replaced, or nil when none is found. A word is
    /// read as another when it is not a word the reader knows, has at least four letters, and
    /// exactly one word of `lexicon` of at least five letters, with the same first letter, is
    /// one edit away (two for words of eight letters or more; an edit is an insertion, a deletion,
    /// a substitution or two neighbours swapped).
    static func corrected(_ scope: Scope, lexicon: Set<String>, known: Set<String>) -> TypedLine? {
        let line = scope.line
        guard scope.positions.count <= typoWordLimit else { return nil }
        var tokens = line.tokens
        var changed = false
        for position in scope.positions {
            guard case .word(let word) = line.tokens[position], word.count >= 4, !known.contains(word),
                  !known.contains(stem(word)), let first = word.first else { continue }
            let near = lexicon.filter { candidate in
                candidate.count >= 5 && candidate.first == first && abs(candidate.count - word.count) <= 2
                    && DidYouMean.editDistance(word, candidate) <= (candidate.count >= 8 ? 2 : 1)
            }
            guard near.count == 1, let replacement = near.first else { continue }
            tokens[position] = .word(replacement)
            changed = true
        }
        return changed ? TypedLine(text: line.text, tokens: tokens) : nil
    }
}
