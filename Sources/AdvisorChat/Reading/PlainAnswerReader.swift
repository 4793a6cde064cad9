import AdvisorModel

/// What a typed line says about one question.
public enum Interpretation: Sendable, Hashable {
    /// Read for sure: exactly one answer, nothing weakening it.
    case answer(AnswerValue)
    /// Probably this answer, but not for sure: it is hedged ("I guess so", "probably not",
    /// "maybe 12"), said beside "I don't know", or read through a misspelling ("fixd fee").
    /// The chat asks the owner to confirm it.
    case unsure(AnswerValue)
    /// Several readings are possible (e.g. "5 or 6", "yes and no", "fixed or hourly"); ask again.
    case ambiguous([AnswerValue])
    /// The owner does not know, or would rather not say ("I don't know", "not sure", "no idea",
    /// "skip", "pass").
    case dontKnow
    case notUnderstood
}

/// A line read while one question is asked: the reading for that question, and sure facts about
/// the others.
public struct PlainReading: Sendable {
    /// The reading as an answer to the question asked.
    public var answer: Interpretation
    /// Sure facts about other questions, in question order, each question at most once.
    public var facts: [(question: QuestionIndex, value: AnswerValue)]
}

/// Reads answers typed in plain words in the guided chat ("about 7 people", "nope", "we'd rather
/// have a fixed monthly fee").
///
/// It never guesses: a line it cannot read with confidence is `.unsure` (the chat confirms it),
/// `.ambiguous`, `.dontKnow` or `.notUnderstood`. Everything here is a pure function of its
/// arguments and is total: any string, however long or odd, gives an answer without trapping.
///
/// The words it matches come from two places. The rule files give every word about the
/// questions (`Vocabulary`): the words that name a question (`mentions`; for a question without
/// them, its own aliases and phrases that no other question answers to), each choice's value,
/// label, aliases and phrases, and the phrases of number and yes-or-no questions ("just me" → 1).
/// The reader itself knows only English in general: tokens, numbers in words, yes and no,
/// negation and its reach, hedges, doubt and "I don't know".
///
/// Rules of reading, in short (see each stage's file):
/// - Anything the strict answer-file parser (`AnswerValueParser`) accepts is accepted as is.
/// - Case, whitespace and punctuation do not matter; apostrophes are dropped ("don't" = "dont");
///   plural and verb endings do not matter for the rule files' words, nor intensifiers and
///   describing words inside their phrases ("doesn't really matter", "one small server", "just the
///   laptops"). A line ending in "?" that starts like a question ("what do you mean?") is
///   `.notUnderstood`; any other answer ending in "?" is unsure ("maybe 8?").
/// - The line is split into clauses (at punctuation, a dash between words, and "and", "but",
///   "so", …). While a question is asked, clauses that speak only of other questions are left to
///   those questions (as facts), questions the owner asks on the way are set aside ("is that a
///   server? no idea"), and the rest is read as the answer (`+Region`; see `Finding` for sure,
///   unsure and declined).
/// - Numbers (`+Numbers`, `+Counts`, `+WhoCounts`, `+Parts`), yes or no (`+YesNo`), choices (`+Choices`), facts (`+Facts`),
///   how sure the owner sounds (`Stance`), negation (`+Negation`), misspellings (`+Typos`).
public enum PlainAnswerReader {
    /// One piece of a typed line, as the scanner gives it.
    package typealias Token = WordScanner.Token
    /// Digits as typed, with what surrounds them.
    package typealias Literal = WordScanner.Literal

    /// Reads a typed answer to `question` on its own (no other question's words are known).
    public static func read(_ text: String, for question: Question) -> Interpretation {
        read(text, asking: 0, in: Vocabulary([question])).answer
    }

    /// Reads a line typed while question `asked` of `vocabulary` is asked.
    public static func read(_ text: String, asking asked: QuestionIndex, in vocabulary: Vocabulary) -> PlainReading {
        let line = TypedLine(text)
        let mentions = Mentions(line, vocabulary)
        let facts = facts(in: line, vocabulary, mentions, besides: asked)
        guard vocabulary.questions.indices.contains(asked) else { return PlainReading(answer: .notUnderstood, facts: facts) }
        return PlainReading(answer: answer(line, asking: asked, vocabulary, mentions), facts: facts)
    }

    /// A plain yes or no to "Did you mean …? (yes/no)", or nil when the line is something else.
    static func confirmation(_ text: String) -> Bool? {
        if case .answer(.boolean(let confirmed)) = read(text, for: yesOrNo) { return confirmed }
        return nil
    }

    /// A yes-or-no question with no words of its own.
    private static let yesOrNo = Question(
        id: "confirmation", label: "Confirmation", ask: "", why: "", kind: .boolean,
        location: SourceLocation(file: "", line: 0, column: 0))

    /// Facts about any of `questions` stated in one line ("12 users and nobody checks the backups"),
    /// in question order, each question at most once; only sure facts are returned.
    public static func facts(in text: String, questions: [Question]) -> [(question: QuestionIndex, value: AnswerValue)] {
        let line = TypedLine(text)
        let vocabulary = Vocabulary(questions)
        return facts(in: line, vocabulary, Mentions(line, vocabulary), besides: nil)
    }

