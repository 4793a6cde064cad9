/// The fact stage: what one line says about any of the questions ("12 users and nobody checks the
/// backups"), read clause by clause.
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
        let numbers: NumberReading
        let questions: [Question]
        let clauseList: [(range: Range<Int>, isQuestion: Bool)]
        /// For each question, the token positions that mention it.
        let mentions: [[Int]]
        /// For each question, the clauses (indices into `clauseList`) that mention it.
        let mentioningClauses: [Set<Int>]
        /// For each token, the clause it is in (none for the words and marks between clauses).
        let clauseOf: [Int?]

        init(line: TypedLine, questions: [Question]) {
            tokens = line.tokens
            keys = line.keys
            numbers = line.numbers
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
            let reading = numbers
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
