import AdvisorEngine
import AdvisorModel
import Foundation

/// A conversation as kept between runs of the chat: the answers, the questions left open as
/// "don't know" and the changed cost assumptions, with the questions of the rule base they
/// belong to. The front end writes it after every answer and offers it back at the next start;
/// this type only encodes and decodes it (no file I/O here).
public struct SavedConversation: Codable, Sendable, Equatable {
    /// The format written now; a file of another version is set aside.
    public static let currentVersion = 1

    /// The format of the file.
    public var version: Int
    /// When it was saved (whole seconds).
    public var savedAt: Date
    /// The rule base's questions: a conversation is restored only where they are the same.
    public var questions: [QuestionShape]
    /// Answers by question id, spelled as answer files spell them (`12`, `true`, `prefer_fixed`).
    public var answers: [String: String]
    /// The ids of the questions left open as "don't know", in question order.
    public var dontKnow: [String]
    /// Changed cost assumptions: parameter id → value with its unit (`150 USD/hour`).
    public var assumptions: [String: String]

    /// A question's id and kind of answer (`integer`, `boolean`, `choice`), which is what an
    /// answer's meaning rests on. Choices and ranges may change: answers that no longer fit are
    /// dropped when the conversation is restored.
    public struct QuestionShape: Codable, Sendable, Hashable {
        /// The question's id.
        public var id: String
        /// Its kind of answer: `integer`, `boolean` or `choice`.
        public var type: String

        /// The shape of `question`.
        public init(_ question: Question) {
            id = question.id
            switch question.kind {
            case .integer: type = "integer"
            case .boolean: type = "boolean"
            case .choice: type = "choice"
            }
        }
    }

    /// The file's text: JSON with sorted keys, so the same state gives the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Reads a saved conversation; anything but a whole one of the current version is `damaged`.
    public static func decode(_ data: Data) throws(SavedConversationError) -> SavedConversation {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        struct Version: Decodable { var version: Int }
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
            throw .damaged("it is not a JSON object (cut short or damaged)")
        }
        guard let version = try? decoder.decode(Version.self, from: data) else {
            throw .damaged("it has no format version")
        }
        guard version.version == currentVersion else {
            throw .damaged("it is in format \(version.version), and this advisor reads format \(currentVersion)")
        }
        do {
            return try decoder.decode(SavedConversation.self, from: data)
        } catch {
            throw .damaged("it is incomplete or has a value of the wrong type")
        }
    }

    /// True when it has the same questions (ids and kinds, in any order) as `ruleBase`.
    public func fits(_ ruleBase: RuleBase) -> Bool {
        Set(questions) == Set(ruleBase.questions.map(QuestionShape.init))
    }

    /// "You have an unfinished conversation from 25 November 2026 at 14:03 with 2 answers.
    /// Carry on? (yes/no)"; with `othersWaiting`, also how many other kept conversations wait
    /// ("1 other unfinished conversation waits; it is offered at a later start.").
    public func offer(timeZone: TimeZone = .current, othersWaiting: Int = 0) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "d MMMM yyyy 'at' HH:mm"
        var parts: [String] = []
        if !answers.isEmpty { parts.append(Prose.count(answers.count, "answer")) }
        if !dontKnow.isEmpty { parts.append(Prose.count(dontKnow.count, "question") + " left open") }
        if !assumptions.isEmpty { parts.append(Prose.count(assumptions.count, "changed cost assumption")) }
        let later = Prose.agreeing(othersWaiting, "it is", "they are")
        let others = othersWaiting > 0 ? " \(Self.waitingNote(othersWaiting)); \(later) offered at a later start." : ""
        let which = othersWaiting > 0 ? " with this one" : ""
        return "You have an unfinished conversation from \(formatter.string(from: savedAt)) with \(Prose.list(parts)).\(others) Carry on\(which)? (yes/no)"
    }

    /// "1 other unfinished conversation waits", "2 other unfinished conversations wait".
    public static func waitingNote(_ count: Int) -> String {
        "\(count) other unfinished \(Prose.plural("conversation", count)) \(Prose.agreeing(count, "waits", "wait"))"
    }

    /// Reads a reply to the offer: true for yes, false for no, nil when it is neither.
    public static func carryOn(_ reply: String) -> Bool? {
        PlainAnswerReader.confirmation(reply)
    }
}

