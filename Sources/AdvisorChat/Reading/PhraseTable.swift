import AdvisorModel

/// Phrases in a scanned line: a table of phrases found by their first word, the matches that
/// win where phrases overlap, and the clauses a line falls into.
extension PlainAnswerReader {
    /// Phrases with a value each, found by their first word.
    package struct PhraseTable<Value> {
        private var byFirstWord: [String: [(words: [String], value: Value)]] = [:]
        /// Every phrase with its value, in the order given.
        package let phrases: [(words: [String], value: Value)]

        package init(_ entries: [(words: [String], value: Value)]) {
            phrases = entries
            for entry in entries {
                guard let first = entry.words.first else { continue }
                byFirstWord[first, default: []].append(entry)
            }
        }

        /// The entries whose phrase occurs at `position` of `keys`, with where each ends.
        package func entries(in keys: [String?], at position: Int) -> [(end: Int, value: Value)] {
            guard position >= 0, position < keys.count, let key = keys[position], let candidates = byFirstWord[key] else { return [] }
            return candidates.compactMap { entry in
                PlainAnswerReader.end(of: entry.words, in: keys, at: position).map { ($0, entry.value) }
            }
        }

        /// Every occurrence in `keys` of every phrase, outside the positions in `taken`.
        func allMatches(in keys: [String?], outside taken: Set<Int> = []) -> [PhraseMatch<Value>] {
            keys.indices.flatMap { position in
                entries(in: keys, at: position).compactMap { entry -> PhraseMatch<Value>? in
                    let range = position..<entry.end
                    return range.contains(where: taken.contains) ? nil : PhraseMatch(range: range, value: entry.value)
                }
            }
        }

        /// The matches that win where phrases overlap: the longest first (the earliest among
        /// equals), then the longest of what is left, and so on; in line order. A phrase inside a
        /// longer one that lost to an overlapping phrase is no phrase of its own: in "a small
        /// server in the cupboard", "server in the cupboard" wins, and "small" (of "a small
        /// server") is not read alone.
        func longestMatches(in keys: [String?], outside taken: Set<Int> = []) -> [PhraseMatch<Value>] {
            let candidates = allMatches(in: keys, outside: taken).enumerated().sorted { lhs, rhs in
                lhs.element.range.count != rhs.element.range.count
                    ? lhs.element.range.count > rhs.element.range.count : lhs.offset < rhs.offset
            }
            var used = taken
            var chosen: [PhraseMatch<Value>] = []
            var lost: [Range<Int>] = []
            for (_, match) in candidates {
                if match.range.contains(where: used.contains) {
                    lost.append(match.range)
                    continue
                }
                let inside = lost.contains { $0.count > match.range.count && $0.clamped(to: match.range) == match.range }
                if inside { continue }
                chosen.append(match)
                used.formUnion(match.range)
            }
            return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// Where a phrase occurs in a line, and the value it stands for.
    package struct PhraseMatch<Value> {
        package var range: Range<Int>
        package var value: Value
    }

    /// Phrases written with spaces, split into words as scanned (for the reader's own word lists).
    package static func words(_ phrases: [String]) -> [[String]] {
        phrases.map { $0.split(separator: " ").map(String.init) }
    }

    /// Words a phrase may be said with inside it: "doesn't really matter" is "doesn't matter",
    /// "not that much" is "not much", "one small server" is "one server", "just the laptops" is
    /// "just laptops", "customers would walk away" is "customers walk away".
    static let intensifiers: Set<String> = {
        let words: Set<String> = [
            "really", "very", "quite", "actually", "real", "pretty", "particularly", "that", "too", "so", "totally", "fully",
            "even", "honestly", "all", "small", "little", "tiny", "big", "old", "new", "main", "own", "extra", "spare",
            "local", "single", "the", "online",
            // The tense or mood a phrase is said in: "nothing would get done" is "nothing gets done".
            "would", "will",
        ]
        // Phrases of the rule files are matched on stems.
        return words.union(words.map(WordScanner.stem))
    }()

    /// Where `phrase` ends when it occurs at `position` of `keys`, or nil. Intensifiers in the line
    /// between the phrase's words are passed over.
    package static func end(of phrase: [String], in keys: [String?], at position: Int) -> Int? {
        guard !phrase.isEmpty, position >= 0 else { return nil }
        var index = position
        for (offset, word) in phrase.enumerated() {
            if offset > 0 {
                while index < keys.count, keys[index] != word, let key = keys[index], intensifiers.contains(key) { index += 1 }
            }
            guard index < keys.count, keys[index] == word else { return nil }
            index += 1
        }
        return index
    }

    /// The clauses of `tokens`: stretches between marks and the words in `splitWords` (except at
    /// the positions in `keeping`, such as the "and" of "a hundred and ten"), with whether each
    /// ends in a question mark.
    static func clauses(_ tokens: [Token], splitWords: Set<String>, keeping: Set<Int> = []) -> [Clause] {
        var result: [Clause] = []
        var start = 0
        for (index, token) in tokens.enumerated() {
            let ends: Bool
            switch token {
            case .mark(let mark):
                // A dash between two words is a pause ("yes - we've got two servers"); between
                // numbers it is a range ("10-15"), and inside a word there is no mark.
                let pause =
                    mark == "-" && index > 0 && index + 1 < tokens.count && tokens[index - 1].word != nil && tokens[index + 1].word != nil
                ends = pause || !["-", "/", "~", "=", ":", "&", "+", "%"].contains(mark)
            case .word(let word): ends = splitWords.contains(word) && !keeping.contains(index)
            case .number, .oddNumeral: ends = false
            }
            guard ends else { continue }
            if start < index { result.append(Clause(range: start..<index, isQuestion: token == .mark("?") || token == .mark("\u{FF1F}"))) }
            start = index + 1
        }
        if start < tokens.count { result.append(Clause(range: start..<tokens.count, isQuestion: false)) }
        return result
    }
}

extension PlainAnswerReader.PhraseTable: Sendable where Value: Sendable {}
extension PlainAnswerReader.PhraseMatch: Sendable where Value: Sendable {}
