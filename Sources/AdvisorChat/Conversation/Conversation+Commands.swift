import AdvisorEngine
import AdvisorModel
import Foundation

extension Conversation {
    package mutating func run(_ command: ChatCommand, _ arguments: [String]) -> ChatReply {
        switch command {
        case .help: return ChatReply(help())
        case .why:
            if arguments.first?.lowercased() == "not" { return ChatReply(whyNot(Array(arguments.dropFirst()))) }
            return ChatReply(why())
        case .skip:
            guard let question = currentQuestion else {
                return ChatReply([.say("There is no question to skip now. Type change QUESTION to answer one again, or quit to leave.")])
            }
            return ChatReply(markUnknown(question))
        case .back: return ChatReply(undo())
        case .change:
            guard let question = findQuestion(arguments) else { return ChatReply(questionNotFound(arguments, usage: command.usage)) }
            return ChatReply(reopen(question))
        case .answers: return ChatReply(review())
        case .whatIf: return ChatReply(whatIf(arguments))
        case .how: return ChatReply(how())
        case .whyNot: return ChatReply(whyNot(arguments))
        case .costs: return ChatReply(showCosts())
        case .assume: return ChatReply(assume(arguments))
        case .assumptions: return ChatReply(listAssumptions())
        case .save: return save(arguments)
        case .saveTest: return saveTest(arguments)
        case .reload: return ChatReply(effect: .reload)
        case .restart: return ChatReply(restart())
        case .quit: return ChatReply(effect: .quit)
        }
    }

    private func help() -> [ChatBlock] {
        [.say("Answer each question in your own words. Commands:")]
            + ChatCommand.allCases.map { .item("\($0.usage) — \($0.summary)") }
    }

    private func why() -> [ChatBlock] {
        guard let question = currentQuestion else {
            if let conditional = engine.conditionalAdvice(answers, unknown: dontKnow) {
                let asked = ruleBase.questions[conditional.deciding]
                return [
                    .say("The recommendation depends on \(asked.label.lowercased()), which you left open. \(asked.why)"),
                    .say("Tell me the answer when you know it, or type change \(asked.label.lowercased())."),
                ]
            }
            return [.say("The questions are done. Type how to see which rules led to the recommendation.")]
        }
        let asked = ruleBase.questions[question]
        let swayed = ruleBase.options.indices.filter { option in
            ruleBase.rules.contains { $0.condition.questions.contains(question) && $0.points(for: option) != 0 }
        }.map { ruleBase.options[$0].name }
        var blocks: [ChatBlock] = [.say(asked.why)]
        if !swayed.isEmpty { blocks.append(.note("Your answer can sway: \(Prose.list(swayed)).")) }
        return blocks + [.ask(asked.ask)]
    }

    private func review() -> [ChatBlock] {
        let answered = answers.values.indices.filter { answers[$0] != nil || dontKnow.contains($0) }
        guard !answered.isEmpty else { return [.say("You haven't answered anything yet.")] }
        var blocks: [ChatBlock] = [.say("So far:")]
        blocks += ruleBase.questions.indices.map { .item(describeAnswer($0)) }
        if let question = currentQuestion { blocks.append(.ask(ruleBase.questions[question].ask)) }
        return blocks
    }

    private func whatIf(_ arguments: [String]) -> [ChatBlock] {
        // The question is the longest run of first words that names one ("cost of downtime a
        // lot"), the rest its answer.
        let split = (1..<max(1, arguments.count)).reversed().lazy.compactMap { count in
            self.findQuestion(Array(arguments.prefix(count))).map { ($0, count) }
        }.first
        guard let (question, used) = split else {
            return questionNotFound(Array(arguments.prefix(1)), usage: ChatCommand.whatIf.usage)
        }
        let asked = ruleBase.questions[question]
        let valueText = arguments.dropFirst(used).joined(separator: " ")
        let value: AnswerValue
        switch PlainAnswerReader.read(valueText, for: asked) {
        case .answer(let read) where !isOutOfRange(read, asked):
            value = read
        default:
            let examples = PlainAnswerReader.examples(for: asked).joined(separator: ", ")
            let expected = asked.choices.isEmpty ? asked.expectation : "one of " + Prose.list(asked.choices.map { "“\($0.label)”" }, conjunction: "or")
            return [.say("I can't read “\(valueText)” as an answer about \(asked.label.lowercased()): it takes \(expected) (for example \(examples)).")]
        }
        let hypothetical = engine.analyze(answers.with(question, value), scoreRanges: false)
        let now = engine.settledRecommendation(answers).map { ruleBase.options[$0].name }
        let condition = "If \(asked.label.lowercased()) were \(OwnerPhrasing.answer(value, to: asked))"
        guard let outcome = hypothetical.settledRecommendation else {
            let candidates = hypothetical.possibleRecommendations.map { ruleBase.options[$0].name }
            let open = hypothetical.openQuestions.map { ruleBase.questions[$0.question].label.lowercased() }
            return [.say("\(condition), it could still be \(Prose.list(candidates)), depending on \(Prose.list(open)).")]
        }
        let name = ruleBase.options[outcome].name
        guard let now else { return [.say("\(condition), the recommendation would be \(name).")] }
        return [
            .say(
                now == name
                    ? "\(condition), the recommendation would still be \(name)."
                    : "\(condition), the recommendation would change from \(now) to \(name).")
        ]
            + [.note("Your answers are unchanged; type change \(asked.label.lowercased()) to answer it again.")]
    }