    /// The reading of `line` for question `asked`: the strict answer-file reading, else the line
    /// without the clauses that speak only of other questions, read for the question's kind. When
    /// it has misspelt words of the question's own vocabulary, it is read with them corrected,
    /// and an answer found that way is unsure. A line ending in "?" is a question asked back
    /// when it starts like one ("what do you mean?"), unless it says "I don't know" ("who knows?");
    /// otherwise an answer in it is unsure ("maybe 8?").
    package static func answer(_ line: TypedLine, asking asked: QuestionIndex, _ vocabulary: Vocabulary, _ mentions: Mentions) -> Interpretation {
        let question = vocabulary.questions[asked]
        // The strict reading first (skipped for long lines, which it cannot accept anyway, to keep
        // its did-you-mean search cheap).
        if line.text.utf8.count <= 1_000, let strict = try? AnswerValueParser.parse(line.text, for: question) {
            return .answer(strict)
        }
        if line.isQuestion || asksHowWithoutMark(line), line.keys.first(where: { $0 != nil })?.map(questionWords.contains) != false {
            // A don't-know asked back ("who knows?", "how would I know?", "how would we even
            // tell?") still says it.
            return stance(in: line.all, claimed: []).dontKnow || asksHowToKnow(line) ? .dontKnow : .notUnderstood
        }
        // "How would we even check a thing like that? …", "Do part-timers count? …": the owner asks
        // how to answer first, so whatever follows is no answer yet.
        if opensAskingHow(line) || asksWhatCounts(line) { return stance(in: line.all, claimed: []).dontKnow ? .dontKnow : .notUnderstood }
        let answerRegion = region(of: line, asking: asked, vocabulary, mentions)
        var (scope, asksAndDoesNotKnow, hedgedOnTheWay) = withoutQuestions(answerRegion)
        let answered = scope
        scope = saidNow(scope, for: question, answers: vocabulary.answers[asked])
        var finding = find(scope, for: question, answers: vocabulary.answers[asked])
        if question.kind.isBoolean, finding.values.count > 1, let said = saidFirst(scope, answers: vocabulary.answers[asked]) {
            finding = said
        }
        if finding.values.isEmpty && !asksAndDoesNotKnow {
            // "maybe 30? not sure": an answer said as a question.
            scope = saidNow(withoutQuestions(answerRegion, echoes: false).scope, for: question, answers: vocabulary.answers[asked])
            finding = find(scope, for: question, answers: vocabulary.answers[asked])
        } else if !finding.values.isEmpty, answered.included != answerRegion.included {
            // "Probably simple? A few laptops and a router.": the same answer asked first, so
            // unsure; another count asked first ("i think 13? maybe 14 w/ the temp") is one more.
            let askedFirst = Scope(line: line, included: zip(answerRegion.included, answered.included).map { $0 && !$1 })
            let askedValues = find(askedFirst, for: question, answers: vocabulary.answers[asked]).values
            if askedValues == finding.values {
                finding.stance.hedged = true
            } else if question.kind.isInteger {
                for value in askedValues { finding.add(value) }
            }
        }
        // Misspelt words are looked for where the answer is read, or, when nothing is found
        // there, in the whole line ("sevn in the office": the misspelling hid the count).
        let misspelt =
            corrected(scope, lexicon: vocabulary.lexicons[asked], known: vocabulary.knownWords)
            ?? (finding.values.isEmpty ? corrected(line.all, lexicon: vocabulary.lexicons[asked], known: vocabulary.knownWords) : nil)
        if let corrected = misspelt {
            // The corrected line's own phrases decide what names the question ("a coupel of
            // servers" is "a couple of servers", an answer, not a mention of servers).
            let correctedRegion = withoutQuestions(region(of: corrected, asking: asked, vocabulary, Mentions(corrected, vocabulary))).scope
            scope = saidNow(correctedRegion, for: question, answers: vocabulary.answers[asked])
            finding = find(scope, for: question, answers: vocabulary.answers[asked])
            finding.corrected = true
        }
        if finding.values.count == 1, restsOnHints(finding.values[0], in: scope, for: asked, vocabulary) { finding.stance.hedged = true }
        if line.isQuestion || hedgedOnTheWay { finding.stance.hedged = true }
        if asksAndDoesNotKnow { finding.stance.dontKnow = true }
        return finding.interpretation
    }

    /// What `scope` says about `question`.
    package static func find(_ scope: Scope, for question: Question, answers: PhraseTable<AnswerValue>) -> Finding {
        switch question.kind {
        case .integer(let range, _): return readCount(scope, answers: answers, range: range)
        case .boolean: return readYesNo(scope, answers: answers, singleLetters: true)
        case .choice(let choices):
            let found = readChoice(scope, answers: answers, ordered: question.ordered)
            return found.values.isEmpty ? readPlace(scope, among: choices.count) ?? found : found
        }
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
