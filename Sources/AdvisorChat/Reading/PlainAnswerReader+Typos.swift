import AdvisorModel

/// Misspelt words: a word the reader does not know, near one word of the asked question's
/// vocabulary, is read as that word, and the answer found that way is only unsure (confirmed
/// by the owner before it is taken).
extension PlainAnswerReader {
    /// Lines with more words than this are not searched for misspellings.
    static let typoWordLimit = 40

    /// The line with its misspelt words in `scope` replaced, or nil when none is found. A word the
    /// reader does not know is read as the word of `lexicon` near it with the same first letter
    /// (the nearest, when several are near and one is nearer than the others): for a word of four letters or more, one of five letters or more one edit away (two
    /// for words of eight letters or more; an edit is an insertion, a deletion, a substitution or
    /// two neighbours swapped), or a shorter one with a letter too many ("lott", "mutch"); for a
    /// word of three letters, the same letters with two neighbours swapped ("yse").
    static func corrected(_ scope: Scope, lexicon: Set<String>, known: Set<String>) -> TypedLine? {
        let line = scope.line
        guard scope.positions.count <= typoWordLimit else { return nil }
        var tokens = line.tokens
        var changed = false
        for position in scope.positions {
            guard case .word(let word) = line.tokens[position], word.count >= 3, !known.contains(word),
                !known.contains(WordScanner.stem(word)), let first = word.first
            else { continue }
            let near = lexicon.filter { candidate in
                guard candidate.first == first, abs(candidate.count - word.count) <= 2 else { return false }
                // Another form of a word of the rule files ("restores" for "restore") matches as it is;
                // the reader's own words (numbers, yes, no) are matched as typed.
                if WordScanner.stem(word) == WordScanner.stem(candidate), !mechanicsWords.contains(candidate) { return false }
                if word.count == 3 {
                    return candidate.count == 3 && candidate != word && candidate.sorted() == word.sorted() && DidYouMean.editDistance(word, candidate) == 1
                }
                if candidate.count >= 5 { return DidYouMean.editDistance(word, candidate) <= (candidate.count >= 8 ? 2 : 1) }
                return candidate.count >= 3 && word.count == candidate.count + 1 && DidYouMean.editDistance(word, candidate) == 1
            }
            // Several near words: the nearest, when it is the only one that near ("moderatly" is
            // one edit from "moderately", two from "moderate").
            let distances = near.map { (word: $0, distance: DidYouMean.editDistance(word, $0)) }
            guard let nearest = distances.map(\.distance).min(), distances.filter({ $0.distance == nearest }).count == 1,
                let replacement = distances.first(where: { $0.distance == nearest })?.word
            else { continue }
            tokens[position] = .word(replacement)
            changed = true
        }
        return changed ? TypedLine(text: line.text, tokens: tokens) : nil
    }
}
