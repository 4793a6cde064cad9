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
        read(TypedLine(text), for: question)
    }

    /// Reads a scanned line as an answer to `question`.
    static func read(_ line: TypedLine, for question: Question) -> Interpretation {
        // The strict reading first (skipped for long lines, which it cannot accept anyway, to keep
        // its did-you-mean search cheap).
        if line.text.utf8.count <= 1_000, let strict = try? AnswerValueParser.parse(line.text, for: question) {
            return .answer(strict)
        }
        if line.isQuestion { return .notUnderstood }
        switch question.kind {
        case .integer(let range, _): return readInteger(line, range: range)
        case .boolean: return readBoolean(line)
        case .choice(let choices): return readChoice(line, choices: choices)
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
        facts(in: TypedLine(text), questions: questions)
    }

    /// Facts about any of `questions` stated in a scanned line.
    static func facts(in line: TypedLine, questions: [Question]) -> [(question: QuestionIndex, value: AnswerValue)] {
        Facts(line: line, questions: questions).all()
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
