/// The guided chat as a state machine: it takes typed lines and returns what to say.
///
/// It asks only questions whose answer can still change the recommendation (the engine's
/// partial evaluation decides), starting with the number of users, and stops asking as soon as
/// the recommendation is settled. It does no I/O: saving and quitting are effects for the front end.
public struct Conversation: Sendable {
    public let engine: Engine
    /// What the owner has said so far.
    public private(set) var answers: Answers
    /// The question waiting for an answer, or nil once the recommendation is given.
    public private(set) var currentQuestion: QuestionIndex?
    /// Earlier states of `answers` and `unknownQuestions`, for `back`.
    private var undoStack: [(answers: Answers, unknown: Set<QuestionIndex>)] = []
    /// A question the owner asked to answer again, asked before any other.
    private var requestedQuestion: QuestionIndex?
    /// Questions the owner said they do not know the answer to: left open, and not asked again
    /// unless `change` reopens one.
    public private(set) var unknownQuestions: Set<QuestionIndex> = []
    /// An unsure reading of the last line, waiting for the owner's yes or no.
    private var pendingConfirmation: (question: QuestionIndex, value: AnswerValue)?
    /// The rule base's words for reading plain answers, compiled once.
    private var vocabulary: PlainAnswerReader.Vocabulary
    /// The cost model and the values changed in this conversation; nil when the rule base has none.
    public internal(set) var costs: CostAssumptions?

    public var ruleBase: RuleBase { engine.ruleBase }

    public init(engine: Engine, answers: Answers? = nil, costs: CostAssumptions? = nil) {
        self.engine = engine
        self.answers = answers ?? Answers(questionCount: engine.ruleBase.questions.count)
        self.costs = costs
        vocabulary = PlainAnswerReader.Vocabulary(engine.ruleBase.questions)
    }

    /// The greeting and the first question (or the recommendation, if the answers given settle it).
    public mutating func start() -> ChatReply {
        var blocks: [ChatBlock] = [
            .say("I'll ask a few questions about your business and then recommend how to get IT support: a sole proprietor, a break-fix shop, a managed services provider or in-house IT. Answer in your own words; type help for commands."),
        ]
        let given = answers.values.indices.filter { answers[$0] != nil }
        if !given.isEmpty {
            blocks.append(.note("From your answers file: " + given.map(describeAnswer).joined(separator: "; ") + "."))
        }
        blocks += advance()
        return ChatReply(blocks)
    }

