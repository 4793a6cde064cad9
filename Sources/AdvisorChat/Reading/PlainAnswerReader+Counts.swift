import AdvisorModel

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
    /// Words that add people to a count phrase ("just me and two others", "me with my partner"),
    /// so that the phrase alone is not the count.
    static let additiveWords: Set<String> = ["and", "with", "plus", "together", "others", "other", "also"]
    /// Words by which the owner counts themselves in ("me and two others", "myself and 2 staff").
    static let ownerWords: Set<String> = ["me", "myself"]

    /// Where "others" (or "other") follows `number`, right after it or after "of" ("two others",
    /// "a couple of others"); nil when it does not.
    static func othersWord(after number: NumberMention, in line: TypedLine) -> Int? {
        var position = number.range.upperBound
        if position < line.keys.count, line.keys[position] == "of" { position += 1 }
        guard position < line.keys.count, line.keys[position] == "others" || line.keys[position] == "other" else { return nil }
        return position
    }

    /// Words that start a companion of the owner in a count phrase ("me and *my partner*", "me
    /// and *an assistant*").
    static let companionDeterminers: Set<String> = ["my", "our", "a", "an", "the"]

    /// The companions the owner counts with (`answers`' phrases for two that read "me and …":
    /// "my partner", "an assistant"), each worth one person.
    static func companionTable(_ answers: PhraseTable<AnswerValue>) -> PhraseTable<Bool> {
        PhraseTable(
            answers.phrases.compactMap { entry in
                let words = entry.words
                guard entry.value == .integer(2), words.count >= 4, words[0] == "me", words[1] == "and",
                    companionDeterminers.contains(words[2])
                else { return nil }
                return (Array(words.dropFirst(2)), true)
            })
    }

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

    /// What a scope says about a number question with answers in `range`: the numbers in it
    /// (two different ones are ambiguous, values outside the range left out), and the question's
    /// own count phrases from the rule files ("just me" → 1), which count only when no number and
    /// no word adding people stands beside them.
    static func readCount(_ scope: Scope, answers: PhraseTable<AnswerValue>, range: ClosedRange<Int>) -> Finding {
        let line = scope.line
        let phrases = answers.longestMatches(in: scope.stems)
        let claimed = Set(phrases.flatMap(\.range))
        var found = Finding(stance: stance(in: scope, claimed: claimed))
        let excluded = found.stance.excluded
        let readable = { (position: Int) in scope.included[position] && !excluded.contains(position) }
        let numbers = line.numbers.mentions.filter { $0.range.allSatisfy(readable) && !$0.range.contains(where: claimed.contains) }
        if line.numbers.unreadable.contains(where: readable) { found.vague = true }
        // "two others" (or "a couple of others") right after a number counts people only when the
        // owner is added to them ("me and two others"); alone it stays vague.
        var othersBesideNumber = false
        for position in line.tokens.indices
        where readable(position) && !claimed.contains(position)
            && !line.numbers.consumed.contains(position) && isVague(line.tokens, at: position)
        {
            if numbers.contains(where: { othersWord(after: $0, in: line) == position }) {
                othersBesideNumber = true
            } else {
                found.vague = true
            }
        }
        var values: [Int] = []
        for number in numbers {
            guard let value = number.value else {
                found.vague = true
                continue
            }
            if !values.contains(value) { values.append(value) }
        }
        // "me and one apprentice", "just me and two others", "two lads in the workshop, plus me":
        // one more than the number, wherever in the line the owner adds themselves. Worked out, so
        // confirmed first; with another count phrase or a bound beside it, not read at all.
        let ownerAdded =
            !numbers.isEmpty
            && (line.keys.indices.contains(where: { position in
                line.keys[position].map(ownerWords.contains) == true
                    && line.keys[max(0, position - 2)..<position].contains { $0.map(additiveWords.contains) == true }
            })
                || scope.keys.contains(where: { $0.map(ownerWords.contains) == true })
                    && scope.keys.contains(where: { $0.map(additiveWords.contains) == true }))
        let counted = phrases.filter { !$0.range.contains(where: excluded.contains) }
        // "just me", "myself": the owner alone, added to the one number beside it.
        let ownerJoinsNumber = ownerAdded && numbers.count == 1 && !counted.isEmpty && counted.allSatisfy { $0.value == .integer(1) }
        if !counted.isEmpty, !ownerJoinsNumber {
            let besides = line.tokens.indices.contains { position in
                readable(position) && !claimed.contains(position)
                    && (line.keys[position].map(additiveWords.contains) == true || line.tokens[position] == .mark("&"))
            }
            if !numbers.isEmpty || besides { found.vague = true }
            for phrase in counted {
                if case .integer(let value) = phrase.value, !values.contains(value) { values.append(value) }
            }
        }
        if ownerAdded {
            // "me, my wife and three part-timers": each companion the rule files pair with the
            // owner ("me and my wife" → 2) counts one more.
            let companions =
                counted.isEmpty || ownerJoinsNumber
                ? companionTable(answers).longestMatches(in: scope.stems, outside: claimed.union(excluded).union(line.numbers.consumed)).count
                : 0
            if values.count == 1, numbers.count == 1, counted.isEmpty || ownerJoinsNumber, !found.vague, values[0] < Int.max - 1 - companions {
                values = [values[0] + 1 + companions]
                found.derived = true
            } else {
                found.vague = true
            }
        } else if othersBesideNumber {
            found.vague = true
        }
        if values.count == 1, !range.contains(values[0]) { found.vague = true }
        let possible = values.count == 1 ? values : values.filter(range.contains)
        if values.count > 1, possible.count < 2 { found.vague = true }
        for value in possible { found.add(.integer(value)) }
        return found
    }
}
