import Foundation
import PseudoTerminalTesting
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Paths and helpers shared by the AdvisorKit tests.
enum TestSupport {
    /// The shipped rule folder, `Rules/`.
    static let rulesFolder = PackageFolder.root.appendingPathComponent("Rules").path

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
            let stretches = engine.space.stretches[question]
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

/// The article, options and questions of the small rule bases that the loader and checker tests
/// build on; their tests refer to lines of these texts.
enum SmallRuleBase {
    static let base = """
        articles:
          - name: Guide
            sections: [Intro, Costs]
        options:
          - {id: shop, name: Shop, description: A shop.}
          - {id: msp, name: MSP, description: A provider.}
        """

    static let questions = """
        questions:
          - id: users
            type: integer
            min: 1
            label: Users
            ask: How many?
            why: Size matters.
          - id: backups
            type: boolean
            label: Backups
            ask: Are backups checked?
            why: Data matters.
        """
}

extension TestSupport {
    /// Expects `found` to be exactly one diagnostic of `severity`: `code` at `place`
    /// (`file:line:column`, or nil), with a message that mentions every one of `words`.
    @discardableResult
    static func expectOne(
        _ severity: Diagnostic.Severity, in found: [Diagnostic], code: String, at place: String?, mentioning words: [String],
        sourceLocation: Testing.SourceLocation
    ) -> Diagnostic? {
        guard found.count == 1, let diagnostic = found.first else {
            Issue.record("expected one diagnostic, got:\n\(RuleBaseError(diagnostics: found))", sourceLocation: sourceLocation)
            return nil
        }
        #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
        #expect(diagnostic.code == code, "\(diagnostic)", sourceLocation: sourceLocation)
        #expect(diagnostic.location?.description == place, "\(diagnostic)", sourceLocation: sourceLocation)
        for word in words {
            #expect(diagnostic.message.contains(word), "'\(diagnostic.message)' should mention \(word)", sourceLocation: sourceLocation)
        }
        return diagnostic
    }
}
