import AdvisorEngine
import AdvisorModel
import Foundation

/// After the recommendation: a line in plain words that answers a question differently is
/// offered as a change ("That makes cost of downtime “a lot”. The recommendation would become
/// Managed services provider. Change it? (yes/no)"); yes takes it and shows the new summary.
extension Conversation {
    /// What a line typed after the recommendation says about the answers.
    enum ChangeReading {
        /// Answers that differ from the owner's, in question order.
        case changes([(question: QuestionIndex, value: AnswerValue)])
        /// Only answers the owner has already given.
        case unchanged([QuestionIndex])
        /// Words that answer more than one question, with nothing to tell which is meant.
        case ambiguous([(question: QuestionIndex, value: AnswerValue)])
        /// No sure answer to any question.
        case nothing
    }

    /// The reply to a line that is no command once the recommendation (or the conditional
    /// advice) is given: the offer of a change, or what the owner can do.
    mutating func afterAdvice(_ text: String) -> [ChatBlock] {
        // A command mistyped ("hwo", "costz please") is taken for one, unless the line names a
        // question ("what if we were 20 people").
        let meant = Self.notACommand(text, outcome: "")
        if !meant.isEmpty, !namesAQuestion(text) { return [.say(meant.trimmingCharacters(in: .whitespaces))] }
        switch readChange(text) {
        case .changes(let changes):
            pendingChange = changes
            return [offer(changes)]
        case .unchanged(let questions):
            return [.say("That is what you said already (\(questions.map(describeAnswer).joined(separator: "; "))); the recommendation stands.")]
        case .ambiguous(let readings):
            let meanings = readings.map { OwnerPhrasing.makes($0.value, for: ruleBase.questions[$0.question]) }
            let commands = readings.map { "change \(ruleBase.questions[$0.question].label.lowercased())" }
            return [
                .say(
                    "I could read that as \(Prose.list(meanings, conjunction: "or")). Type \(Prose.list(commands, conjunction: "or")) to answer one again.")
            ]
        case .nothing:
            return [.say(notUnderstoodAfterAdvice(text))]
        }
    }

    /// The sure answers in `text` to the rule base's questions: facts about the questions it
    /// names ("we're 20 people now"); else the line read as an answer to each question it names
    /// ("a day without computers would cost us a fortune"), or, when it names none, to each
    /// question whose own words it uses ("it would cost us a fortune") and, when it holds a
    /// number, to each number question ("we're 20 now"), as long as only one question gets an
    /// answer.
    func readChange(_ text: String) -> ChangeReading {
        let line = PlainAnswerReader.TypedLine(text)
        let mentions = PlainAnswerReader.Mentions(line, vocabulary)
        var readings = PlainAnswerReader.facts(in: line, vocabulary, mentions, besides: nil)
        if readings.isEmpty {
            let named = ruleBase.questions.indices.filter { !mentions.ranges[$0].isEmpty }
            // With no question named, a lone word of a question's ("fine", "either") in a longer
            // line is too weak a sign: a phrase of two words or more, or the whole line, it must be.
            let words = line.stems.compactMap { $0 }.count
            let ownWords = { (question: QuestionIndex) in
                vocabulary.answers[question].allMatches(in: line.stems).contains { $0.range.count >= 2 || $0.range.count == words }
            }
            // A number alone ("we've hired, we're 20 now") is read for the number questions.
            let counts = line.numbers.mentions.isEmpty ? [] : ruleBase.questions.indices.filter { ruleBase.questions[$0].kind.isInteger }
            let candidates = named.isEmpty ? ruleBase.questions.indices.filter { ownWords($0) || counts.contains($0) } : named
            readings = candidates.compactMap { question in
                guard case .answer(let value) = PlainAnswerReader.answer(line, asking: question, vocabulary, mentions) else { return nil }
                return (question, value)
            }
            if readings.count > 1 { return .ambiguous(readings) }
        }
        readings = readings.filter { Self.rangeProblem($0.value, ruleBase.questions[$0.question]) == nil }
        guard !readings.isEmpty else { return .nothing }
        let changed = readings.filter { answers[$0.question] != $0.value }
        return changed.isEmpty ? .unchanged(readings.map(\.question)) : .changes(changed)
    }

    /// "That makes cost of downtime “a lot”. The recommendation would become Managed services
    /// provider. Change it? (yes/no)"
    func offer(_ changes: [(question: QuestionIndex, value: AnswerValue)]) -> ChatBlock {
        let what = Prose.list(changes.map { OwnerPhrasing.makes($0.value, for: ruleBase.questions[$0.question]) })
        var changed = answers
        for change in changes { changed[change.question] = change.value }
        let now = engine.settledRecommendation(answers)
        let then = engine.analyze(changed, scoreRanges: false)
        let outcome: String
        if let next = then.settledRecommendation {
            let name = ruleBase.options[next].name
            outcome =
                now == nil
                ? "The recommendation would be \(name)." : now == next ? "The recommendation would stay \(name)." : "The recommendation would become \(name)."
        } else {
            let open = then.openQuestions.map { ruleBase.questions[$0.question].label.lowercased() }
            outcome = "The recommendation would then depend on \(Prose.list(open)); I'd ask about \(open.count == 1 ? "it" : "them")."
        }
        return .ask("That makes \(what). \(outcome) Change \(changes.count == 1 ? "it" : "them")? (yes/no)")
    }

    /// Takes the changes offered and goes on: the new summary, or the next question when the
    /// recommendation is no longer settled. `back` undoes it like an answer.
    mutating func acceptChange(_ changes: [(question: QuestionIndex, value: AnswerValue)]) -> [ChatBlock] {
        rememberForUndo()
        for change in changes { record(change.value, for: change.question) }
        return [.note("Changed: " + changes.map { describeAnswer($0.question) }.joined(separator: "; ") + ".")] + advance()
    }

    /// True when `text` names one of the questions ("people", "backups", "downtime").
    private func namesAQuestion(_ text: String) -> Bool {
        PlainAnswerReader.Mentions(PlainAnswerReader.TypedLine(text), vocabulary).ranges.contains { !$0.isEmpty }
    }

    /// A line after the advice that neither is a command nor changes an answer: the command it
    /// may have meant, or what the owner can do.
    private func notUnderstoodAfterAdvice(_ text: String) -> String {
        let meant = Self.notACommand(text, outcome: "")
        if !meant.isEmpty { return meant.trimmingCharacters(in: .whitespaces) }
        if let conditional = engine.conditionalAdvice(answers, unknown: dontKnow) {
            let deciding = ruleBase.questions[conditional.deciding].label.lowercased()
            return
                "The recommendation depends on \(deciding). Tell me the answer when you know it (or type change \(deciding)), or type how, why, costs, restart or quit (help lists everything)."
        }
        return
            "I didn't read that as a change to your answers; the recommendation stands. Tell me what has changed in a sentence, or type how, why-not OPTION, what-if QUESTION ANSWER, change QUESTION, restart or quit (help lists everything)."
    }
}
