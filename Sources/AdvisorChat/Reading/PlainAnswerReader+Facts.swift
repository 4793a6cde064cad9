import AdvisorModel

/// The fact stage: which questions each clause of a line names, and what the line states about
/// any question ("12 users and nobody checks the backups").
extension PlainAnswerReader {
    /// The questions named in a line, clause by clause.
    package struct Mentions {
        /// For each question, where the line names it.
        package let ranges: [[Range<Int>]]
        /// For each clause of the line, the questions it names.
        let byClause: [Set<QuestionIndex>]
        /// The tokens inside a phrase that gives an answer to some question (found only when the
        /// line names a question).
        package let answerWords: Set<Int>

        /// A question is named by one of its mentions. A mention inside a phrase that gives an
        /// answer to another question belongs to that question ("don't care" names no question
        /// about care). A number question is named only with its number ("12 staff", "users:
        /// 12"): "my colleague does" speaks of backups, not of how many people there are.
        package init(_ line: TypedLine, _ vocabulary: Vocabulary) {
            let found = vocabulary.mentions.longestMatches(in: line.stems)
            var covers: [(range: Range<Int>, question: QuestionIndex)] = []
            if !found.isEmpty {
                for (question, table) in vocabulary.answers.enumerated() {
                    let stems = vocabulary.questions[question].kind.isInteger ? line.stems : PlainAnswerReader.countWords(line.all, answers: table)
                    covers += table.allMatches(in: stems).map { ($0.range, question) }
                }
            }
            var ranges = Array(repeating: [Range<Int>](), count: vocabulary.questions.count)
            var byClause = Array(repeating: Set<QuestionIndex>(), count: line.clauses.count)
            for match in found {
                let owners = Set(
                    covers.filter { $0.range.lowerBound <= match.range.lowerBound && match.range.upperBound <= $0.range.upperBound }.map(\.question))
                let counted = PlainAnswerReader.countedNumber(line, at: match.range) != nil
                let isCount = vocabulary.questions[match.value].kind.isInteger
                // A number question's mention beside its number stays its own ("3 stores", though
                // another question reads "several stores").
                if !owners.isEmpty && !owners.contains(match.value) && !(isCount && counted) { continue }
                if isCount && !counted { continue }
                // "the website wouldn't update": a verb of something else failing.
                if match.range.lowerBound > 0, line.keys[match.range.lowerBound - 1].map(["wouldnt", "wont", "couldnt", "cant"].contains) == true {
                    continue
                }
                // "the office manager", "my two office girls": a word that says which people.
                if match.range.upperBound < line.keys.count, !isCount,
                    line.keys[match.range.upperBound].map({ PlainAnswerReader.personNouns.contains($0) || PlainAnswerReader.personPlurals.contains($0) })
                        == true
                {
                    continue
                }
                ranges[match.value].append(match.range)
                if let clause = line.clauseOf[match.range.lowerBound] { byClause[clause].insert(match.value) }
            }
            // A clause that names nothing goes on about the one before it: "the backups run at
            // night, but nobody looks at them".
            // (Unless it is a conclusion of its own: "the card machine's on it, so medium".)
            let answering = Set(covers.flatMap(\.range))
            let concludes = { (clause: Int) in
                let range = line.clauses[clause].range
                var words = range.filter { line.keys[$0] != nil }
                if range.lowerBound > 0, line.keys[range.lowerBound - 1] == "so" { words.insert(range.lowerBound - 1, at: 0) }
                return words.count > 1 && line.keys[words[0]] == "so" && words.dropFirst().allSatisfy(answering.contains)
            }
            for index in byClause.indices.dropFirst() where byClause[index].isEmpty && byClause[index - 1].count == 1 && !concludes(index) {
                let between = line.clauses[index - 1].range.upperBound..<line.clauses[index].range.lowerBound
                if between.allSatisfy({ Mentions.continuing.contains(line.keys[$0] ?? line.tokens[$0].markText) }) {
                    byClause[index] = byClause[index - 1]
                }
            }
            self.ranges = ranges
            self.byClause = byClause
            answerWords = Set(covers.flatMap(\.range))
        }

        /// What may join a clause to the one before it when it goes on about the same thing.
        static let continuing: Set<String> = [",", ";", "and", "but", "though", "although", "so", "because", "cos"]

        /// The clauses that name `question`.
        func clauses(naming question: QuestionIndex) -> [Int] {
            byClause.indices.filter { byClause[$0].contains(question) }
        }
    }

