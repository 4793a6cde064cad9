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
    /// Earlier states of `answers`, for `back`.
    private var undoStack: [Answers] = []
    /// A question the owner asked to answer again, asked before any other.
    private var requestedQuestion: QuestionIndex?
    /// The cost model and the values changed in this conversation; nil when the rule base has none.
    public internal(set) var costs: CostAssumptions?

    public var ruleBase: RuleBase { engine.ruleBase }

    public init(engine: Engine, answers: Answers? = nil, costs: CostAssumptions? = nil) {
        self.engine = engine
        self.answers = answers ?? Answers(questionCount: engine.ruleBase.questions.count)
        self.costs = costs
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
            return ChatReply(currentQuestion.map { [.ask(ruleBase.questions[$0].ask)] } ?? [])
        }
        if let (command, arguments) = ChatCommand.parse(text) {
            return run(command, arguments)
        }
        guard let question = currentQuestion else {
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
        var blocks: [ChatBlock] = [.note("Reloaded the rules: \(engine.ruleBase.questions.count) questions, \(engine.ruleBase.options.count) options, \(engine.ruleBase.rules.count) rules.")]
        if !dropped.isEmpty { blocks.append(.note("These answers no longer fit the rules and were dropped: \(Self.list(dropped)).")) }
        blocks += next.advance()
        return (next, ChatReply(blocks))
    }

    // MARK: Answers

    private mutating func answer(_ text: String, to question: QuestionIndex) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        switch interpret(text, for: question) {
        case .answer(let value):
            if let problem = rangeProblem(value, asked) { return [.say(problem), .ask(asked.ask)] }
            var blocks: [ChatBlock] = []
            undoStack.append(answers)
            answers[question] = value
            if requestedQuestion == question { requestedQuestion = nil }
            let extra = otherFacts(in: text, besides: question)
            for fact in extra { answers[fact.question] = fact.value }
            if !extra.isEmpty {
                let noted = ([question] + extra.map(\.question)).map(describeAnswer).joined(separator: "; ")
                blocks.append(.note("Noted: \(noted)."))
            }
            return blocks + advance()
        case .ambiguous(let readings):
            let options = readings.map { "“\(asked.describe($0))”" }.joined(separator: " or ")
            return [.say("I could read that as \(options). Which one do you mean?"), .ask(asked.ask)]
        case .notUnderstood:
            let facts = otherFacts(in: text, besides: question)
            if !facts.isEmpty {
                undoStack.append(answers)
                for fact in facts { answers[fact.question] = fact.value }
                return [.note("Noted: " + facts.map { describeAnswer($0.question) }.joined(separator: "; ") + ".")] + advance()
            }
            let examples = PlainAnswerReader.examples(for: asked).map { "“\($0)”" }.joined(separator: ", ")
            let expected = asked.choices.isEmpty
                ? asked.expectation
                : "one of " + asked.choices.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
            return [.say("Sorry, I didn't understand that. I need \(expected); in your own words, for example \(examples)."), .ask(asked.ask)]
        }
    }

    /// Reads the line as an answer to `question`, unless it plainly speaks of other questions
    /// only: "nobody checks the backups" is no answer to a yes/no question about preventive care.
    private func interpret(_ text: String, for question: QuestionIndex) -> Interpretation {
        let facts = PlainAnswerReader.facts(in: text, questions: ruleBase.questions)
        if let own = facts.first(where: { $0.question == question }) { return .answer(own.value) }
        if !facts.isEmpty, case .boolean = ruleBase.questions[question].kind { return .notUnderstood }
        return PlainAnswerReader.read(text, for: ruleBase.questions[question])
    }

    /// Facts about other, still unanswered questions stated in the same line.
    private func otherFacts(in text: String, besides question: QuestionIndex) -> [(question: QuestionIndex, value: AnswerValue)] {
        PlainAnswerReader.facts(in: text, questions: ruleBase.questions).filter { fact in
            fact.question != question && answers[fact.question] == nil && rangeProblem(fact.value, ruleBase.questions[fact.question]) == nil
        }
    }

    private func rangeProblem(_ value: AnswerValue, _ question: Question) -> String? {
        guard case .integer(let number) = value, case .integer(let range, _) = question.kind, !range.contains(number) else { return nil }
        return "\(number) is out of range: I need \(question.expectation)."
    }

    /// Moves on: the next question that can still change the outcome, or the recommendation.
    mutating func advance() -> [ChatBlock] {
        let partial = engine.analyze(answers, scoreRanges: false)
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
        return next.map { [.ask(ruleBase.questions[$0].ask)] } ?? []
    }

    /// The number of users first; then the open question with the most influence.
    private func nextQuestion(_ partial: PartialResult) -> QuestionIndex? {
        let open = partial.openQuestions.map(\.question)
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
        answers = Answers(questionCount: ruleBase.questions.count)
        return [.say("Starting again.")] + advance()
    }

    mutating func undo() -> [ChatBlock] {
        guard let previous = undoStack.popLast() else { return [.say("There is nothing to undo yet.")] }
        let undone = answers.values.indices.filter { answers[$0] != previous[$0] }
        answers = previous
        requestedQuestion = nil
        let names = undone.map { ruleBase.questions[$0].label.lowercased() }
        return [.note("Took back your answer about \(Self.list(names)).")] + advance()
    }

    mutating func reopen(_ question: QuestionIndex) -> [ChatBlock] {
        undoStack.append(answers)
        answers[question] = nil
        requestedQuestion = question
        return advance()
    }
}
