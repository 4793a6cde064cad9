/// Phrases in a scanned line: a table of phrases found by their first word, and the clauses a
/// line falls into. Shared by the yes-or-no, choice and fact stages.
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
    }

    /// Phrases written as text, split into words as scanned.
    static func words(_ phrases: [String]) -> [[String]] {
        phrases.map { $0.split(separator: " ").map(String.init) }
    }

    /// Whether `phrase` occurs at `position` of `keys`, within `limit`.
    static func matches(_ phrase: [String], in keys: [String?], at position: Int, limit: Int) -> Bool {
        guard !phrase.isEmpty, position >= 0, position + phrase.count <= limit, limit <= keys.count else { return false }
        for (offset, word) in phrase.enumerated() where keys[position + offset] != word { return false }
        return true
    }

    /// The clauses of `tokens`: stretches between marks and the words in `splitWords`, with
    /// whether each ends in a question mark.
    static func clauses(_ tokens: [Token], splitWords: Set<String>) -> [(range: Range<Int>, isQuestion: Bool)] {
        var result: [(range: Range<Int>, isQuestion: Bool)] = []
        var start = 0
        for (index, token) in tokens.enumerated() {
            let ends: Bool
            switch token {
            case .mark(let mark): ends = !["-", "/", "~", "=", ":", "&", "+", "%"].contains(mark)
            case .word(let word): ends = splitWords.contains(word)
            case .number, .oddNumeral: ends = false
            }
            guard ends else { continue }
            if start < index { result.append((start..<index, token == .mark("?") || token == .mark("\u{FF1F}"))) }
            start = index + 1
        }
        if start < tokens.count { result.append((start..<tokens.count, false)) }
        return result
    }
}

extension PlainAnswerReader.PhraseTable: Sendable where Value: Sendable {}