    /// The full reasoning: every rule that fired with its points and sources, the caveats, the
    /// ranking and every change that would change the outcome.
    private func how() -> [ChatBlock] {
        if currentQuestion == nil, let conditional = engine.conditionalAdvice(answers, unknown: dontKnow) {
            return [.conditional(conditional)]
        }
        guard let advice = currentAdvice() else {
            return [.say("There is no recommendation yet; answer the remaining questions first.")]
        }
        return [.advice(advice)]
    }

    private func whyNot(_ arguments: [String]) -> [ChatBlock] {
        // "why not in-house?": the option's name, without the question's punctuation.
        let wanted = arguments.joined(separator: " ").lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "?!.,;: "))
        let names = ruleBase.options.map(\.name)
        guard
            let option = ruleBase.options.firstIndex(where: {
                $0.id == wanted || $0.name.lowercased() == wanted || $0.id.replacingOccurrences(of: "_", with: " ") == wanted
            })
                ?? ruleBase.options.firstIndex(where: { !wanted.isEmpty && ($0.name.lowercased().contains(wanted) || $0.id.contains(wanted)) })
        else {
            let near = DidYouMean.suggestion(for: wanted, among: names.map { $0.lowercased() }).flatMap { found in
                names.first { $0.lowercased() == found }
            }
            let hint = near.map { " Did you mean \($0)?" } ?? ""
            return [.say("Which option? Type why-not followed by \(Prose.list(names, conjunction: "or")).\(hint)")]
        }
        let name = ruleBase.options[option].name
        guard let advice = currentAdvice() else {
            if currentQuestion == nil, let conditional = engine.conditionalAdvice(answers, unknown: dontKnow) {
                return whyNotConditional(option, conditional)
            }
            return [.say("There is no recommendation yet, so nothing has held \(name) back; answer the remaining questions first.")]
        }
        guard advice.recommendation != option else { return [.say("\(name) is the recommendation.")] }
        var blocks: [ChatBlock] = []
        let heldBack = advice.heldBack(option)
        if heldBack.isEmpty {
            blocks.append(.say("Nothing counted against \(name); \(ruleBase.options[advice.recommendation].name) simply had more in its favour."))
        } else {
            blocks.append(.say("What held \(name) back:"))
            for index in heldBack {
                blocks.append(.item(ruleBase.rules[index].because))
            }
        }
        if let changes = engine.smallestChange(toward: option, from: answers) {
            let parts = changes.map { change -> String in
                let target = AdvicePhrasing.target(change, in: ruleBase)
                let quoted = if case .value = change.to { "“\(target)”" } else { target }
                return "\(ruleBase.questions[change.question].label.lowercased()) were \(quoted)"
            }
            blocks.append(.say("\(name) would lead if \(Prose.list(parts))."))
        } else {
            blocks.append(.say("No change of your answers would make \(name) lead."))
        }
        return blocks
    }

    private func save(_ arguments: [String]) -> ChatReply {
        guard let path = arguments.first, arguments.count == 1 else {
            return ChatReply([.say("Usage: save FILE, for example save answers.json")])
        }
        let contents = AnswerFileWriter.json(answers, dontKnow: dontKnow, ruleBase: ruleBase)
        return ChatReply(effect: .save(path: path, contents: contents, description: "your answers (use them with advisor --answers \(path))"))
    }

    private func saveTest(_ arguments: [String]) -> ChatReply {
        guard let path = arguments.first, arguments.count == 1 else {
            return ChatReply([.say("Usage: save-test FILE, for example save-test Rules/tests/my-case.yaml")])
        }
        guard let advice = currentAdvice() else {
            return ChatReply([.say("There is no recommendation to pin down yet; answer the remaining questions first.")])
        }
        return ChatReply(effect: .save(path: path, contents: RuleTestCaseWriter.yaml(for: advice), description: "this conversation as a rule test case"))
    }

    // MARK: Finding questions by name

    /// A question named by its id, its label or a word of either ("users", "backup monitoring", "bills").
    func findQuestion(_ words: [String]) -> QuestionIndex? {
        let wanted = words.joined(separator: " ").lowercased()
        guard !wanted.isEmpty else { return nil }
        let questions = ruleBase.questions
        if let exact = questions.firstIndex(where: {
            $0.id == wanted || $0.label.lowercased() == wanted || $0.id.replacingOccurrences(of: "_", with: " ") == wanted
        }) {
            return exact
        }
        let matches = questions.indices.filter { index in
            let names = (questions[index].id.split(separator: "_") + questions[index].label.lowercased().split(separator: " ")).map(String.init)
            return names.contains(wanted) || names.contains(wanted.hasSuffix("s") ? String(wanted.dropLast()) : wanted + "s")
        }
        return matches.count == 1 ? matches[0] : nil
    }

    private func questionNotFound(_ words: [String], usage: String) -> [ChatBlock] {
        let labels = ruleBase.questions.map { $0.label.lowercased() }
        let near = DidYouMean.suggestion(for: words.joined(separator: " "), among: labels).map { "; did you mean \($0)?" } ?? ""
        return [.say("Usage: \(usage), where QUESTION is one of \(Prose.list(labels, conjunction: "or"))\(near).")]
    }

    private func isOutOfRange(_ value: AnswerValue, _ question: Question) -> Bool {
        guard case .integer(let number) = value, case .integer(let range, _) = question.kind else { return false }
        return !range.contains(number)
    }
}
