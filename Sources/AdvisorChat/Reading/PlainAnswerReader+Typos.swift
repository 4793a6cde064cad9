import AdvisorModel

/// Misspelt words: a word the reader does not know, near one word of the asked question's
/// vocabulary, is read as that word, and the answer found that way is only unsure (confirmed
/// by the owner before it is taken).
extension PlainAnswerReader {
    /// Lines with more words than this are not searched for misspellings.
    static let typoWordLimit = 40

    /// The line with its misspelt words in `scope` replaced, or nil when none is found. A word the
    /// reader does not know is read as the word of `lexicon` near it with the same first letter
    /// (the nearest; among equally near ones, the only one longer than the word, if one is):
    /// - for a word of four letters or more, one of five letters or more one edit away (two for
    ///   words of eight letters or more; an edit is an insertion, a deletion, a substitution or two
    ///   neighbours swapped), or a shorter one with a letter too many ("lott", "mutch");
    /// - for a word of three or four letters, the same letters with two neighbours swapped ("yse",
    ///   "hgih"), and for one of three, a word of four with a letter left out ("mch");
    /// - a word of five letters or more with its last letter left off ("moderat");
    /// - for a yes-or-no question, a one-word yes or no with a letter left off ("ys", "nop").
    /// Words said only to stress ("too", "very") are never what a word is read as.
    static func corrected(_ scope: Scope, lexicon: Set<String>, known: Set<String>) -> TypedLine? {
        let line = scope.line
        guard scope.positions.count <= typoWordLimit else { return nil }
        var tokens = line.tokens
        var changed = false
        for position in scope.positions {
            // "ys", "nop": a one-word yes or no with a letter left out, for a yes-or-no question.
            if case .word(let word) = line.tokens[position], (2...3).contains(word.count), !known.contains(word), !lexicon.contains(word),
                lexicon.contains("yes"), let whole = shortCueWord(for: word)
            {
                tokens[position] = .word(whole)
                changed = true
                continue
            }
            guard case .word(let word) = line.tokens[position], word.count >= 3, !known.contains(word),
                !known.contains(WordScanner.stem(word)), let first = word.first
            else { continue }
            let near = lexicon.filter { candidate in
                // Words said only to stress ("too", "very") carry no answer worth a correction ("took").
                guard candidate.first == first, abs(candidate.count - word.count) <= 2, !intensifiers.contains(candidate) else { return false }
                // Another form of a word of the rule files ("restores" for "restore") matches as it is;
                // the reader's own words (numbers, yes, no) are matched as typed.
                // (Not so a word of five letters or more with its last letter left off: "moderat".)
                if WordScanner.stem(word) == WordScanner.stem(candidate), !mechanicsWords.contains(candidate) {
                    return word.count >= 5 && candidate.count == word.count + 1 && candidate.hasPrefix(word)
                }
                // "mch": a word of four letters with one left out.
                if word.count == 3, candidate.count == 4 { return DidYouMean.editDistance(word, candidate) == 1 }
                if word.count == 3 || word.count == 4 && candidate.count == 4 {
                    return candidate.count == word.count && candidate != word && candidate.sorted() == word.sorted()
                        && DidYouMean.editDistance(word, candidate) == 1
                }
                if candidate.count >= 5 { return DidYouMean.editDistance(word, candidate) <= (candidate.count >= 8 ? 2 : 1) }
                return candidate.count >= 3 && word.count == candidate.count + 1 && DidYouMean.editDistance(word, candidate) == 1
            }
            // Several near words: the nearest, when it is the only one that near ("moderatly" is
            // one edit from "moderately", two from "moderate").
            // Among equally near ones, the longest, when only one is ("thre" is "three" with a
            // letter left out rather than "the" with one too many).
            let distances = near.map { (word: $0, distance: DidYouMean.editDistance(word, $0)) }
            guard let nearest = distances.map(\.distance).min() else { continue }
            let nearestWords = distances.filter { $0.distance == nearest }.map(\.word)
            let longest = nearestWords.map(\.count).max() ?? 0
            let candidates = nearestWords.count == 1 ? nearestWords : nearestWords.filter { $0.count == longest && $0.count > word.count }
            guard candidates.count == 1, let replacement = candidates.first else { continue }
            tokens[position] = .word(replacement)
            changed = true
        }
        return changed ? TypedLine(text: line.text, tokens: tokens) : nil
    }

    /// The one-word yes or no that `word` is with one letter left out ("ys" → "yes", "nop" →
    /// "nope"), when exactly one is.
    static func shortCueWord(for word: String) -> String? {
        let wholes = singleCueWords.filter { $0.count == word.count + 1 && $0.first == word.first && DidYouMean.editDistance(word, $0) == 1 }
        return wholes.count == 1 ? wholes.first : nil
    }
}