/// Why a saved conversation cannot be restored; the front end reports it in one line and sets
/// the file aside.
public enum SavedConversationError: Error, Sendable, Equatable {
    /// Not a readable saved conversation of this format.
    case damaged(String)
    /// Saved with other questions than the rule base in use.
    case otherRuleBase

    /// What is wrong, to follow "the saved conversation …: ".
    public var reason: String {
        switch self {
        case .damaged(let reason): return reason
        case .otherRuleBase: return "it was saved with a rule base that asks other questions"
        }
    }
}

extension Conversation {
    /// The state worth saving, or nil when there is none (nothing answered, left open or assumed).
    public func saved(at date: Date) -> SavedConversation? {
        var spelled: [String: String] = [:]
        for (index, question) in ruleBase.questions.enumerated() {
            if let value = answers[index] { spelled[question.id] = question.spelling(of: value) }
        }
        var assumed: [String: String] = [:]
        if let costs {
            for (index, value) in costs.overrides {
                let parameter = costs.model.parameters[index]
                assumed[parameter.id] = "\(CostMath.plain(value)) \(parameter.unitText)"
            }
        }
        let open = ruleBase.questions.indices.filter(dontKnow.contains).map { ruleBase.questions[$0].id }
        guard !spelled.isEmpty || !open.isEmpty || !assumed.isEmpty else { return nil }
        return SavedConversation(
            version: SavedConversation.currentVersion, savedAt: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)),
            questions: ruleBase.questions.map(SavedConversation.QuestionShape.init), answers: spelled, dontKnow: open, assumptions: assumed)
    }

    /// The saved conversation on `engine`, with `costs` (the cost model, with any values given on
    /// the command line, which win over saved ones). Answers and assumptions that no longer fit
    /// are dropped, and `resume` names them. Throws `otherRuleBase` when the questions differ.
    public static func restoring(
        _ saved: SavedConversation, engine: Engine, costs: CostAssumptions? = nil
    ) throws(SavedConversationError) -> (conversation: Conversation, dropped: [String]) {
        let ruleBase = engine.ruleBase
        guard saved.fits(ruleBase) else { throw .otherRuleBase }
        var answers = Answers(questionCount: ruleBase.questions.count)
        var dropped: [String] = []
        for (id, text) in saved.answers.sorted(by: { $0.key < $1.key }) {
            if let index = ruleBase.questionIndex(id), let value = try? AnswerValueParser.parse(text, for: ruleBase.questions[index]) {
                answers[index] = value
            } else {
                // By its label where the question is still asked, so that the owner reads no id.
                dropped.append("\(ruleBase.question(id)?.label.lowercased() ?? id): \(text)")
            }
        }
        let open = saved.dontKnow.compactMap(ruleBase.questionIndex).filter { answers[$0] == nil }
        var assumptions = costs
        for (id, text) in saved.assumptions.sorted(by: { $0.key < $1.key }) {
            let given = assumptions?.model.parameterIndex(id).flatMap { assumptions?.override($0) }
            guard given == nil else { continue }
            if (try? assumptions?.assume(id, text)) == nil { dropped.append("\(id) = \(text)") }
        }
        return (Conversation(engine: engine, answers: answers, dontKnow: Set(open), costs: assumptions), dropped)
    }

    /// Carrying on with a restored conversation: what it holds, what was dropped, then the next
    /// question (or the advice).
    public mutating func resume(dropped: [String] = []) -> ChatReply {
        let given = ruleBase.questions.indices.filter { answers[$0] != nil || dontKnow.contains($0) }
        var blocks: [ChatBlock] = [.say("Carrying on where you left off.")]
        if !given.isEmpty { blocks.append(.note("So far: " + given.map(describeAnswer).joined(separator: "; ") + ".")) }
        if let costs, !costs.overrides.isEmpty {
            let count = Prose.count(costs.overrides.count, "cost assumption")
            blocks.append(.note("You changed \(count) (type assumptions to see them)."))
        }
        if !dropped.isEmpty {
            blocks.append(.note("These no longer fit the rules and were dropped: \(Prose.list(dropped))."))
        }
        return summarized(ChatReply(blocks + advance()))
    }
}