    /// The facts `line` states about the questions of `vocabulary` other than `asked`, in
    /// question order, each sure (see `Finding`). A fact is read only from clauses that name its
    /// question and no other (but other number questions, for a number), none of them a question:
    /// - whole numbers: the number right before the mention ("12 users") or right after it
    ///   ("users: 12"), when no other number is close by and no bound or vague word is near
    ///   ("more than 12 users", "12 users per site" give nothing);
    /// - yes or no, and choices: those clauses read as an answer to the question.
    /// A hedge, doubt or "I don't know" in a clause that names no question and gives no answer
    /// ("the bills are fine, maybe") may be about any of them, so the line then gives no facts.
    package static func facts(
        in line: TypedLine, _ vocabulary: Vocabulary, _ mentions: Mentions, besides asked: QuestionIndex?
    ) -> [(question: QuestionIndex, value: AnswerValue)] {
        guard mentions.ranges.contains(where: { !$0.isEmpty }) || vocabulary.questions.contains(where: \.kind.isInteger) else { return [] }
        let loose = line.scope(
            ofClauses: line.clauses.indices.filter { index in
                mentions.byClause[index].isEmpty && !line.clauses[index].range.contains(where: mentions.answerWords.contains)
            })
        let looseStance = stance(in: loose, claimed: mentions.answerWords)
        guard !looseStance.hedged, !looseStance.doubtful, !looseStance.dontKnow else { return [] }
        // "We had a break-in last year, they took two laptops": what happened then is no fact now.
        let sentences = line.sentenceStarts
        let otherTimeSentences = Set(
            otherTimes.longestMatches(in: line.keys).filter { !isAccustomed($0.range, in: line) }.map { sentences[$0.range.lowerBound] })
        let otherTimeClauses = Set(line.clauses.indices.filter { otherTimeSentences.contains(sentences[line.clauses[$0].range.lowerBound]) })
        var askedWords: Set<Int> = []
        if let asked {
            let table = vocabulary.answers[asked]
            let stems = vocabulary.questions[asked].kind.isChoice ? countWords(line.all, answers: table) : line.stems
            askedWords = Set(table.longestMatches(in: stems).flatMap(\.range))
        }
        return vocabulary.questions.indices.compactMap { question in
            guard question != asked else { return nil }
            if mentions.ranges[question].isEmpty, case .integer(let range, _) = vocabulary.questions[question].kind {
                return countPhraseFact(in: line, mentions, answers: vocabulary.answers[question], range: range).map { (question, $0) }
            }
            guard !mentions.ranges[question].isEmpty else { return nil }
            // With a clause that names nothing and goes on from one of them ("… with laptops
            // and a router").
            var clauses = mentions.clauses(naming: question)
            for clause in clauses where clause + 1 < line.clauses.count && mentions.byClause[clause + 1].isEmpty && !clauses.contains(clause + 1) {
                let between = line.clauses[clause].range.upperBound..<line.clauses[clause + 1].range.lowerBound
                if between.allSatisfy({ Mentions.continuing.contains(line.keys[$0] ?? line.tokens[$0].markText) }) { clauses.append(clause + 1) }
            }
            // A clause may name other questions when it gives them no answer ("about 15 of us on
            // laptops", "our office manager checks the backups"). A number is counted by the
            // mention beside it, so other number questions never compete ("14 staff across 3
            // stores"), nor the choices of others ("85 staff over three sites"); a yes or no
            // does, for the people counted may be who does it ("12 people check the backups").
            let isCount = vocabulary.questions[question].kind.isInteger
            let alone = { (clause: Int) in
                mentions.byClause[clause].allSatisfy { other in
                    let kind = vocabulary.questions[other].kind
                    guard other != question, !kind.isInteger, !(isCount && kind.isChoice) else { return true }
                    return find(line.scope(ofClauses: [clause]), for: vocabulary.questions[other], answers: vocabulary.answers[other]).values.isEmpty
                }
            }
            guard clauses.allSatisfy({ alone($0) && !line.clauses[$0].isQuestion && !otherTimeClauses.contains($0) }) else { return nil }
            // "someone who … checks the backups": what the owner wishes for, not what is so (unless
            // the question asks what the owner wants).
            if vocabulary.questions[question].kind.isBoolean, !vocabulary.answersWishes[question],
                mentions.ranges[question].contains(where: { isWished($0.lowerBound, in: line) })
            {
                return nil
            }
            // "eight hundred quid for a server fix": something that happened, not the setup.
            // ("£1,800 for a new server": something bought.)
            let isEvent = mentions.ranges[question].contains { mention in
                mention.upperBound < line.keys.count && line.keys[mention.upperBound].map(eventWords.contains) == true
                    || mention.lowerBound >= 3 && line.keys[mention.lowerBound - 1] == "new" && line.keys[mention.lowerBound - 3] == "for"
            }
            if vocabulary.questions[question].kind.isChoice, isEvent { return nil }
            // (Without words that answer both it and the question asked, which are the asked one's:
            // "…, so medium" answers how much downtime hurts, not how complicated the setup is.)
            let clauseScope = line.scope(ofClauses: clauses)
            let shared = askedWords.isEmpty ? [] : Set(vocabulary.answers[question].allMatches(in: line.stems).flatMap(\.range)).intersection(askedWords)
            let scope = Scope(line: line, included: clauseScope.included.indices.map { clauseScope.included[$0] && !shared.contains($0) })
            let answers = vocabulary.answers[question]
            let value: AnswerValue?
            switch vocabulary.questions[question].kind {
            case .integer(let range, _):
                value = countFact(scope, at: mentions.ranges[question], answers: answers, range: range)
            case .boolean:
                value = readYesNo(scope, answers: answers, singleLetters: false).sureValue
            case .choice:
                value = readChoice(scope, answers: answers, ordered: vocabulary.questions[question].ordered).sureValue
            }
            guard let value, !restsOnHints(value, in: scope, for: question, vocabulary) else { return nil }
            return (question, value)
        }
    }