    /// Handles one typed line: a command, or an answer to the current question.
    public mutating func handle(_ line: String) -> ChatReply {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            if let pending = pendingConfirmation { return ChatReply([confirmationQuestion(pending.value, pending.question)]) }
            return ChatReply(currentQuestion.map { [.ask(ruleBase.questions[$0].ask)] } ?? [])
        }
        if let pending = pendingConfirmation {
            pendingConfirmation = nil
            if let confirmed = PlainAnswerReader.confirmation(text) {
                return ChatReply(confirmed ? take(pending.value, for: pending.question) : askAgain(pending.question, saying: "All right."))
            }
        }
        if let (command, arguments) = ChatCommand.parse(text) {
            return run(command, arguments)
        }
        guard let question = currentQuestion else {
            if !openUnknownQuestions.isEmpty { return ChatReply([.say("Type change QUESTION to answer one of the questions left open, or quit (help lists everything).")]) }
            return ChatReply([.say(Self.notACommand(text) + "Type how, why-not OPTION, what-if QUESTION ANSWER, change QUESTION, restart or quit (help lists everything).")])
        }
        return ChatReply(answer(text, to: question))
    }

    /// The same conversation on a new rule base: answers carried over by question id where the
    /// question still exists and the answer still fits it, and changed cost assumptions where the
    /// new cost model still has them and accepts the value; then the next question or the advice.
    public func rebased(on engine: Engine, costModel: CostModel? = nil) -> (Conversation, ChatReply) {
        var carried = Answers(questionCount: engine.ruleBase.questions.count)
        var dropped: [String] = []
        for (index, question) in ruleBase.questions.enumerated() {
            guard let value = answers[index] else { continue }
            let spelled = question.spelling(of: value)
            if let target = engine.ruleBase.questionIndex(question.id),
               let reread = try? AnswerValueParser.parse(spelled, for: engine.ruleBase.questions[target]) {
                carried[target] = reread
            } else {
                dropped.append(question.id)
            }
        }
        var next = Conversation(engine: engine, answers: carried, costs: carriedCosts(to: costModel))
        next.unknownQuestions = Set(unknownQuestions.compactMap { engine.ruleBase.questionIndex(ruleBase.questions[$0].id) })
        var blocks: [ChatBlock] = [.note("Reloaded the rules: \(engine.ruleBase.questions.count) questions, \(engine.ruleBase.options.count) options, \(engine.ruleBase.rules.count) rules.")]
        if !dropped.isEmpty { blocks.append(.note("These answers no longer fit the rules and were dropped: \(Self.list(dropped)).")) }
        blocks += next.advance()
        return (next, ChatReply(blocks))
    }

    // MARK: Answers

    private mutating func answer(_ text: String, to question: QuestionIndex) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        let reading = PlainAnswerReader.read(text, asking: question, in: vocabulary)
        let facts = otherFacts(reading.facts, besides: question)
        switch reading.answer {
        case .answer(let value):
            return take(value, for: question, noting: facts)
        case .unsure(let value):
            pendingConfirmation = (question, value)
            return record(facts) + [confirmationQuestion(value, question)]
        case .dontKnow:
            return record(facts) + markUnknown(question)
        case .ambiguous(let readings):
            let options = readings.map { "“\(asked.describe($0))”" }.joined(separator: " or ")
            return [.say("I could read that as \(options). Which one do you mean?"), .ask(asked.ask)]
        case .notUnderstood:
            if !facts.isEmpty { return record(facts) + advance() }
            return askAgain(question, saying: "Sorry, I didn't understand that.")
        }
    }

    /// Takes `value` as the answer to `question`, with the facts the same line stated about
    /// other questions, and moves on.
    private mutating func take(
        _ value: AnswerValue, for question: QuestionIndex, noting facts: [(question: QuestionIndex, value: AnswerValue)] = []
    ) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        if let problem = rangeProblem(value, asked) { return [.say(problem), .ask(asked.ask)] }
        undoStack.append((answers, unknownQuestions))
        answers[question] = value
        unknownQuestions.remove(question)
        if requestedQuestion == question { requestedQuestion = nil }
        store(facts)
        guard !facts.isEmpty else { return advance() }
        let noted = ([question] + facts.map(\.question)).map(describeAnswer).joined(separator: "; ")
        return [.note("Noted: \(noted).")] + advance()
    }

    /// Records facts stated about other questions, and says what was noted.
    private mutating func record(_ facts: [(question: QuestionIndex, value: AnswerValue)]) -> [ChatBlock] {
        guard !facts.isEmpty else { return [] }
        undoStack.append((answers, unknownQuestions))
        store(facts)
        return [.note("Noted: " + facts.map { describeAnswer($0.question) }.joined(separator: "; ") + ".")]
    }

    private mutating func store(_ facts: [(question: QuestionIndex, value: AnswerValue)]) {
        for fact in facts {
            answers[fact.question] = fact.value
            unknownQuestions.remove(fact.question)
        }
    }

    /// "Did you mean: wants a fixed monthly cost? (yes/no)"; a yes-or-no answer is named with its question.
    private func confirmationQuestion(_ value: AnswerValue, _ question: QuestionIndex) -> ChatBlock {
        let asked = ruleBase.questions[question]
        let meaning = asked.kind == .boolean ? "\(asked.label.lowercased()): \(asked.describe(value))" : asked.describe(value)
        return .ask("Did you mean: \(meaning)? (yes/no)")
    }

    /// Asks `question` again, with what it expects and examples.
    private func askAgain(_ question: QuestionIndex, saying opening: String) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        let examples = PlainAnswerReader.examples(for: asked).map { "“\($0)”" }.joined(separator: ", ")
        let expected = asked.choices.isEmpty
            ? asked.expectation
            : "one of " + asked.choices.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
        return [.say("\(opening) I need \(expected); in your own words, for example \(examples)."), .ask(asked.ask)]
    }

    /// The owner does not know the answer to `question`: it stays open and is not asked again
    /// (unless `change` reopens it), and the chat moves on to the next question that matters.
    mutating func markUnknown(_ question: QuestionIndex) -> [ChatBlock] {
        undoStack.append((answers, unknownQuestions))
        unknownQuestions.insert(question)
        if requestedQuestion == question { requestedQuestion = nil }
        return [.note("Noted: \(ruleBase.questions[question].label.lowercased()): don't know.")] + advance()
    }

    /// Facts about other, still unanswered questions stated in the same line.
    private func otherFacts(
        _ facts: [(question: QuestionIndex, value: AnswerValue)], besides question: QuestionIndex
    ) -> [(question: QuestionIndex, value: AnswerValue)] {
        facts.filter { fact in
            fact.question != question && answers[fact.question] == nil && rangeProblem(fact.value, ruleBase.questions[fact.question]) == nil
        }
    }

    private func rangeProblem(_ value: AnswerValue, _ question: Question) -> String? {
        guard case .integer(let number) = value, case .integer(let range, _) = question.kind, !range.contains(number) else { return nil }
        return "\(number) is out of range: I need \(question.expectation)."
    }

    /// Moves on: the next question that can still change the outcome, or the recommendation.
    mutating func advance() -> [ChatBlock] {
        let partial = engine.analyze(answers)
        if partial.settledRecommendation != nil, requestedQuestion == nil {
            currentQuestion = nil
            var blocks: [ChatBlock] = []
            if !partial.irrelevantQuestions.isEmpty {
                let names = partial.irrelevantQuestions.map { ruleBase.questions[$0].label.lowercased() }
                blocks.append(.note("No need to ask about \(Self.list(names)): no answer could change the outcome."))
            }
            if let advice = try? engine.advise(answers) { blocks.append(.advice(advice)) }
            blocks.append(.say("Ask how, why-not OPTION or what-if QUESTION ANSWER to explore; change QUESTION to revise an answer; quit to leave."))
            return blocks
        }
        let next = requestedQuestion ?? nextQuestion(partial)
        currentQuestion = next
        if let next { return [.ask(ruleBase.questions[next].ask)] }
        // Only questions the owner does not know are left to decide it.
        let open = partial.openQuestions.map { ruleBase.questions[$0.question] }
        let candidates = partial.possibleRecommendations.map { ruleBase.options[$0].name }
        return [.say("What is left open decides it: with no answer about \(Self.list(open.map { $0.label.lowercased() })), it could be \(ConditionPhrasing.series(candidates, conjunction: "or")). Type change \(open.first?.id ?? "QUESTION") to answer one.")]
    }

    /// The questions marked "don't know" that could still change the recommendation, once nothing else is left to ask.
    private var openUnknownQuestions: [QuestionIndex] {
        guard currentQuestion == nil, !unknownQuestions.isEmpty else { return [] }
        return engine.analyze(answers).openQuestions.map(\.question).filter(unknownQuestions.contains)
    }

    /// The number of users first; then the open question with the most influence; never one the
    /// owner said they do not know.
    private func nextQuestion(_ partial: PartialResult) -> QuestionIndex? {
        let open = partial.openQuestions.map(\.question).filter { !unknownQuestions.contains($0) }
        if let users = ruleBase.questionIndex("users"), open.contains(users) { return users }
        return open.first
    }

    // MARK: Helpers shared with the commands

    func describeAnswer(_ question: QuestionIndex) -> String {
        let asked = ruleBase.questions[question]
        return "\(asked.label.lowercased()): \(answers[question].map { asked.describe($0) } ?? "not answered")"
    }

    /// Once the advice is given, a line that is no command: the commands it may have meant
    /// ("wh" → why, what-if, why-not), else that the recommendation stands.
    static func notACommand(_ text: String) -> String {
        let word = text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let names = ChatCommand.allCases.map(\.rawValue)
        var meant = names.filter { $0.hasPrefix(word) }
        if meant.isEmpty, let near = DidYouMean.suggestion(for: word, among: names) { meant = [near] }
        guard !meant.isEmpty else { return "The recommendation stands. " }
        let alternatives = meant.count == 1 ? meant[0] : meant.dropLast().joined(separator: ", ") + " or " + (meant.last ?? "")
        return "\(QuotedText.quote(word)) is not a command; did you mean \(alternatives)? "
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    mutating func restart() -> [ChatBlock] {
        undoStack.removeAll()
        requestedQuestion = nil
        unknownQuestions.removeAll()
        answers = Answers(questionCount: ruleBase.questions.count)
        return [.say("Starting again.")] + advance()
    }

    mutating func undo() -> [ChatBlock] {
        guard let previous = undoStack.popLast() else { return [.say("There is nothing to undo yet.")] }
        let undone = answers.values.indices.filter { answers[$0] != previous.answers[$0] || unknownQuestions.contains($0) != previous.unknown.contains($0) }
        answers = previous.answers
        unknownQuestions = previous.unknown
        requestedQuestion = nil
        let names = undone.map { ruleBase.questions[$0].label.lowercased() }
        return [.note("Took back your answer about \(Self.list(names)).")] + advance()
    }

    mutating func reopen(_ question: QuestionIndex) -> [ChatBlock] {
        undoStack.append((answers, unknownQuestions))
        answers[question] = nil
        unknownQuestions.remove(question)
        requestedQuestion = question
        return advance()
    }
}
