import AdvisorEngine
import AdvisorModel
import Foundation

/// The guided chat as a state machine: it takes typed lines and returns what to say.
///
/// It asks only questions whose answer can still change the recommendation (the engine's
/// partial evaluation decides), starting with the rule base's first question, and stops asking as
/// soon as the recommendation is settled — or, when only questions the owner does not know could
/// still change it, gives the conditional advice. It does no I/O: saving and quitting are effects
/// for the front end.
public struct Conversation: Sendable {
    /// The engine of the rule base the chat asks about.
    public let engine: Engine
    /// What the owner has said so far.
    public private(set) var answers: Answers
    /// Questions the owner does not know the answer to: left open, never asked again unless the
    /// owner asks to (`change`), and shown as "don't know". Never answered at the same time.
    public private(set) var dontKnow: Set<QuestionIndex>
    /// The question waiting for an answer, or nil once the recommendation (settled or conditional) is given.
    public private(set) var currentQuestion: QuestionIndex?
    /// Earlier states, for `back`.
    private var undoStack: [Snapshot] = []
    /// A question the owner asked to answer again, asked before any other.
    private var requestedQuestion: QuestionIndex?
    /// An unsure reading of the last line, waiting for the owner's yes or no.
    private var pendingConfirmation: (question: QuestionIndex, value: AnswerValue)?
    /// Changed answers read after the recommendation, offered and waiting for the owner's yes or no.
    var pendingChange: [(question: QuestionIndex, value: AnswerValue)]?
    /// The answers last listed by number for a question, so that the owner can type a number.
    var listedChoices: (question: QuestionIndex, values: [AnswerValue])?
    /// The recommendation the answers settled when the chat last moved on, if they did: the chat
    /// says so once when it still has a question about a caveat to ask.
    private var settledWhenLastAsked: OptionIndex?
    /// The rule base's words for reading plain answers, compiled once.
    let vocabulary: PlainAnswerReader.Vocabulary
    /// The cost model and the values changed in this conversation; nil when the rule base has none.
    public internal(set) var costs: CostAssumptions?

    /// The rule base the chat asks about.
    public var ruleBase: RuleBase { engine.ruleBase }

    /// What `back` restores.
    private struct Snapshot: Sendable {
        var answers: Answers
        var dontKnow: Set<QuestionIndex>
    }

    /// A conversation about to start.
    ///
    /// - Parameters:
    ///   - engine: The engine of the rule base to ask about.
    ///   - answers: Answers given before the chat (from `--answers` with `--interactive`), if any.
    ///   - dontKnow: Questions left open as "don't know" (an answers file's `null`s).
    ///   - costs: The cost model and any changed assumptions, for the `costs` commands; nil for none.
    public init(engine: Engine, answers: Answers? = nil, dontKnow: Set<QuestionIndex> = [], costs: CostAssumptions? = nil) {
        self.engine = engine
        let answers = answers ?? Answers(questionCount: engine.ruleBase.questions.count)
        self.answers = answers
        self.dontKnow = dontKnow.filter { answers.values.indices.contains($0) && answers[$0] == nil }
        self.costs = costs
        vocabulary = PlainAnswerReader.Vocabulary(engine.ruleBase.questions)
    }

    /// The greeting and the first question (or the recommendation, if the answers given settle it).
    public mutating func start() -> ChatReply {
        var blocks: [ChatBlock] = [.say(Self.greeting(ruleBase))]
        let given = answers.values.indices.filter { answers[$0] != nil || dontKnow.contains($0) }
        if !given.isEmpty {
            blocks.append(.note("From your answers file: " + given.map(describeAnswer).joined(separator: "; ") + "."))
        }
        blocks += advance()
        return summarized(ChatReply(blocks))
    }

    /// `reply` with the owner's summary of the recommendation it gives (its `advice` or
    /// `conditional` block), if it gives one.
    package func summarized(_ reply: ChatReply) -> ChatReply {
        var reply = reply
        for block in reply.blocks {
            if case .advice(let advice) = block {
                reply.summary = OwnerSummary(advice, costs: costs, setting: .chat)
            } else if case .conditional(let conditional) = block {
                reply.summary = OwnerSummary(conditional, costs: costs, setting: .chat)
            }
        }
        return reply
    }

    /// The greeting: the rule base's `intro`, then the options by name.
    package static func greeting(_ ruleBase: RuleBase) -> String {
        var intro = ruleBase.intro ?? "I'll ask a few questions and then recommend one of the options."
        if let last = intro.last, last.isLetter || last.isNumber { intro += "." }
        let names = Prose.list(ruleBase.options.map(\.name))
        return "\(intro) The options are \(names). Answer in your own words; type help for commands."
    }

