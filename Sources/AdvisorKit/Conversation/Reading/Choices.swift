/// The choice stage: where the values, labels and aliases of a choice question's choices occur in
/// a line, which of them a negation turns down, and the reading of a line as one choice.
extension PlainAnswerReader {
    /// Where the value, label or an alias of a choice occurs in a line.
    struct ChoiceMatch: Hashable {
        var choice: Int
        var range: Range<Int>
    }

    /// Words that, earlier in the same clause, turn a choice down ("not fixed", "I'd hate a flat fee",
    /// "hourly rather than fixed").
    static let choiceNegators: Set<String> = BooleanPhrases.negators.union([
        "hate", "dislike", "avoid", "against", "instead", "than", "except",
    ])

    /// The phrases naming each choice, as scanned.
    static func phrases(of choice: Choice) -> [[String]] {
        ([choice.value, choice.label] + choice.aliases).compactMap { text in
            let words = scan(text).compactMap(\.key)
            return words.isEmpty ? nil : words
        }
    }

    /// Every match of every choice in `keys` within `range`.
    static func choiceMatches(_ keys: [String?], choices: [Choice], within range: Range<Int>) -> [ChoiceMatch] {
        let table = PhraseTable<Int>(choices.indices.flatMap { index in phrases(of: choices[index]).map { ($0, index) } })
        var found: [ChoiceMatch] = []
        var seen: Set<ChoiceMatch> = []
        for position in range {
            for entry in table.entries(in: keys, at: position, limit: range.upperBound) {
                let match = ChoiceMatch(choice: entry.value, range: position..<position + entry.words.count)
                if seen.insert(match).inserted { found.append(match) }
            }
        }
        return found
    }

    /// The choices named in `keys` within `range`: matches inside longer matches dropped, then
    /// matches turned down by a negation earlier in their clause (a negation that is itself part
    /// of a match, as in "don't mind", does not count).
    static func namedChoices(_ tokens: [Token], keys: [String?], choices: [Choice], within range: Range<Int>) -> [Int] {
        let all = choiceMatches(keys, choices: choices, within: range)
        let byStart = Dictionary(grouping: all, by: \.range.lowerBound)
        let longestPhrase = all.map(\.range.count).max() ?? 0
        let longest = all.filter { match in
            let earliest = max(range.lowerBound, match.range.lowerBound - longestPhrase)
            return !(earliest...match.range.lowerBound).contains { start in
                (byStart[start] ?? []).contains { other in
                    other.range != match.range && match.range.upperBound <= other.range.upperBound
                }
            }
        }
        let covered = Set(longest.flatMap { Array($0.range) })
        // The start of the clause of each token: clauses end at marks and at "but".
        var clauseStart = Array(repeating: 0, count: tokens.count)
        var start = 0
        for (position, token) in tokens.enumerated() {
            clauseStart[position] = start
            if case .mark = token { start = position + 1 } else if token.word == "but" { start = position + 1 }
        }
        let standing = longest.filter { match in
            let from = max(clauseStart[match.range.lowerBound], range.lowerBound)
            return !(from..<match.range.lowerBound).contains { position in
                !covered.contains(position) && keys[position].map(choiceNegators.contains) == true
            }
        }
        return Set(standing.map(\.choice)).sorted()
    }

    /// Reads a whole line as the answer to a choice question.
    static func readChoice(_ line: TypedLine, choices: [Choice]) -> Interpretation {
        let named = namedChoices(line.tokens, keys: line.keys, choices: choices, within: line.keys.indices)
        switch named.count {
        case 0: return .notUnderstood
        case 1: return .answer(.choice(named[0]))
        default: return .ambiguous(named.map { .choice($0) })
        }
    }
}
