/// Negation and its scope: which words negate, and which part of a line a negation reaches.
extension PlainAnswerReader {
    /// Words that negate what they govern ("not fixed", "nobody checks", "we haven't").
    static let negators: Set<String> = [
        "not", "no", "never", "nobody", "noone", "none", "nothing", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
        "werent", "havent", "hasnt", "hadnt", "cant", "cannot", "wont", "wouldnt", "couldnt", "shouldnt", "aint",
        "neither", "nor", "without", "zero", "rarely", "seldom", "hardly", "barely", "scarcely", "doubt",
        // "nobody's", "nothing's": the apostrophe dropped.
        "nobodys", "noones", "nothings",
    ]
    /// Words that turn down what follows them in a clause, but not what comes before: "I'd hate a
    /// flat fee", "hourly rather than fixed".
    static let turnDownWords: Set<String> = ["hate", "dislike", "avoid", "against", "instead", "than", "except"]
    /// Verbs that a negation before them turns into a yes: "we don't mind", "I wouldn't object",
    /// "big bills don't scare me".
    static let negatedToYes: Set<String> = [
        "mind", "object", "scare", "worry", "bother", "trouble", "concern", "faze", "upset",
        // A duty not missed: "we never miss a week", "it's not something we neglect".
        "miss", "forget", "neglect", "skip", "fail", "missed", "forgot", "forgotten", "neglected", "skipped", "failed",
    ]
    /// Words that end the reach of a negation, besides marks.
    static let negationBoundaries: Set<String> = ["but", "so", "because", "although", "though", "however", "whereas", "while"]
    /// Words that, after "and" or "or", start a new clause with its own subject ("…and we…").
    static let subjects: Set<String> = ["we", "i", "it", "its", "they", "theres", "there", "our", "my", "he", "she", "you", "everything"]

    /// For each token, where its negation clause starts. Negation clauses end at marks, at the
    /// words in `negationBoundaries`, and at "and" or "or" before a subject ("no servers and we…").
    static func negationClauseStarts(_ line: TypedLine) -> [Int] {
        var starts = Array(repeating: 0, count: line.tokens.count)
        var start = 0
        for (position, token) in line.tokens.enumerated() {
            starts[position] = start
            let next = position + 1 < line.keys.count ? line.keys[position + 1] : nil
            switch token {
            case .mark: start = position + 1
            case .word(let word) where negationBoundaries.contains(word): start = position + 1
            case .word(let word) where (word == "and" || word == "or") && next.map(subjects.contains) == true: start = position + 1
            default: break
            }
        }
        return starts
    }

    /// The negating tokens of `scope` outside `taken` (a negation inside a phrase belongs to the
    /// phrase, as in "not complicated"), without those made a yes by the verb after them.
    package static func negations(in scope: Scope, outside taken: Set<Int>) -> [Int] {
        let keys = scope.keys
        return keys.indices.filter { position in
            guard !taken.contains(position), let key = keys[position], negators.contains(key) else { return false }
            // "without fail", "without a doubt": a promise, not a negation.
            if key == "without", position + 1 < keys.count, ["fail", "exception", "question", "a"].contains(keys[position + 1] ?? "") { return false }
            // "no doubt", "I don't doubt it": a doubt denied is no negation, nor is its denial.
            if key == "doubt", position > 0, keys[position - 1].map(negators.contains) == true { return false }
            if key != "doubt", position + 1 < keys.count, keys[position + 1] == "doubt" { return false }
            // "don't mind", "do not mind", "wouldn't really mind".
            let after = keys[(position + 1)..<min(keys.count, position + 4)].prefix { $0 != nil }
            return !after.prefix(3).contains { $0.map(negatedToYes.contains) == true }
        }
    }

    /// Whether a phrase at `range` is negated: by a negation earlier in its negation clause, by a
    /// turn-down word earlier in it, or by a negation right after it ("fixed isn't for us",
    /// "surprise bills don't bother us").
    package static func isNegated(
        _ range: Range<Int>, negations: [Int], turnDowns: [Int], clauseStarts starts: [Int], keys: [String?]
    ) -> Bool {
        let start = starts[range.lowerBound]
        // "without" reaches only what follows it closely ("without a contract"): "a day without
        // computers would cost a fortune", "we can't do a thing without them" deny nothing.
        let before = { (position: Int) in
            position >= start && position < range.lowerBound && (keys[position] != "without" || range.lowerBound - position <= 2)
        }
        if negations.contains(where: before) || turnDowns.contains(where: before) { return true }
        return negations.contains { $0 >= range.upperBound && $0 <= range.upperBound + 1 && starts[$0] == start && keys[$0] != "without" }
    }

    /// Phrases that deny the negation after them (litotes): "it's not like we never check", "not
    /// a week goes by that I don't look", "I can't see why we wouldn't": together a yes.
    static let litotes = [
        "not like", "not as if", "not as though", "not that", "cant see why", "cannot see why", "dont see why", "no reason why",
        // "nothing we couldn't catch up on", "nothing that can't wait"
        "nothing we", "nothing i", "nothing that", "nothing which",
    ]
    static let litotesTable = PhraseTable<Bool>(
        (words(litotes) + passingTimes).map { ($0, true) })
    /// "there isn't a month goes by", "never a single week passes": no stretch of time without.
    static let passingTimes: [[String]] = ["not", "isnt", "never", "hardly", "aint", "wasnt"].flatMap { negation in
        ["day", "week", "month", "year", "fortnight", "morning", "night"].flatMap { time in
            [["a", time], ["a", "single", time], ["one", time]].flatMap { stretch in
                [["goes", "by"], ["passes"], ["passes", "by"], ["go", "by"], ["goes", "past"]].map { [negation] + stretch + $0 }
            }
        }
    }

    /// The tokens of each litotes in `scope` outside `taken`, and of the negation it denies: the
    /// next negating word in its clause ("can't see why not" is a yes of its own, not a litotes).
    static func deniedNegations(in scope: Scope, outside taken: Set<Int>) -> Set<Int> {
        let keys = scope.keys
        var denied: Set<Int> = []
        for match in litotesTable.longestMatches(in: keys, outside: taken) {
            var position = match.range.upperBound
            while position < keys.count, let key = keys[position], !taken.contains(position) {
                if negators.contains(key), !(position == match.range.upperBound && key == "not") {
                    denied.formUnion(match.range)
                    denied.insert(position)
                    break
                }
                position += 1
            }
        }
        return denied
    }

    /// The turn-down words of `scope` outside `taken`.
    static func turnDowns(in scope: Scope, outside taken: Set<Int>) -> [Int] {
        let keys = scope.keys
        return keys.indices.filter { !taken.contains($0) && keys[$0].map(turnDownWords.contains) == true }
    }
}
