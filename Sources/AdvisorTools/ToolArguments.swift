import AdvisorEngine
import AdvisorModel
import Foundation

/// A tool call's arguments, read against the rule base with the command line's messages: every
/// problem names the argument (`answers.users`) and what would be valid.
struct ToolArguments {
    /// The tool called, for messages.
    let tool: String
    /// The arguments as given.
    let values: [String: JSONValue]

    /// The arguments of `tool`, which takes those named `allowed`.
    /// - Throws: ``ToolInputError`` for an argument the tool does not take.
    init(tool: String, values: [String: JSONValue], allowed: [String]) throws(ToolInputError) {
        self.tool = tool
        self.values = values
        for name in values.keys.sorted() where !allowed.contains(name) {
            let takes = allowed.isEmpty ? "no arguments" : "the arguments " + allowed.joined(separator: ", ")
            throw ToolInputError("\(tool) has no argument \(QuotedText.quote(name))\(DidYouMean.hint(for: name, among: allowed)); it takes \(takes)")
        }
    }

    /// The text argument `name`, which must be given.
    func text(_ name: String, expecting description: String) throws(ToolInputError) -> String {
        guard let value = values[name], value != .null else { throw ToolInputError("\(tool) needs \(name): \(description)") }
        guard case .string(let text) = value else { throw ToolInputError("\(name): expected text (\(description)), found \(Self.shape(value))") }
        return text
    }

    /// The yes-or-no argument `name`; false when it is not given.
    func flag(_ name: String) throws(ToolInputError) -> Bool {
        switch values[name] {
        case nil, .null?: return false
        case .bool(let flag)?: return flag
        case let value?: throw ToolInputError("\(name): expected true or false, found \(Self.shape(value))")
        }
    }

    /// The answers in `answers` (an object of question ids and answers, `null` for "don't know"),
    /// none when it is not given. Every wrong answer is reported, in question order.
    func answers(in ruleBase: RuleBase) throws(ToolInputError) -> DecodedAnswers {
        guard let value = values["answers"], value != .null else { return DecodedAnswers(answers: Answers(questionCount: ruleBase.questions.count)) }
        guard case .object(let fields) = value else {
            throw ToolInputError("answers: expected an object mapping question ids to answers, such as {\"users\": 7}, found \(Self.shape(value))")
        }
        var answers = Answers(questionCount: ruleBase.questions.count)
        var unknown: [QuestionIndex] = []
        var problems: [(order: Int, message: String)] = []
        for (id, answer) in fields {
            guard let index = ruleBase.questionIndex(id) else {
                problems.append((Int.max, "answers.\(id): " + AnswerMessages.notAQuestion(id, in: ruleBase)))
                continue
            }
            do {
                if let parsed = try Self.answer(answer, to: ruleBase.questions[index]) {
                    answers[index] = parsed
                } else {
                    unknown.append(index)
                }
            } catch {
                problems.append((index, "answers.\(id): " + error.message))
            }
        }
        // Question order, then unknown ids by name: the same message whatever order the object had.
        let sorted = problems.sorted { ($0.order, $0.message) < ($1.order, $1.message) }
        guard sorted.isEmpty else { throw ToolInputError(sorted.map(\.message).joined(separator: "\n")) }
        return DecodedAnswers(answers: answers, unknown: unknown.sorted())
    }

    /// One answer to `question`: nil for `null` ("don't know"); text, numbers and true or false as
    /// an answer file reads them.
    static func answer(_ value: JSONValue, to question: Question) throws(ToolInputError) -> AnswerValue? {
        let text: String
        switch value {
        case .null: return nil
        case .bool(let flag): text = flag ? "true" : "false"
        case .number(let number): text = String(number)
        case .decimal(let number): text = CostMath.plain(number)
        case .string(let string): text = string
        case .array, .object: throw ToolInputError(AnswerMessages.notAnAnswer(question, found: shape(value)))
        }
        do {
            return try AnswerValueParser.parse(text, for: question)
        } catch {
            throw ToolInputError(AnswerMessages.rejected(text, error))
        }
    }

    /// The cost assumptions with the values of `assume` (an object of assumption ids and values) applied.
    func assumptions(_ base: CostAssumptions) throws(ToolInputError) -> CostAssumptions {
        guard let value = values["assume"], value != .null else { return base }
        guard case .object(let fields) = value else {
            throw ToolInputError(
                "assume: expected an object of cost assumption ids and values, such as {\"break_fix_hourly_rate\": 110}, found \(Self.shape(value))")
        }
        var assumptions = base
        for (id, given) in fields.sorted(by: { $0.0 < $1.0 }) {
            let text: String
            switch given {
            case .number(let number): text = String(number)
            case .decimal(let number): text = CostMath.plain(number)
            case .string(let string): text = string
            default: throw ToolInputError("assume.\(id): expected a number, found \(Self.shape(given))")
            }
            do {
                _ = try assumptions.assume(id, text)
            } catch {
                throw ToolInputError("assume.\(id): \(error.message)")
            }
        }
        return assumptions
    }

    /// What a value is, for messages: "'12'", "a list", "an object", "nothing".
    static func shape(_ value: JSONValue) -> String {
        switch value {
        case .null: return "nothing"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return String(number)
        case .decimal(let number): return CostMath.plain(number)
        case .string(let text): return QuotedText.quote(text)
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
