import AdvisorChat
import AdvisorModel

/// `rules check` reads every alias, phrase and hint of the rule base back through the chat's reader
/// (`PlainAnswerReader`) and warns (`misread-phrase`, at the alias or phrase itself, or at its
/// question when the rule base was not read from files) where the chat would not
/// give the answer the author meant:
/// - typed while its own question is asked, it must give its answer (sure, or unsure and then
///   confirmed; a hint unsure); a word read as another answer, or not read at all, is reported;
/// - a question without `mentions` is named by its own aliases and phrases, so each must also be
///   taken out of turn (typed while another question is asked) as a fact about its question, not
///   read as the answer of the question asked, nor as a fact about a third one.
package enum VocabularyReadBack {
    /// One warning per alias or phrase the reader does not give back, in question order.
    package static func diagnostics(_ ruleBase: RuleBase) -> [Diagnostic] {
        let vocabulary = PlainAnswerReader.Vocabulary(ruleBase.questions)
        var diagnostics: [Diagnostic] = []
        for (index, question) in ruleBase.questions.enumerated() {
            let others = ruleBase.questions.indices.filter { $0 != index }
            for (text, value, location, isHint) in words(of: question) {
                let meant = "'\(text)' (\(question.describe(value)))"
                var problem = inTurn(text, value, isHint: isHint, index, vocabulary)
                // (A hint is never taken out of turn, so only a phrase must be.)
                if problem == nil && question.mentions.isEmpty && !isHint {
                    problem = everyday(text) ?? outOfTurn(text, value, index, asking: others, vocabulary)
                }
                if let problem { diagnostics.append(warning("\(question.id): \(meant) \(problem)", at: location ?? question.location)) }
            }
        }
        return diagnostics
    }

    /// The aliases, phrases and hints of a question, each with the answer it stands for, where
    /// it is written and whether it is a hint.
    static func words(of question: Question) -> [(text: String, value: AnswerValue, location: SourceLocation?, isHint: Bool)] {
        switch question.kind {
        case .choice(let choices):
            return choices.enumerated().flatMap { index, choice in
                choice.words.map { ($0.text, AnswerValue.choice(index), $0.location, false) }
                    + choice.locatedHints.map { ($0.text, AnswerValue.choice(index), $0.location, true) }
            }
        case .integer, .boolean:
            return question.phrases.map { ($0.text, $0.value, $0.location, $0.isHint) }
        }
    }

    /// What goes wrong when `text` is typed while its own question is asked, or nil. A hint must
    /// be read as its answer to confirm, not taken as sure.
    private static func inTurn(_ text: String, _ value: AnswerValue, isHint: Bool, _ index: QuestionIndex, _ vocabulary: PlainAnswerReader.Vocabulary)
        -> String?
    {
        let question = vocabulary.questions[index]
        switch PlainAnswerReader.read(text, asking: index, in: vocabulary).answer {
        case .answer(let read) where read == value && isHint:
            return "is a hint but is taken as a sure answer when \(question.id) is asked (its words say it plainly); make it a phrase, or reword it"
        case .answer(let read), .unsure(let read):
            return read == value ? nil : "is read as \(question.describe(read)) when \(question.id) is asked; reword it"
        case .ambiguous(let readings):
            let list = readings.map { question.describe($0) }.joined(separator: " or ")
            return "is read as either \(list) when \(question.id) is asked; reword it"
        case .dontKnow:
            return "is read as \"I don't know\" when \(question.id) is asked; reword it"
        case .notUnderstood:
            return "is not understood when \(question.id) is asked (another question's words may take it over); reword it"
        }
    }

    /// Why `text` cannot name a question: the reader takes it as an everyday answer (yes, no,
    /// "I don't know") to any yes-or-no question; nil when it does not.
    private static func everyday(_ text: String) -> String? {
        switch PlainAnswerReader.read(text, for: bare) {
        case .answer(.boolean(let flag)), .unsure(.boolean(let flag)):
            return "is an everyday \(flag ? "yes" : "no") to the chat, so typed while another question is asked it answers that one; reword it"
        case .dontKnow:
            return "is an everyday \"I don't know\" to the chat, so typed while another question is asked it answers that one; reword it"
        default: return nil
        }
    }

    /// A yes-or-no question with no words of its own.
    private static let bare = Question(
        id: "bare", label: "", ask: "", why: "", kind: .boolean, location: SourceLocation(file: "", line: 0, column: 0))

    /// What goes wrong when `text` is typed while one of `others` is asked, or nil: read as the
    /// asked question's answer, or not taken as a fact about its own question.
    private static func outOfTurn(
        _ text: String, _ value: AnswerValue, _ index: QuestionIndex, asking others: [QuestionIndex], _ vocabulary: PlainAnswerReader.Vocabulary
    ) -> String? {
        let questions = vocabulary.questions
        for asked in others {
            let reading = PlainAnswerReader.read(text, asking: asked, in: vocabulary)
            switch reading.answer {
            case .answer(let read), .unsure(let read):
                return "is read as \(questions[asked].describe(read)) for \(questions[asked].id) when that is asked, "
                    + "not as an answer to \(questions[index].id); reword it, or give \(questions[index].id) 'mentions'"
            default: break
            }
            if reading.facts.contains(where: { $0.question == index && $0.value == value }) { continue }
            if let fact = reading.facts.first(where: { $0.question != index }) {
                return "is read as \(questions[fact.question].describe(fact.value)) for \(questions[fact.question].id) when typed out of turn; reword it"
            }
            return "is not recognised when typed while \(questions[asked].id) is asked (another question answers to the same words, "
                + "or they need a clause of their own); reword it, or give \(questions[index].id) 'mentions'"
        }
        return nil
    }

    private static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, code: .misreadPhrase, message: message, at: location)
    }
}
