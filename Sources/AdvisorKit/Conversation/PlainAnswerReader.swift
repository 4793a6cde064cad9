/// What a typed line says about one question.
public enum Interpretation: Sendable, Hashable {
    case answer(AnswerValue)
    /// Several readings are possible (e.g. "5 or 6", "yes and no", "fixed or hourly"); ask again.
    case ambiguous([AnswerValue])
    case notUnderstood
}

/// Reads answers typed in plain words in the guided chat ("about 7 people", "nope", "we'd rather
/// have a fixed monthly fee").
///
/// It never guesses: a line it cannot read with confidence is `.ambiguous` or `.notUnderstood`,
/// and the chat asks again. Everything here is a pure function of its arguments and is total:
/// any string, however long or odd, gives an answer without trapping.
///
/// Rules of reading, in short:
/// - Anything the strict answer-file parser (`AnswerValueParser`) accepts is accepted as is.
/// - Case, whitespace and punctuation do not matter; apostrophes are dropped ("don't" = "dont");
///   `-` and `_` between letters separate words. A line ending in "?" is a question, not an
///   answer: `.notUnderstood`.
/// - Whole numbers: digits anywhere ("about 7 people", "~15", "1,200"), number words ("twenty-five",
///   "a hundred and twenty", "a dozen", "a couple", "half a dozen"), and "just me", "only me",
///   "myself", "on my own", "alone" for 1. Two different numbers are `.ambiguous` (values outside
///   the question's range are left out of the list). Values outside the range (0, negatives),
///   fractions, numbers too large for `Int`, bounds and vague amounts ("more than 10", "15+",
///   "a few", "several", "dozens") are `.notUnderstood` — so an `.answer` is always in range.
/// - Yes or no: yes-words and no-words (see `BooleanPhrases`); a yes-word directly negated
///   ("not true", "absolutely not", "of course not") is a no, and so is any other negation ("not
///   regularly", "we haven't"); both a yes and a no ("someone does, but not regularly") is `.ambiguous`;
///   doubt ("not sure", "I don't know", "maybe", "sometimes", "if", …) is `.notUnderstood`.
/// - Choices: the value id, the label or any alias, also inside a longer sentence. A match inside
///   a longer match is ignored (the longest alias wins); a match with a negation before it in the
///   same clause ("I don't want a fixed fee") is ignored; what remains must name exactly one choice,
///   else `.ambiguous` (several) or `.notUnderstood` (none).
public enum PlainAnswerReader {
    /// Reads a typed answer to `question`.
    public static func read(_ text: String, for question: Question) -> Interpretation {
        // The strict reading first (skipped for long lines, which it cannot accept anyway, to keep
        // its did-you-mean search cheap).
        if text.utf8.count <= 1_000, let strict = try? AnswerValueParser.parse(text, for: question) {
            return .answer(strict)
        }
        let tokens = scan(text)
        if case .mark(let last)? = tokens.last, last == "?" || last == "\u{FF1F}" { return .notUnderstood }
        switch question.kind {
        case .integer(let range, _): return readInteger(tokens, range: range)
        case .boolean: return readBoolean(tokens)
        case .choice(let choices): return readChoice(tokens, choices: choices)
        }
    }

    /// Facts about any of `questions` stated in one line ("12 users and nobody checks the backups"),
    /// in question order, each question at most once; only unambiguous facts are returned.
    ///
    /// A question is mentioned by a word of its id, label or unit (singular or plural; generic
    /// words such as "number", "cost" and "care" do not count, nor words shared by two questions,
    /// nor words inside another question's alias such as "don't care"), or by a few common
    /// synonyms ("people", "staff", "employees" for users; "fee", "price" for bills). Then:
    /// - whole numbers: the number right before the mention ("12 users") or right after it
    ///   ("users: 12"), when no other number is close by and no bound or vague word is near
    ///   ("more than 12 users", "12 users per site" give nothing);
    /// - yes or no: the clause of the mention (the line split at `,` `;` `.` `!` "and", "but", …)
    ///   is read for yes-words and negations ("nobody", "no one", "never", "not", "don't" make it
    ///   false); a clause mentioning two yes-or-no questions, or showing doubt, gives nothing;
    /// - choices: the aliases in the clause of the mention, read as `read` reads them.
    /// A mention in a clause ending in "?" gives nothing, and so do mentions that disagree.
    public static func facts(in text: String, questions: [Question]) -> [(question: QuestionIndex, value: AnswerValue)] {
        Facts(text: text, questions: questions).all()
    }

