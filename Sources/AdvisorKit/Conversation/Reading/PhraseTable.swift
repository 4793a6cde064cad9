/// Phrases in a scanned line: a table of phrases found by their first word, the matches that
/// win where phrases overlap, and the clauses a line falls into.
extension PlainAnswerReader {
    /// Phrases with a value each, found by their first word.
    struct PhraseTable<Value> {
        private var byFirstWord: [String: [(words: [String], value: Value)]] = [:]

        init(_ entries: [(words: [String], value: Value)]) {
            for entry in entries {
                guard let first = entry.words.first else { continue }
                byFirstWord[first, default: []].append(entry)
            }
        }

        /// The entries whose phrase occurs at `position` of `keys`, ending at or before `limit`.
        func entries(in keys: [String?], at position: Int, limit: Int) -> [(words: [String], value: Value)] {
            guard position >= 0, position < min(limit, keys.count), let key = keys[position],
                  let candidates = byFirstWord[key] else { return [] }
            return candidates.filter { PlainAnswerReader.matches($0.words, in: keys, at: position, limit: limit) }
        }

        /// Whether some phrase occurs in `keys` within `range`.
        func occurs(in keys: [String?], within range: Range<Int>) -> Bool {
            range.contains { !entries(in: keys, at: $0, limit: range.upperBound).isEmpty }
        }

        /// Every occurrence in `keys` of every phrase, outside the positions in `taken`.
        func allMatches(in keys: [String?], outside taken: Set<Int> = []) -> [PhraseMatch<Value>] {
            keys.indices.flatMap { position in
                entries(in: keys, at: position, limit: keys.count).compactMap { entry -> PhraseMatch<Value>? in
                    let range = position..<position + entry.words.count
                    return range.contains(where: taken.contains) ? nil : PhraseMatch(range: range, value: entry.value)
                }
            }
        }

        /// The matches that win where phrases overlap: the longest first (the earliest among
        /// equals), then the longest of what is left, and so on; in line order.
        func longestMatches(in keys: [String?], outside taken: Set<Int> = []) -> [PhraseMatch<Value>] {
            let candidates = allMatches(in: keys, outside: taken).enumerated().sorted { lhs, rhs in
                lhs.element.range.count != rhs.element.range.count
                    ? lhs.element.range.count > rhs.element.range.count : lhs.offset < rhs.offset
            }
            var used = taken
            var chosen: [PhraseMatch<Value>] = []
            for (_, match) in candidates where !match.range.contains(where: used.contains) {
                chosen.append(match)
                used.formUnion(match.range)
            }
            return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// Where a phrase occurs in a line, and the value it stands for.
    struct PhraseMatch<Value> {
        var range: Range<Int>
        var value: Value
    }

    /// Phrases written with spaces, split into words as scanned (for the reader's own word lists).
    static func words(_ phrases: [String]) -> [[String]] {
        phrases.map { $0.split(separator: " ").map(String.init) }
    }

    /// The words of a phrase from a rule file as the reader matches them: scanned (case,
    /// apostrophes and punctuation dropped), without plural endings.
    public static func phraseWords(_ text: String) -> [String] {
        scan(text).compactMap(\.key).map(stem)
    }

    /// Whether `phrase` occurs at `position` of `keys`, within `limit`.
    static func matches(_ phrase: [String], in keys: [String?], at position: Int, limit: Int) -> Bool {
        guard !phrase.isEmpty, position >= 0, position + phrase.count <= limit, limit <= keys.count else { return false }
        for (offset, word) in phrase.enumerated() where keys[position + offset] != word { return false }
        return true
    }

    /// The clauses of `tokens`: stretches between marks and the words in `splitWords`, with
    /// whether each ends in a question mark.
    static func clauses(_ tokens: [Token], splitWords: Set<String>) -> [Clause] {
        var result: [Clause] = []
        var start = 0
        for (index, token) in tokens.enumerated() {
            let ends: Bool
            switch token {
            case .mark(let mark): ends = !["-", "/", "~", "=", ":", "&", "+", "%"].contains(mark)
            case .word(let word): ends = splitWords.contains(word)
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
