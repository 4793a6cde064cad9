/// The yes-or-no stage: the words and phrases that say yes, no or neither, and the reading of a
/// line (or of one clause, for facts) as a yes or a no.
extension PlainAnswerReader {
    /// Words with a meaning for yes-or-no answers, written as scanned (no apostrophes).
    enum BooleanPhrases {
        static let yes: [[String]] = PlainAnswerReader.words([
            "yes", "yep", "yeah", "yea", "ya", "yah", "yup", "aye", "sure", "surely", "of course", "ofc", "sure thing",
            "we do", "i do", "they do", "absolutely", "definitely", "certainly", "indeed", "y", "true", "correct",
            "affirmative", "thats right", "thats correct", "why not", "yes please",
        ])
        static let no: [[String]] = PlainAnswerReader.words([
            "no", "nope", "nah", "naw", "never", "nobody", "no one", "noone", "none", "nobody does", "not really",
            "not at all", "not yet", "not anymore", "no longer", "not now", "not us", "not needed", "not necessary",
            "not interested", "no thanks", "no thank you", "no way", "we dont", "i dont", "they dont", "dont",
            "do not", "we do not", "i do not", "they do not", "does not", "doesnt", "did not", "didnt", "n", "false",
        ])
        /// Phrases with "no" that say nothing about the question ("no problem").
        static let neutral: [[String]] = PlainAnswerReader.words(["no problem", "no problems", "no worries", "no doubt", "no matter", "not only"])
        /// Doubt: a line with one of these is not a yes or a no.
        static let unsure: [[String]] = PlainAnswerReader.words([
            "not sure", "unsure", "dont know", "do not know", "didnt know", "dunno", "idk", "no idea", "no clue",
            "maybe", "perhaps", "possibly", "probably", "depends", "depending", "sometimes", "occasionally", "rarely",
            "kind of", "sort of", "kinda", "sorta", "partly", "partially", "not certain", "uncertain", "never mind",
            "nevermind", "if", "unless", "used to", "not always", "mostly", "i guess", "hopefully", "should",
            "not sure yet", "no longer sure",
        ])
        /// Words that negate a clause; used for "my partner does" (a yes unless negated) and by `facts`.
        static let negators: Set<String> = [
            "not", "no", "never", "nobody", "noone", "none", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
            "werent", "havent", "hasnt", "hadnt", "cant", "cannot", "wont", "wouldnt", "neither", "nor", "without",
        ]
    }

    /// What a phrase says about a yes-or-no question.
    enum Cue: Hashable, Sendable {
        case yes, no, neutral
    }

    static let cueTable = PhraseTable<Cue>(
        BooleanPhrases.yes.map { ($0, Cue.yes) } + BooleanPhrases.no.map { ($0, Cue.no) }
            + BooleanPhrases.neutral.map { ($0, Cue.neutral) })
    static let unsureTable = PhraseTable<Bool>(BooleanPhrases.unsure.map { ($0, true) })

    /// The yes-and-no cues in `keys` within `range`, read left to right, longest phrase first.
    /// A lone negation ("not regularly", "we haven't") is a no; `singleLetters` allows "y" and "n"
    /// (used when the whole line is the answer, not by `facts`).
    static func cues(in keys: [String?], within range: Range<Int>, singleLetters: Bool) -> [Cue] {
        func longest(at position: Int) -> (cue: Cue, end: Int)? {
            var best: (cue: Cue, end: Int)?
            for entry in cueTable.entries(in: keys, at: position, limit: range.upperBound) {
                if !singleLetters, entry.words == ["y"] || entry.words == ["n"] { continue }
                let end = position + entry.words.count
                if end > (best?.end ?? position) { best = (entry.value, end) }
            }
            return best
        }
        var found: [Cue] = []
        var position = range.lowerBound
        while position < range.upperBound {
            if var match = longest(at: position) {
                // "absolutely not", "of course not": the yes is negated.
                if match.cue == .yes, match.end < range.upperBound, keys[match.end] == "not" {
                    match = (.no, match.end + 1)
                }
                found.append(match.cue)
                position = match.end
            } else if keys[position] == "not", let next = longest(at: position + 1), next.cue == .yes {
                // "not true", "not correct".
                found.append(.no)
                position = next.end
            } else if let key = keys[position], BooleanPhrases.negators.contains(key) {
                found.append(.no)
                position += 1
            } else {
                position += 1
            }
        }
        return found
    }

    /// Reads a whole line as the answer to a yes-or-no question.
    static func readBoolean(_ line: TypedLine) -> Interpretation {
        let keys = line.keys
        guard !unsureTable.occurs(in: keys, within: keys.indices) else { return .notUnderstood }
        var found = Set(cues(in: keys, within: keys.indices, singleLetters: true))
        // "my partner does", "we all do": a yes, unless its clause has a negation.
        for clause in clauses(line.tokens, splitWords: ["but"]) {
            guard let lastKey = keys[clause.range.upperBound - 1], ["do", "does", "did"].contains(lastKey) else { continue }
            let negated = clause.range.contains { keys[$0].map(BooleanPhrases.negators.contains) == true }
            if !negated { found.insert(.yes) }
        }
        switch (found.contains(.yes), found.contains(.no)) {
        case (true, true): return .ambiguous([.boolean(true), .boolean(false)])
        case (true, false): return .answer(.boolean(true))
        case (false, true): return .answer(.boolean(false))
        case (false, false): return .notUnderstood
        }
    }
}
