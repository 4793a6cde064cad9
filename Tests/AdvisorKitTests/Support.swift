import Foundation
@testable import AdvisorKit

/// Paths and helpers shared by the AdvisorKit tests.
enum TestSupport {
    /// The repository's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped rule folder, `Rules/`.
    static let rulesFolder = packageRoot.appendingPathComponent("Rules").path

    /// The shipped rule base, read from `Rules/` on disk.
    static func shippedRuleBase() throws -> RuleBase {
        try RuleBaseLoader.load(FileReader.ruleFiles(in: rulesFolder)).0
    }

    /// A rule base from in-memory files, keyed by relative path.
    static func ruleBase(_ files: [String: String]) throws(RuleBaseError) -> RuleBase {
        try RuleBaseLoader.load(ruleFiles(files)).0
    }

    static func ruleFiles(_ files: [String: String]) -> [RuleFile] {
        files.sorted { $0.key < $1.key }.map { RuleFile(path: $0.key, relativePath: $0.key, contents: $0.value) }
    }

    /// Answers from `id: value` pairs written as in an answer file.
    static func answers(_ pairs: [String: String], in ruleBase: RuleBase) throws -> Answers {
        var answers = Answers(questionCount: ruleBase.questions.count)
        for (id, text) in pairs {
            guard let index = ruleBase.questionIndex(id) else { throw TestFailure("no question \(id)") }
            answers[index] = try AnswerValueParser.parse(text, for: ruleBase.questions[index])
        }
        return answers
    }

    /// Every complete set of answers to try: all values of yes/no and choice questions, and for
    /// number questions the values on both sides of every threshold (plus a large one).
    static func allCompleteAnswers(_ engine: Engine) -> [Answers] {
        let domains: [[AnswerValue]] = engine.ruleBase.questions.indices.map { question in
            let stretches = engine.space.segments[question]
            guard !stretches.isEmpty else { return engine.space.domains[question] }
            var values: Set<Int> = []
            for stretch in stretches {
                values.insert(stretch.lowerBound)
                values.insert(stretch.upperBound == Int.max ? stretch.lowerBound + 1000 : stretch.upperBound)
            }
            return values.sorted().map { .integer($0) }
        }
        var result: [Answers] = [Answers(questionCount: domains.count)]
        for (question, domain) in domains.enumerated() {
            result = result.flatMap { partial in domain.map { partial.with(question, $0) } }
        }
        return result
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
