/// Answers as the compiled engine reads them: one machine word per question, in question order.
///
/// A number is stored as itself, yes/no as 1/0, a choice as its index, and an unanswered
/// question as `AnswerVector.unanswered` (`Int.min`, which no question's range may contain;
/// the loader refuses a `min` that low). Reading an answer is one array load, with no
/// string, dictionary or optional in the way.
public enum AnswerVector {
    /// The word stored for a question that is not answered.
    public static let unanswered = Int.min

    /// The word for one answer.
    @inlinable
    public static func word(_ value: AnswerValue?) -> Int {
        switch value {
        case nil: return unanswered
        case .integer(let number)?: return number
        case .boolean(let flag)?: return flag ? 1 : 0
        case .choice(let index)?: return index
        }
    }

    /// The words for a set of answers, one per question.
    public static func encode(_ answers: Answers) -> [Int] {
        answers.values.map(word)
    }

    /// The answers that `words` stand for, read with each question's kind.
    public static func answers(_ words: some Collection<Int>, questions: [Question]) -> Answers {
        Answers(
            values: zip(words, questions).map { word, question -> AnswerValue? in
                guard word != unanswered else { return nil }
                switch question.kind {
                case .integer: return .integer(word)
                case .boolean: return .boolean(word != 0)
                case .choice: return .choice(word)
                }
            })
    }
}
