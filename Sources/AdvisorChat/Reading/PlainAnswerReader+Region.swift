import AdvisorModel

/// The region stage: which part of a line is read as the answer to the question asked — the
/// clauses that speak only of other questions are left to them, questions the owner asks on the
/// way are set aside.
extension PlainAnswerReader {
    /// The part of `line` read as the answer to `asked`: all of it but the clauses that speak of
    /// other questions and not this one, and the joining words next to them. A clause naming other
    /// questions still counts for this one when it gives this one an answer and them none ("a
    /// hundred and ten across both sites" answers how many people there are), or, for a number
    /// question, when it holds the owner's "two others" ("me and two others in a small office"). A
    /// number that another number question's mention counts is left out too ("3 stores").
    package static func region(of line: TypedLine, asking asked: QuestionIndex, _ vocabulary: Vocabulary, _ mentions: Mentions) -> Scope {
        var included = Array(repeating: true, count: line.tokens.count)
        let ownersList = vocabulary.questions[asked].kind.isInteger ? roster(in: line.all)?.span : nil
        for (index, clause) in line.clauses.enumerated() where !mentions.byClause[index].isEmpty && !mentions.byClause[index].contains(asked) {
            let alone = line.scope(ofClauses: [index])
            // The words that name the other questions are not this one's answer ("health checks"
            // gives no "check" of the backups).
            var ownWords = alone.included
            let ownPhrases = vocabulary.answers[asked].allMatches(in: alone.stems).map(\.range)
            for other in mentions.byClause[index] {
                // (A mention inside one of the asked question's own phrases stays: "fixed fee".)
                for mention in mentions.ranges[other] where !ownPhrases.contains(where: { $0.clamped(to: mention) == mention }) {
                    for position in mention { ownWords[position] = false }
                }
            }
            let ownScope = Scope(line: line, included: ownWords)
            // (For a yes or no, a word that says it: a negation alone may be the others' — "being
            // down a day would barely affect us" says nothing of proactive care.)
            let answersAsked =
                vocabulary.questions[asked].kind.isBoolean
                ? !readYesNo(ownScope, answers: vocabulary.answers[asked], singleLetters: true, loneNegations: false).values.isEmpty
                : !find(ownScope, for: vocabulary.questions[asked], answers: vocabulary.answers[asked]).values.isEmpty
            let answered = mentions.byClause[index].filter { other in
                !find(alone, for: vocabulary.questions[other], answers: vocabulary.answers[other]).values.isEmpty
            }
            if answersAsked && answered.isEmpty { continue }
            // The asked question's own phrase, typed while it is asked, is its answer even where
            // it names another question ("one site" for a question about sites, though "site"
            // names the network).
            if answersAsked && ownPhrase(of: asked, covers: clause.range, in: line, vocabulary, mentions) { continue }
            // A count asked for keeps the owner's "two others" when the clause goes on about
            // something else: "me and two others in a small office" counts people and says what
            // the network is like.
            let keepsCount =
                answersAsked && vocabulary.questions[asked].kind.isInteger && !answered.contains { vocabulary.questions[$0].kind.isInteger }
                && line.keys.contains { $0.map(ownerWords.contains) == true }
                && line.numbers.mentions.contains { clause.range.contains($0.range.lowerBound) && othersWord(after: $0, in: line) != nil }
            if keepsCount { continue }
            // "…, it's only me, the estimator and the boss in the office": a count keeps the
            // owner's list of people, whatever its clauses name.
            if let roster = ownersList, clause.range.overlaps(roster) { continue }
            // Both answered: a number or a choice asked for reads what the others' words leave
            // ("about 70 spread over three sites" counts 70 people; "badly - 30 staff would sit
            // idle"). Not a yes or no: a "nobody" left over may be the others' ("nobody here
            // checks the backups" says nothing of proactive care).
            if answersAsked, !vocabulary.questions[asked].kind.isBoolean {
                let others = othersWords(in: alone, of: answered, vocabulary, mentions)
                let rest = Scope(line: line, included: zip(ownWords, alone.included).enumerated().map { $1.0 && $1.1 && !others.contains($0) })
                if !find(rest, for: vocabulary.questions[asked], answers: vocabulary.answers[asked]).values.isEmpty {
                    for position in others { included[position] = false }
                    continue
                }
            }
            for position in clause.range { included[position] = false }
            if clause.range.lowerBound > 0, line.clauseOf[clause.range.lowerBound - 1] == nil { included[clause.range.lowerBound - 1] = false }
            if clause.range.upperBound < line.tokens.count, line.clauseOf[clause.range.upperBound] == nil {
                included[clause.range.upperBound] = false
            }
        }
        // "if it goes down we just use the card machine": a condition that names another question
        // first is about that question, whatever it goes on to name.
        for (index, clause) in line.clauses.enumerated() where mentions.byClause[index].contains(asked) && mentions.byClause[index].count > 1 {
            guard let first = clause.range.first, line.keys[first].map(conditionWords.contains) == true,
                let earliest = mentions.byClause[index].min(by: {
                    earliestMention(of: $0, in: clause.range, mentions) < earliestMention(of: $1, in: clause.range, mentions)
                }),
                earliest != asked
            else { continue }
            for position in clause.range { included[position] = false }
        }
        // "14 staff across 3 stores": the number another question counts is not this one's.
        for other in vocabulary.questions.indices where other != asked {
            for mention in mentions.ranges[other] {
                guard case .integer = vocabulary.questions[other].kind, let number = countedNumber(line, at: mention) else { continue }
                for position in Array(mention) + Array(line.numbers.mentions[number].range) { included[position] = false }
            }
        }
        // The words that name the question asked are not its answer: "a day without computers
        // would cost us a fortune" is no "without" that negates the fortune. (A number keeps
        // them: they say what it counts.)
        if !vocabulary.questions[asked].kind.isInteger {
            for mention in mentions.ranges[asked] {
                for position in mention where !mentions.answerWords.contains(position) { included[position] = false }
            }
        }
        return Scope(line: line, included: included)
    }