    /// Words after a thing that make it something that happened ("a server fix").
    static let eventWords: Set<String> = [
        "fix", "repair", "crash", "crashed", "died", "failure", "upgrade", "replacement", "callout", "swap", "stop", "stops", "stopped",
        "fail", "fails", "failed", "broke", "went",
    ]
    /// Words that start what the owner wishes for ("someone who comes in and checks the backups").
    static let wishTable = PhraseTable<Bool>(
        words(["someone who", "somebody who", "someone to", "somebody to", "someone that"]).map { ($0, true) })

    /// Whether `position` comes after a wish in its sentence.
    static func isWished(_ position: Int, in line: TypedLine) -> Bool {
        let start = line.sentenceStarts[min(position, line.tokens.count - 1)]
        return wishTable.longestMatches(in: line.keys).contains { (start..<position).contains($0.range.lowerBound) }
    }

    /// Words that may stand beside a count phrase in a clause of its own ("it's only me anyway").
    static let besideCountPhrase: Set<String> = [
        "its", "it", "is", "theres", "there", "im", "i", "am", "and", "anyway", "really", "here", "so", "as", "since",
        "because", "now", "these", "days", "using", "them", "on", "the", "computers", "computer", "well", "honestly", "a", "an",
        "my", "one",
    ]

    /// The count a line states in a clause of its own that is only one of a number question's
    /// phrases ("Pay as needed is fine, it's only me": 1), with nothing denying it.
    static func countPhraseFact(in line: TypedLine, _ mentions: Mentions, answers: PhraseTable<AnswerValue>, range: ClosedRange<Int>) -> AnswerValue? {
        var found: Set<AnswerValue> = []
        // (A clause that goes on about the one before names nothing itself: "…, it's only me".)
        let named = Set(mentions.ranges.joined().flatMap { $0 })
        for (index, clause) in line.clauses.enumerated() where !clause.isQuestion {
            let scope = line.scope(ofClauses: [index])
            let phrases = answers.longestMatches(in: scope.stems)
            // ("it's just me on my own": two phrases, one count.)
            guard let phrase = phrases.first, phrases.allSatisfy({ $0.value == phrase.value }) else { continue }
            // Beside it only small words, and words naming things ("it's just me on a laptop").
            let rest = clause.range.filter { position in
                !phrases.contains { $0.range.contains(position) } && line.keys[position] != nil && !named.contains(position)
            }
            guard rest.allSatisfy({ besideCountPhrase.contains(line.keys[$0]!) }) else { continue }
            if case .integer(let value) = phrase.value, range.contains(value) { found.insert(phrase.value) }
        }
        // "it's only me, the estimator and the boss": the list says how many.
        if let roster = roster(in: line.all), found != [.integer(roster.count)] { return nil }
        return found.count == 1 ? found.first : nil
    }