    /// Two or three example answers a person could type for `question`, for "I did not understand" messages.
    public static func examples(for question: Question) -> [String] {
        switch question.kind {
        case .integer(let range, _):
            var picks = [7, 12, 20].filter(range.contains)
            for candidate in [range.lowerBound, range.lowerBound &+ 1, range.lowerBound &+ 2, range.upperBound]
            where picks.count < 3 && range.contains(candidate) && !picks.contains(candidate) {
                picks.append(candidate)
            }
            return picks.enumerated().map { position, number in
                switch position {
                case 1: return "about \(number)"
                case 2: return NumberWords.spell(number) ?? String(number)
                default: return String(number)
                }
            }
        case .boolean:
            return ["yes", "no"]
        case .choice(let choices):
            return choices.indices.prefix(3).map { index in
                let choice = choices[index]
                let candidates = choice.aliases + [choice.value]
                return candidates.first { read($0, for: question) == .answer(.choice(index)) } ?? choice.value
            }
        }
    }
}

// MARK: - Phrases

extension PlainAnswerReader {
    /// Words with a meaning for yes-or-no answers, written as scanned (no apostrophes).
    enum BooleanPhrases {
        static let yes: [[String]] = words([
            "yes", "yep", "yeah", "yea", "ya", "yah", "yup", "aye", "sure", "surely", "of course", "ofc", "sure thing",
            "we do", "i do", "they do", "absolutely", "definitely", "certainly", "indeed", "y", "true", "correct",
            "affirmative", "thats right", "thats correct", "why not", "yes please",
        ])
        static let no: [[String]] = words([
            "no", "nope", "nah", "naw", "never", "nobody", "no one", "noone", "none", "nobody does", "not really",
            "not at all", "not yet", "not anymore", "no longer", "not now", "not us", "not needed", "not necessary",
            "not interested", "no thanks", "no thank you", "no way", "we dont", "i dont", "they dont", "dont",
            "do not", "we do not", "i do not", "they do not", "does not", "doesnt", "did not", "didnt", "n", "false",
        ])
        /// Phrases with "no" that say nothing about the question ("no problem").
        static let neutral: [[String]] = words(["no problem", "no problems", "no worries", "no doubt", "no matter", "not only"])
        /// Doubt: a line with one of these is not a yes or a no.
        static let unsure: [[String]] = words([
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

        static func words(_ phrases: [String]) -> [[String]] {
            phrases.map { $0.split(separator: " ").map(String.init) }
        }
    }

    /// What a phrase says about a yes-or-no question.
    enum Cue: Hashable, Sendable {
        case yes, no, neutral
    }

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

    static let cueTable = PhraseTable<Cue>(
        BooleanPhrases.yes.map { ($0, Cue.yes) } + BooleanPhrases.no.map { ($0, Cue.no) }
            + BooleanPhrases.neutral.map { ($0, Cue.neutral) })
    static let unsureTable = PhraseTable<Bool>(BooleanPhrases.unsure.map { ($0, true) })

    /// Whether `phrase` occurs at `position` of `keys`, within `limit`.
    static func matches(_ phrase: [String], in keys: [String?], at position: Int, limit: Int) -> Bool {
        guard !phrase.isEmpty, position >= 0, position + phrase.count <= limit, limit <= keys.count else { return false }
        for (offset, word) in phrase.enumerated() where keys[position + offset] != word { return false }
        return true
    }

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

// MARK: - Reading one answer

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
    /// Ways of saying "one person".
    static let aloneWords = PhraseTable<Bool>(BooleanPhrases.words([
        "just me", "only me", "me alone", "me only", "myself", "on my own", "alone", "solo", "just myself", "only myself",
    ]).map { ($0, true) })
    /// Words that add someone to "me" ("me and my partner"), so "me" is not a count of one.
    static let companyWords: Set<String> = ["and", "with", "plus", "together", "others", "other", "partner", "wife", "husband"]

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

    static func readInteger(_ tokens: [Token], range: ClosedRange<Int>) -> Interpretation {
        let reading = readNumbers(tokens)
        guard reading.unreadable.isEmpty else { return .notUnderstood }
        for index in tokens.indices where !reading.consumed.contains(index) && isVague(tokens, at: index) {
            return .notUnderstood
        }
        var values: [Int] = []
        for mention in reading.mentions {
            guard let value = mention.value else { return .notUnderstood }
            if !values.contains(value) { values.append(value) }
        }
        let keys = tokens.map(\.key)
        if aloneWords.occurs(in: keys, within: keys.indices) {
            // "myself and 2 staff" is neither 1 nor 2.
            guard !tokens.contains(where: { $0.word.map(companyWords.contains) == true || $0 == .mark("&") }) else {
                return .notUnderstood
            }
            if !values.contains(1) { values.append(1) }
        }
        switch values.count {
        case 0:
            return .notUnderstood
        case 1:
            return range.contains(values[0]) ? .answer(.integer(values[0])) : .notUnderstood
        default:
            let possible = values.filter(range.contains)
            return possible.count >= 2 ? .ambiguous(possible.map { .integer($0) }) : .notUnderstood
        }
    }

    static func readBoolean(_ tokens: [Token]) -> Interpretation {
        let keys = tokens.map(\.key)
        guard !unsureTable.occurs(in: keys, within: keys.indices) else { return .notUnderstood }
        var found = Set(cues(in: keys, within: keys.indices, singleLetters: true))
        // "my partner does", "we all do": a yes, unless its clause has a negation.
        for clause in clauses(tokens, splitWords: ["but"]) {
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

    static func readChoice(_ tokens: [Token], choices: [Choice]) -> Interpretation {
        let keys = tokens.map(\.key)
        let named = namedChoices(tokens, keys: keys, choices: choices, within: keys.indices)
        switch named.count {
        case 0: return .notUnderstood
        case 1: return .answer(.choice(named[0]))
        default: return .ambiguous(named.map { .choice($0) })
        }
    }
}

// MARK: - Facts in a line

extension PlainAnswerReader {
    /// Words of ids and labels that say too little to count as a mention.
    static let genericWords: Set<String> = [
        "number", "of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "by", "your", "our", "how", "many",
        "much", "is", "are", "cost", "care", "level", "amount", "count", "kind", "type", "total", "size",
    ]
    /// Other words for a mention word (after `singular`).
    static let synonyms: [String: Set<String>] = [
        "user": ["people", "person", "staff", "staffer", "employee", "worker", "colleague", "headcount"],
        "bill": ["fee", "billing", "invoice", "price", "pricing", "payment"],
        "network": ["setup", "infrastructure"],
        "downtime": ["outage"],
        "proactive": ["preventive", "preventative", "maintenance"],
    ]

    /// `word` without a plural ending ("backups" → "backup", "companies" → "company").
    static func singular(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") { return String(word.dropLast()) }
        return word
    }

    /// The work behind `facts(in:questions:)`.
    struct Facts {
        let tokens: [Token]
        let keys: [String?]
        let questions: [Question]
        let clauseList: [(range: Range<Int>, isQuestion: Bool)]
        /// For each question, the token positions that mention it.
        let mentions: [[Int]]
        /// For each question, the clauses (indices into `clauseList`) that mention it.
        let mentioningClauses: [Set<Int>]
        /// For each token, the clause it is in (none for the words and marks between clauses).
        let clauseOf: [Int?]

        init(text: String, questions: [Question]) {
            tokens = PlainAnswerReader.scan(text)
            keys = tokens.map(\.key)
            self.questions = questions
            clauseList = PlainAnswerReader.clauses(
                tokens, splitWords: ["and", "but", "although", "though", "whereas", "while", "however"])
            var clauseOf = [Int?](repeating: nil, count: tokens.count)
            for (index, clause) in clauseList.enumerated() {
                for position in clause.range { clauseOf[position] = index }
            }
            self.clauseOf = clauseOf

            // Mention words; a word claimed by two questions mentions neither.
            var claims: [String: Set<QuestionIndex>] = [:]
            for (index, question) in questions.enumerated() {
                for word in Facts.mentionWords(question) { claims[word, default: []].insert(index) }
            }
            // Words inside a match of a choice question's alias belong to that question only.
            var aliasCover: [Int: Set<QuestionIndex>] = [:]
            for (index, question) in questions.enumerated() where !question.choices.isEmpty {
                for match in PlainAnswerReader.choiceMatches(keys, choices: question.choices, within: keys.indices) {
                    for position in match.range { aliasCover[position, default: []].insert(index) }
                }
            }
            var mentions = Array(repeating: [Int](), count: questions.count)
            for (position, token) in tokens.enumerated() {
                guard let word = token.word, let owners = claims[PlainAnswerReader.singular(word)], owners.count == 1,
                      let owner = owners.first else { continue }
                if let cover = aliasCover[position], !cover.subtracting([owner]).isEmpty { continue }
                mentions[owner].append(position)
            }
            self.mentions = mentions
            mentioningClauses = mentions.map { positions in Set(positions.compactMap { clauseOf[$0] }) }
        }

        /// The words that mention `question`, in singular form.
        static func mentionWords(_ question: Question) -> Set<String> {
            var text = question.id + " " + question.label
            if case .integer(_, let unit?) = question.kind { text += " " + unit }
            var words = Set(PlainAnswerReader.scan(text).compactMap(\.word).map(PlainAnswerReader.singular))
            words.subtract(PlainAnswerReader.genericWords)
            for word in words { words.formUnion(PlainAnswerReader.synonyms[word] ?? []) }
            return words
        }

        func all() -> [(question: QuestionIndex, value: AnswerValue)] {
            questions.indices.compactMap { index in
                guard !mentions[index].isEmpty, let value = fact(index) else { return nil }
                return (index, value)
            }
        }

        func fact(_ index: QuestionIndex) -> AnswerValue? {
            switch questions[index].kind {
            case .integer(let range, _): return integerFact(index, range: range)
            case .boolean: return booleanFact(index)
            case .choice(let choices): return choiceFact(index, choices: choices)
            }
        }

        func integerFact(_ index: QuestionIndex, range: ClosedRange<Int>) -> AnswerValue? {
            let reading = PlainAnswerReader.readNumbers(tokens)
            var numberAt = [Int?](repeating: nil, count: tokens.count)
            var byStart: [Int: Int] = [:]
            var byEnd: [Int: Int] = [:]
            for (number, mention) in reading.mentions.enumerated() {
                for position in mention.range { numberAt[position] = number }
                byStart[mention.range.lowerBound] = number
                byEnd[mention.range.upperBound] = number
            }
            let unreadable = Set(reading.unreadable)
            var found: Set<Int> = []
            for mention in mentions[index] {
                if let clause = clauseOf[mention], clauseList[clause].isQuestion { return nil }
                // "12 users", or "users: 12".
                var chosen = byEnd[mention]
                if chosen == nil {
                    var next = mention + 1
                    if next < tokens.count, tokens[next] == .mark(":") || tokens[next] == .mark("=") { next += 1 }
                    chosen = byStart[next]
                }
                guard let chosen else { continue }
                let number = reading.mentions[chosen]
                // Another number, or something unreadable, close by: "10 to 20 users", "7.5 users".
                let near = max(0, number.range.lowerBound - 2)..<min(tokens.count, number.range.upperBound + 2)
                if near.contains(where: { (numberAt[$0] ?? chosen) != chosen || unreadable.contains($0) }) { return nil }
                // A bound or a guess around: "more than 12 users", "12 users or more", "12 staff per site".
                let first = min(number.range.lowerBound, mention)
                let last = max(number.range.upperBound - 1, mention)
                let around = max(0, first - 3)..<min(tokens.count, last + 4)
                if around.contains(where: { !reading.consumed.contains($0) && PlainAnswerReader.isVague(tokens, at: $0) }) {
                    return nil
                }
                guard let value = number.value, range.contains(value) else { return nil }
                found.insert(value)
            }
            return found.count == 1 ? found.first.map { .integer($0) } : nil
        }

        func booleanFact(_ index: QuestionIndex) -> AnswerValue? {
            // A clause that also mentions another yes-or-no question is not clearly about this one.
            var shared: Set<Int> = []
            for other in questions.indices where other != index && questions[other].kind == .boolean {
                shared.formUnion(mentioningClauses[other])
            }
            var found: Set<Cue> = []
            for clauseIndex in mentioningClauses[index] {
                let clause = clauseList[clauseIndex]
                if clause.isQuestion || shared.contains(clauseIndex) { return nil }
                if PlainAnswerReader.unsureTable.occurs(in: keys, within: clause.range) { return nil }
                found.formUnion(PlainAnswerReader.cues(in: keys, within: clause.range, singleLetters: false))
            }
            switch (found.contains(.yes), found.contains(.no)) {
            case (true, false): return .boolean(true)
            case (false, true): return .boolean(false)
            default: return nil
            }
        }

        func choiceFact(_ index: QuestionIndex, choices: [Choice]) -> AnswerValue? {
            var found: Set<Int> = []
            for clauseIndex in mentioningClauses[index] {
                let clause = clauseList[clauseIndex]
                if clause.isQuestion { return nil }
                found.formUnion(PlainAnswerReader.namedChoices(tokens, keys: keys, choices: choices, within: clause.range))
            }
            return found.count == 1 ? found.first.map { .choice($0) } : nil
        }
    }
}

extension PlainAnswerReader.PhraseTable: Sendable where Value: Sendable {}
