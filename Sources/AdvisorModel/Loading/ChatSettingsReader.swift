import Yams

/// Reads the two top-level keys that shape the chat's opening: `intro:` (the greeting's first
/// words) and `first_question:` (the question asked first). Either may stand in any rule file,
/// once in the whole rule base.
package struct ChatSettingsReader {
    /// The top-level keys it reads (also listed in `Rules/rules.schema.json`).
    package static let keys = ["intro", "first_question"]

    package let log: DiagnosticLog
    package private(set) var intro: String?
    package private(set) var firstQuestion: QuestionIndex?
    private var firstDefinition: [String: SourceLocation] = [:]

    package init(log: DiagnosticLog) {
        self.log = log
    }

    /// Reads the keys of one file; `questions` are every question of the rule base, and `missing`
    /// tells the ids of questions left out by a mistake already reported (not reported again).
    package mutating func read(_ fields: [String: Node], questions: [Question], missing: (String) -> Bool = { _ in false }, _ reader: NodeReader) {
        if let node = fields["intro"], isFirstDefinition("intro", at: reader.location(node)) {
            intro = reader.text(node, "intro", in: "the file")
        }
        if let node = fields["first_question"], isFirstDefinition("first_question", at: reader.location(node)),
            let id = reader.identifier(node, "first_question", in: "the file")
        {
            let ids = questions.map(\.id)
            if let index = ids.firstIndex(of: id) {
                firstQuestion = index
            } else if !missing(id) {
                log.error(
                    .unknownQuestion,
                    "first_question names '\(id)', which is not a question\(DidYouMean.hint(for: id, among: ids)) (questions: \(ids.joined(separator: ", ")))",
                    at: reader.location(node))
            }
        }
    }

    /// True the first time `key` is met in the rule base; a second one is an error.
    private mutating func isFirstDefinition(_ key: String, at location: SourceLocation) -> Bool {
        if let first = firstDefinition[key] {
            log.error(.duplicateID, "'\(key)' is already given at \(first); give it in one file only", at: location)
            return false
        }
        firstDefinition[key] = location
        return true
    }
}