    /// Words that start a condition ("if it goes down …", "when the server crashes …").
    static let conditionWords: Set<String> = ["if", "when", "whenever"]

    /// Where `question` is first named inside `range`.
    static func earliestMention(of question: QuestionIndex, in range: Range<Int>, _ mentions: Mentions) -> Int {
        mentions.ranges[question].filter { range.contains($0.lowerBound) }.map(\.lowerBound).min() ?? Int.max
    }

    /// `scope` without the sentences in it that are questions, when more follows them ("is the
    /// box with the lights a server? no idea", "checking them? no, nobody does"): the owner asks,
    /// then answers. A line that ends in a question is read as such before this. Unless
    /// `echoes`, only questions that start like one ("what", "is", "how", …) are left out, not
    /// an answer said as a question ("maybe 30? not sure"). `saysDontKnow`: one of them says "I
    /// don't know" ("how would I know? my manager deals with that"); `hedges`: one said as an
    /// answer hedges ("Maybe once a year? I wouldn't call it regular.").
    static func withoutQuestions(_ scope: Scope, echoes: Bool = true) -> (scope: Scope, saysDontKnow: Bool, hedges: Bool) {
        let line = scope.line
        var included = scope.included
        var saysDontKnow = false
        var hedges = false
        var sentenceStart = 0
        var partStart = 0
        for (position, token) in line.tokens.enumerated() {
            guard case .mark(let mark) = token else { continue }
            if [",", ";", ":", "—"].contains(mark) {
                partStart = position + 1
                continue
            }
            guard [".", "!", "?", "\u{FF1F}"].contains(mark) else { continue }
            defer { (sentenceStart, partStart) = (position + 1, position + 1) }
            let firstWord = { (range: Range<Int>) in range.first { line.keys[$0] != nil } }
            guard mark == "?" || mark == "\u{FF1F}", let first = firstWord(sentenceStart..<position) else { continue }
            // The question is the sentence, or its last part when that starts like a question
            // ("dunno, what do most people do?").
            let partFirst = partStart > sentenceStart ? firstWord(partStart..<position) : nil
            let partAsks = partFirst.flatMap { line.keys[$0] }.map(questionWords.contains) == true
            let sentence = partAsks ? partStart..<position : sentenceStart..<position
            let asksBack = partAsks || line.keys[first].map(questionWords.contains) == true
            let more = line.keys[(position + 1)...].contains { $0 != nil }
            let said = line.keys[..<sentence.lowerBound].contains { $0 != nil }
            // Before more, or (a question that starts like one) after an answer: "Never. Should we?"
            guard more && (echoes || asksBack) || !more && said && asksBack else { continue }
            let asked = TypedLine(text: line.text, tokens: Array(line.tokens[sentence]) + [token])
            let askedStance = stance(in: asked.all, claimed: [])
            if askedStance.dontKnow || asksHowToKnow(asked) { saysDontKnow = true }
            if askedStance.hedged && !asksBack { hedges = true }
            for index in sentence { included[index] = false }
        }
        return (included == scope.included ? scope : Scope(line: line, included: included), saysDontKnow, hedges)
    }

    /// The tokens of `scope` that speak of `others`: their mentions, and their answers in it (a
    /// number question's counted number, the others' phrases).
    static func othersWords(in scope: Scope, of others: some Sequence<QuestionIndex>, _ vocabulary: Vocabulary, _ mentions: Mentions) -> Set<Int> {
        var words: Set<Int> = []
        for other in others {
            for mention in mentions.ranges[other] where scope.included[mention.lowerBound] {
                words.formUnion(mention)
                if vocabulary.questions[other].kind.isInteger, let number = countedNumber(scope.line, at: mention) {
                    words.formUnion(scope.line.numbers.mentions[number].range)
                }
            }
            let table = vocabulary.answers[other]
            let stems = vocabulary.questions[other].kind.isChoice ? countWords(scope, answers: table) : scope.stems
            for match in table.allMatches(in: stems) { words.formUnion(match.range) }
        }
        return words
    }