    /// Verbs after a count that make it the people who could or would do something.
    static let modalVerbs: Set<String> = ["could", "can", "would", "should", "might", "will", "may", "must"]

    /// The number that a mention of a number question at `range` counts: the one right before it
    /// ("12 users") or right after it ("users: 12"), as an index into the line's numbers.
    static func countedNumber(_ line: TypedLine, at range: Range<Int>) -> Int? {
        let numbers = line.numbers.mentions
        if let before = numbers.firstIndex(where: { $0.range.upperBound == range.lowerBound }) { return before }
        // "a 12-person agency"
        if range.lowerBound >= 2, line.tokens[range.lowerBound - 1] == .mark("-"),
            let before = numbers.firstIndex(where: { $0.range.upperBound == range.lowerBound - 1 })
        {
            return before
        }
        var next = range.upperBound
        if next < line.tokens.count, line.tokens[next] == .mark(":") || line.tokens[next] == .mark("=") { next += 1 }
        return numbers.firstIndex { $0.range.lowerBound == next }
    }

    /// The number a number question's mentions give in `scope`, when it is sure.
    static func countFact(_ scope: Scope, at mentions: [Range<Int>], answers: PhraseTable<AnswerValue>, range: ClosedRange<Int>) -> AnswerValue? {
        let line = scope.line
        let tokens = line.tokens
        let reading = line.numbers
        let stance = stance(in: scope, claimed: [])
        guard !stance.hedged, !stance.doubtful, !stance.dontKnow else { return nil }
        var numberAt = [Int?](repeating: nil, count: tokens.count)
        for (number, mention) in reading.mentions.enumerated() {
            for position in mention.range { numberAt[position] = number }
        }
        let unreadable = Set(reading.unreadable)
        var found: Set<Int> = []
        for mention in mentions {
            guard let chosen = countedNumber(line, at: mention) else { continue }
            let number = reading.mentions[chosen]
            // "a VPN for the two people who work from home": some of them, not how many there are
            // ("the two of us" is all of them).
            if number.range.lowerBound > 0, line.keys[number.range.lowerBound - 1] == "the", line.keys[mention.lowerBound] != "of" { return nil }
            // Another number, or something unreadable, close by: "10 to 20 users", "7.5 users".
            let near = max(0, number.range.lowerBound - 2)..<min(tokens.count, number.range.upperBound + 2)
            if near.contains(where: { (numberAt[$0] ?? chosen) != chosen || unreadable.contains($0) }) { return nil }
            // A bound or a guess around: "more than 12 users", "12 users or more", "12 staff per site".
            let first = min(number.range.lowerBound, mention.lowerBound)
            let last = max(number.range.upperBound, mention.upperBound) - 1
            // Only in the clauses read ("six of us, few laptops" counts six), and "over", "under"
            // after the count are where, not how many ("85 staff over three sites").
            let around = max(0, first - 3)..<min(tokens.count, last + 4)
            let vague = around.contains { position in
                guard scope.included[position], !reading.consumed.contains(position), isVague(tokens, at: position) else { return false }
                return position < first || !["over", "under", "above", "below", "beyond"].contains(line.keys[position] ?? "")
            }
            if vague { return nil }
            guard let value = number.value, range.contains(value) else { return nil }
            // "two of us could, but neither has": who could do something, not how many there are.
            if last + 1 < tokens.count, line.keys[last + 1].map(modalVerbs.contains) == true { return nil }
            found.insert(value)
        }
        // "me and 2 staff": the owner counts too, so the number is not how many there are.
        if let roster = roster(in: line.all), !roster.numbers.isEmpty, found != [roster.count] { return nil }
        return found.count == 1 ? found.first.map { .integer($0) } : nil
    }
}