    /// Handles one typed line: a command, or an answer to the current question (after the
    /// recommendation, a changed answer). A reply that gives the recommendation carries its
    /// owner's summary; the reply to `how` is the full reasoning alone.
    public mutating func handle(_ line: String) -> ChatReply {
        let reply = respond(to: line)
        if case (.how, _)? = ChatCommand.parse(line.trimmingCharacters(in: .whitespacesAndNewlines)) { return reply }
        return summarized(reply)
    }

    private mutating func respond(to line: String) -> ChatReply {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            if let pending = pendingConfirmation { return ChatReply([confirmationQuestion(pending.value, pending.question)]) }
            if let change = pendingChange { return ChatReply([offer(change)]) }
            return ChatReply(currentQuestion.map { [.ask(ruleBase.questions[$0].ask)] } ?? [])
        }
        if let pending = pendingConfirmation {
            pendingConfirmation = nil
            if let confirmed = PlainAnswerReader.confirmation(text) {
                return ChatReply(confirmed ? take(pending.value, for: pending.question) : askAgain(pending.question, saying: "All right."))
            }
        }
        if let change = pendingChange {
            pendingChange = nil
            if let confirmed = PlainAnswerReader.confirmation(text) {
                return ChatReply(confirmed ? acceptChange(change) : [.say("All right; your answers are as they were.")])
            }
        }
        if let (command, arguments) = ChatCommand.parse(text) {
            return run(command, arguments)
        }
        guard let question = currentQuestion else { return ChatReply(afterAdvice(text)) }
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
                let reread = try? AnswerValueParser.parse(spelled, for: engine.ruleBase.questions[target])
            {
                carried[target] = reread
            } else {
                dropped.append(question.id)
            }
        }
        let unknown = dontKnow.compactMap { engine.ruleBase.questionIndex(ruleBase.questions[$0].id) }
        var next = Conversation(engine: engine, answers: carried, dontKnow: Set(unknown), costs: carriedCosts(to: costModel))
        var blocks: [ChatBlock] = [
            .note(
                "Reloaded the rules: \(engine.ruleBase.questions.count) questions, \(engine.ruleBase.options.count) options, \(engine.ruleBase.rules.count) rules."
            )
        ]
        if !dropped.isEmpty { blocks.append(.note("These answers no longer fit the rules and were dropped: \(Prose.list(dropped)).")) }
        blocks += next.advance()
        return (next, next.summarized(ChatReply(blocks)))
    }

    // MARK: Answers

    private mutating func answer(_ text: String, to question: QuestionIndex) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        if let listed = listedChoices, listed.question == question, let number = Self.listNumber(text), listed.values.indices.contains(number - 1) {
            return take(listed.values[number - 1], for: question)
        }
        let reading = PlainAnswerReader.read(text, asking: question, in: vocabulary)
        let facts = otherFacts(reading.facts, besides: question)
        switch reading.answer {
        case .answer(let value):
            return take(value, for: question, noting: facts)
        case .unsure(let value):
            pendingConfirmation = (question, value)
            return noted(facts) + [confirmationQuestion(value, question)]
        case .dontKnow:
            return noted(facts) + markUnknown(question)
        case .ambiguous(let readings):
            guard !asked.choices.isEmpty else {
                let options = readings.map { "“\(asked.describe($0))”" }.joined(separator: " or ")
                return [.say("I could read that as \(options). Which one do you mean?"), .ask(asked.ask)]
            }
            return numbered(readings, of: question, saying: "I could read that more than one way. Which do you mean? Type its number, or say it another way.")
        case .notUnderstood:
            if !facts.isEmpty { return noted(facts) + advance() }
            return askAgain(question, saying: "Sorry, I didn't understand that.")
        }
    }

    /// Takes `value` as the answer to `question`, with the facts the same line stated about
    /// other questions, and moves on.
    private mutating func take(
        _ value: AnswerValue, for question: QuestionIndex, noting facts: [(question: QuestionIndex, value: AnswerValue)] = []
    ) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        if let problem = Self.rangeProblem(value, asked) { return [.say(problem), .ask(asked.ask)] }
        rememberForUndo()
        record(value, for: question)
        if requestedQuestion == question { requestedQuestion = nil }
        for fact in facts { record(fact.value, for: fact.question) }
        guard !facts.isEmpty else { return advance() }
        let noted = ([question] + facts.map(\.question)).map(describeAnswer).joined(separator: "; ")
        return [.note("Noted: \(noted).")] + advance()
    }

    /// Records facts stated about other questions, and says what was noted.
    private mutating func noted(_ facts: [(question: QuestionIndex, value: AnswerValue)]) -> [ChatBlock] {
        guard !facts.isEmpty else { return [] }
        rememberForUndo()
        for fact in facts { record(fact.value, for: fact.question) }
        return [.note("Noted: " + facts.map { describeAnswer($0.question) }.joined(separator: "; ") + ".")]
    }

    /// "Did you mean: wants a fixed monthly cost? (yes/no)"; a yes-or-no answer is named with its question.
    private func confirmationQuestion(_ value: AnswerValue, _ question: QuestionIndex) -> ChatBlock {
        .ask("Did you mean: \(Self.meaning(of: value, for: ruleBase.questions[question]))? (yes/no)")
    }

    /// An answer as the chat reads it back for the owner to confirm: "12 users", "backup
    /// monitoring: no" (a bare yes or no names its question).
    package static func meaning(of value: AnswerValue, for question: Question) -> String {
        question.kind == .boolean ? "\(question.label.lowercased()): \(question.describe(value))" : question.describe(value)
    }

    /// Asks `question` again: a choice question with its choices listed by number (the owner
    /// may type the number), any other with what it expects and examples.
    private mutating func askAgain(_ question: QuestionIndex, saying opening: String) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        guard asked.choices.isEmpty else {
            let values = asked.choices.indices.map { AnswerValue.choice($0) }
            return numbered(values, of: question, saying: "\(opening) Which is closest? Type its number, or say it in your own words.")
        }
        if asked.kind == .boolean { return [.say("\(opening) I need a yes or a no; in your own words is fine."), .ask(asked.ask)] }
        let examples = PlainAnswerReader.examples(for: asked).map { "“\($0)”" }.joined(separator: ", ")
        return [.say("\(opening) I need \(asked.expectation); in your own words, for example \(examples)."), .ask(asked.ask)]
    }

    /// `values` of `question` listed by number after `opening`, then the question again; a
    /// number typed next picks one.
    private mutating func numbered(_ values: [AnswerValue], of question: QuestionIndex, saying opening: String) -> [ChatBlock] {
        let asked = ruleBase.questions[question]
        listedChoices = (question, values)
        return [.say(opening)] + values.enumerated().map { .say("\($0.offset + 1). \(asked.describe($0.element))") } + [.ask(asked.ask)]
    }

    /// The number of a listed answer as typed: "2", "2.", "(2)", "#2", "number 2", "option two".
    static func listNumber(_ text: String) -> Int? {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.count == 2, ["number", "option", "choice", "no.", "#"].contains(words[0]) { words.removeFirst() }
        guard words.count == 1 else { return nil }
        let word = words[0].trimmingCharacters(in: CharacterSet(charactersIn: "#.)(:"))
        if let number = Int(word) { return number }
        return PlainAnswerReader.NumberWords.units[word].flatMap { $0 > 0 ? $0 : nil }
    }

    /// Leaves `question` open as "don't know" and moves on to the next question that matters (or
    /// the advice). The `skip` command and a reading of "I don't know" both come here; `back`
    /// undoes it like an answer, `change` asks the question again.
    public mutating func markUnknown(_ question: QuestionIndex) -> [ChatBlock] {
        rememberForUndo()
        answers[question] = nil
        dontKnow.insert(question)
        if requestedQuestion == question { requestedQuestion = nil }
        return [.note("Noted: \(describeAnswer(question)). I'll go on without it.")] + advance()
    }

    mutating func record(_ value: AnswerValue, for question: QuestionIndex) {
        answers[question] = value
        dontKnow.remove(question)
    }

    mutating func rememberForUndo() {
        undoStack.append(Snapshot(answers: answers, dontKnow: dontKnow))
    }

    /// Facts about other, still unanswered questions stated in the same line.
    private func otherFacts(
        _ facts: [(question: QuestionIndex, value: AnswerValue)], besides question: QuestionIndex
    ) -> [(question: QuestionIndex, value: AnswerValue)] {
        facts.filter { fact in
            fact.question != question && answers[fact.question] == nil && Self.rangeProblem(fact.value, ruleBase.questions[fact.question]) == nil
        }
    }

    package static func rangeProblem(_ value: AnswerValue, _ question: Question) -> String? {
        guard case .integer(let number) = value, case .integer(let range, _) = question.kind, !range.contains(number) else { return nil }
        return "\(number) is out of range: I need \(question.expectation)."
    }

    /// Moves on: the next question that can still change the outcome, or the recommendation, or
    /// (when only questions the owner does not know could change it) the conditional advice.
    package mutating func advance() -> [ChatBlock] {
        let partial = engine.analyze(answers, scoreRanges: false)
        if let settled = partial.settledRecommendation, requestedQuestion == nil {
            // A question that decides a caveat of the recommendation is still asked.
            let caveatQuestions = engine.caveatQuestions(answers, recommendation: settled).filter { !dontKnow.contains($0) }
            if let next = caveatQuestions.first {
                let newlySettled = settledWhenLastAsked != settled
                settledWhenLastAsked = settled
                currentQuestion = next
                let what = caveatQuestions.count == 1 ? "a question" : "a few questions"
                let note = ChatBlock.note("That is enough to recommend. First, \(what) about what to arrange before you sign.")
                return (newlySettled ? [note] : []) + [.ask(ruleBase.questions[next].ask)]
            }
            currentQuestion = nil
            var blocks: [ChatBlock] = []
            let unasked = partial.irrelevantQuestions.filter { !dontKnow.contains($0) }
            if !unasked.isEmpty {
                let names = unasked.map { ruleBase.questions[$0].label.lowercased() }
                blocks.append(.note("No need to ask about \(Prose.list(names)): no answer could change the outcome."))
            }
            if let advice = currentAdvice() { blocks.append(.advice(advice)) }
            return blocks
        }
        settledWhenLastAsked = nil
        let next = requestedQuestion ?? nextQuestion(partial)
        if next != currentQuestion { listedChoices = nil }
        currentQuestion = next
        if let next { return [.ask(ruleBase.questions[next].ask)] }
        guard let conditional = engine.conditionalAdvice(answers, unknown: dontKnow) else { return [] }
        var blocks: [ChatBlock] = []
        let unasked = partial.irrelevantQuestions.filter { !dontKnow.contains($0) }
        if !unasked.isEmpty {
            let names = unasked.map { ruleBase.questions[$0].label.lowercased() }
            blocks.append(.note("No need to ask about \(Prose.list(names)): no answer could change the outcome."))
        }
        blocks.append(.conditional(conditional))
        return blocks
    }

    /// The rule base's first question while it is open; then the open question with the most
    /// influence. Questions the owner does not know are not asked.
    private func nextQuestion(_ partial: PartialResult) -> QuestionIndex? {
        let open = partial.openQuestions.map(\.question).filter { !dontKnow.contains($0) }
        let first = ruleBase.firstQuestion ?? 0
        if open.contains(first) { return first }
        return open.first
    }

    // MARK: Helpers shared with the commands

    /// The advice for the answers so far, when they settle it, with the questions left open as
    /// "don't know" marked so.
    func currentAdvice() -> Advice? {
        guard var advice = try? engine.advise(answers) else { return nil }
        advice.unknown = dontKnow
        return advice
    }

    package func describeAnswer(_ question: QuestionIndex) -> String {
        let asked = ruleBase.questions[question]
        let answer = answers[question].map { asked.describe($0) } ?? (dontKnow.contains(question) ? "don't know" : "not answered")
        return "\(asked.label.lowercased()): \(answer)"
    }

    /// Once the advice is given, a line that neither is a command nor changes an answer: the
    /// commands it may have meant, when its first word starts one or is a typo of one ("wh" →
    /// why, what-if, why-not; "hwo" → how), else `outcome`.
    static func notACommand(_ text: String, outcome: String = "The recommendation stands. ") -> String {
        let word = text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let names = ChatCommand.allCases.map(\.rawValue)
        var meant = word.count >= 2 ? names.filter { $0.hasPrefix(word) } : []
        if meant.isEmpty, let near = DidYouMean.suggestion(for: word, among: names),
            DidYouMean.editDistance(word, near) <= max(1, min(word.count, near.count) / 3)
        {
            meant = [near]
        }
        guard !meant.isEmpty else { return outcome }
        return "\(QuotedText.quote(word)) is not a command; did you mean \(Prose.list(meant, conjunction: "or"))? "
    }

    mutating func restart() -> [ChatBlock] {
        undoStack.removeAll()
        requestedQuestion = nil
        answers = Answers(questionCount: ruleBase.questions.count)
        dontKnow.removeAll()
        return [.say("Starting again.")] + advance()
    }

    mutating func undo() -> [ChatBlock] {
        guard let previous = undoStack.popLast() else { return [.say("There is nothing to undo yet.")] }
        let undone = answers.values.indices.filter { answers[$0] != previous.answers[$0] || dontKnow.contains($0) != previous.dontKnow.contains($0) }
        answers = previous.answers
        dontKnow = previous.dontKnow
        requestedQuestion = nil
        let names = undone.map { ruleBase.questions[$0].label.lowercased() }
        return [.note("Took back your answer about \(Prose.list(names)).")] + advance()
    }

    package mutating func reopen(_ question: QuestionIndex) -> [ChatBlock] {
        rememberForUndo()
        answers[question] = nil
        dontKnow.remove(question)
        requestedQuestion = question
        return advance()
    }
}