    /// Whether a phrase of question `asked` covers every mention of another question in `clause`.
    private static func ownPhrase(
        of asked: QuestionIndex, covers clause: Range<Int>, in line: TypedLine, _ vocabulary: Vocabulary, _ mentions: Mentions
    ) -> Bool {
        let own = vocabulary.answers[asked].allMatches(in: line.stems).map(\.range).filter { clause.contains($0.lowerBound) }
        let others = mentions.ranges.indices.filter { $0 != asked }.flatMap { mentions.ranges[$0] }.filter { clause.contains($0.lowerBound) }
        return !others.isEmpty
            && others.allSatisfy { mention in own.contains { $0.lowerBound <= mention.lowerBound && mention.upperBound <= $0.upperBound } }
    }

    /// The part of `scope` that answers `question` as the owner means it now: after a
    /// self-correction ("ten, no wait, twelve", "…, but really it's just the one server") or a
    /// conclusion, and without what was or will be ("A flat monthly fee. We used to pay per
    /// call-out."), each only when what is left gives an answer. A conclusion settles a yes or no
    /// ("Never want to get caught off guard again, so yes"); for a choice or a number, only what
    /// was unsettled before it or agrees with it ("We couldn't take payments, so yes it hurts"
    /// stays a lot).
    static func saidNow(_ scope: Scope, for question: Question, answers: PhraseTable<AnswerValue>) -> Scope {
        var scope = scope
        if let (corrected, concludes, correctedAt) = afterSelfCorrection(scope) {
            let after = find(corrected, for: question, answers: answers).values
            // (What came before the conclusion, since the owner last corrected themselves: "Low.
            // Well, actually no, the till's on it, so medium".)
            let before = Scope(
                line: scope.line, included: scope.included.indices.map { scope.included[$0] && !corrected.included[$0] && $0 >= (correctedAt ?? 0) })
            let said = concludes && !question.kind.isBoolean ? find(before, for: question, answers: answers).values : []
            if !after.isEmpty, said.count != 1 || said == after { scope = corrected }
        }
        // (Not the question's own words: "unless it breaks", "we'll be fine".)
        let phrases = Set(answers.longestMatches(in: scope.stems).flatMap(\.range))
        if let now = withoutOtherTimes(scope, outside: phrases) {
            // Wholly of another time ("last year we spent £2,400 on call-outs"): no answer now;
            // but not a comparison or someone else's view ("I suspect the partners would say
            // no"), nor a line that says what is so ("… last month we paid for 9, and that's everyone").
            let saysNothing = !now.positions.contains { position in
                if case .mark = scope.line.tokens[position] { return false }
                return true
            }
            let onlyTimes = otherTimes.longestMatches(in: scope.keys, outside: phrases).allSatisfy(\.value)
            let saysWhatIs = scope.keys.contains { $0.map(presentWords.contains) == true }
            if saysNothing, onlyTimes, !saysWhatIs { return Scope(line: scope.line, included: scope.included.map { _ in false }) }
            if !find(now, for: question, answers: answers).values.isEmpty { scope = now }
        }
        return scope
    }

    /// Words that put a clause in the past or the future ("we used to pay per call-out", "we'll
    /// be five from next month", "compared to when it was just me"), or make it a supposition
    /// ("unless the old Mac counts as a server").
    /// Each is true for a time, false for a comparison, a supposition or someone else's view.
    static let otherTimes = PhraseTable<Bool>(
        words([
            "used to", "will be", "well be", "going to be", "next month", "next year", "from next", "when it was", "last year",
            "last month", "last week", "last time", "years ago", "years back", "months back", "soon to be", "were going to be",
        ]).map { ($0, true) }
            + words([
                "compared to", "unless", "manager would say", "wife would say", "husband would say", "partner would say", "boss would say",
                "partners would say",
            ]).map { ($0, false) })
    /// Words that say what is so now ("that's everyone").
    static let presentWords: Set<String> = nowWords.union(["thats", "its", "is", "are", "am", "im"])
    /// Words for the present time ("now", "these days" being "nowadays").
    static let nowWords: Set<String> = ["now", "nowadays", "today", "currently"]
    /// Words before "used to" that make it "accustomed to" ("we're used to it"), not a past habit.
    static let accustomedWords: Set<String> = ["were", "are", "im", "am", "is", "get", "got", "getting", "pretty", "so", "quite", "all", "well", "very"]

    /// Whether the marker at `range` is "used to" meaning accustomed ("we're used to it").
    static func isAccustomed(_ range: Range<Int>, in line: TypedLine) -> Bool {
        range.lowerBound > 0 && line.keys[range.lowerBound] == "used" && line.keys[range.lowerBound - 1].map(accustomedWords.contains) == true
    }

    /// `scope` without its clauses about another time than now (empty when all are), or nil when
    /// it has none; markers inside `phrases` (the question's own words) mark nothing.
    static func withoutOtherTimes(_ scope: Scope, outside phrases: Set<Int> = []) -> Scope? {
        let line = scope.line
        // (A joining word as the marker, "…, unless the old Mac counts": the clause after it.)
        var marked = Set(
            otherTimes.longestMatches(in: scope.keys, outside: phrases).filter { !isAccustomed($0.range, in: line) }.compactMap {
                line.clauseOf[$0.range.lowerBound] ?? line.clauseOf[min($0.range.upperBound, line.tokens.count - 1)]
            })
        guard !marked.isEmpty else { return nil }
        // The clauses going on from one in its sentence ("we used to pay per call-out and hated
        // it, the bills were all over the place"), until a turn ("but now", "so", a dash) or the
        // owner speaking again ("…, I'd say moderate").
        let sentences = line.sentenceStarts
        for index in marked.sorted() {
            var next = index + 1
            while next < line.clauses.count, sentences[line.clauses[next].range.lowerBound] == sentences[line.clauses[index].range.lowerBound] {
                let between = line.clauses[next - 1].range.upperBound..<line.clauses[next].range.lowerBound
                let turns = between.contains { position in
                    line.keys[position].map(["but", "now", "so", "though", "however", "although"].contains) == true
                        || [.mark("-"), .mark("—"), .mark(";"), .mark(":")].contains(line.tokens[position])
                }
                let owner = line.clauses[next].range.first { line.keys[$0] != nil }.flatMap { line.keys[$0] }
                // ("…, not any more, all cloud now": back to now.)
                let now = line.clauses[next].range.contains { position in
                    line.keys[position].map { nowWords.contains($0) || $0 == "anymore" || $0 == "longer" } == true
                        || line.keys[position] == "more" && position > 0 && line.keys[position - 1] == "any"
                }
                if turns || now || owner.map(["i", "id", "im", "ive", "ill", "we", "wed", "weve", "well"].contains) == true { break }
                marked.insert(next)
                next += 1
            }
        }
        let included = scope.included.indices.map { position in scope.included[position] && !(line.clauseOf[position].map(marked.contains) ?? false) }
        return Scope(line: line, included: included)
    }

    /// Words by which owners correct themselves: what comes after them is the answer.
    static let selfCorrections = PhraseTable<Bool>(
        words([
            "no wait", "wait no", "no sorry", "sorry i mean", "i mean", "scratch that", "or rather", "but really", "but actually",
            "well actually", "hang on", "correction", "make that", "hold on", "have to say", "the answer is", "so the answer is", "put down", "put me down for",
            "now i think about it", "come to think of it", "so now", "but now", "now its", "these days", "nowadays", "from now on",
            "on second thought", "on second thoughts", "actually no",
        ]).map { ($0, true) })

    /// The part of `scope` after the last self-correction in it ("ten, no wait, twelve"; "we had
    /// a server, but now it's all in the cloud"), or after a short conclusion that ends it ("…,
    /// so yes", "So 1."), or nil; `concludes` when it is a conclusion, `correctedAt` where the
    /// last self-correction left the owner's words.
    static func afterSelfCorrection(_ scope: Scope) -> (scope: Scope, concludes: Bool, correctedAt: Int?)? {
        let positions = scope.positions.filter { scope.keys[$0] != nil }
        // Matched on the words alone, marks left out: "No, wait, twelve".
        let corrections = selfCorrections.longestMatches(in: positions.map { scope.keys[$0] }).map { positions[$0.range.upperBound - 1] + 1 }
        // (After a mark, and not after a hedge, which it would lose: "I think so, yes", "I guess
        // we'd lose a few bookings, so medium-ish".)
        let conclusion = positions.suffix(4).dropLast().first { position in
            let before = Scope(line: scope.line, included: scope.included.indices.map { $0 < position && scope.included[$0] })
            return scope.keys[position] == "so" && position > 0 && scope.line.keys[position - 1] == nil && !stance(in: before, claimed: []).hedged
        }.map { $0 + 1 }
        guard let start = (corrections + [conclusion].compactMap { $0 }).max(), start > (positions.first ?? 0) else { return nil }
        let included = scope.included.indices.map { $0 >= start && scope.included[$0] }
        return included.contains(true) ? (Scope(line: scope.line, included: included), start == conclusion, corrections.max()) : nil
    }
}
