import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// A batch line from its bytes to its result: read by the scanner or the full reading, then
/// evaluated as `advisor --answers` would.
@Suite struct BatchLinePipelineTests {
    let engine: Engine
    let pipeline: BatchLinePipeline

    init() throws {
        engine = Engine(ruleBase: try TestSupport.shippedRuleBase())
        pipeline = BatchLinePipeline(engine: engine, compiled: CompiledRuleBase(engine.ruleBase))
    }

    /// What a line came to, copied out of the pipeline's buffers.
    struct Seen: Equatable {
        var id: String?
        var warnings: [String] = []
        var problem: AnswerProblem?
        var recommendation: Int?
        var scores: [Int] = []
        var rules: [Int] = []
        var caveats: [Int] = []
    }

    func process(_ line: String) -> Seen? {
        Array(line.utf8).withUnsafeBufferPointer { seen(pipeline.process(jsonLine: $0)) }
    }

    func seen(_ outcome: BatchLinePipeline.Outcome) -> Seen? {
        switch outcome {
        case .blank:
            return nil
        case .problem(let id, let problem, let warnings):
            return Seen(id: Self.text(id), warnings: warnings, problem: problem)
        case .result(let id, let warnings):
            return pipeline.withResult { recommendation, scores, rules, caveats in
                Seen(id: Self.text(id), warnings: warnings, recommendation: recommendation, scores: Array(scores), rules: Array(rules), caveats: Array(caveats))
            }
        }
    }

    static func text(_ id: EchoedID) -> String? {
        switch id {
        case .none: return nil
        case .plainText(let bytes): return "text " + String(decoding: bytes, as: UTF8.self)
        case .number(let bytes): return "number " + String(decoding: bytes, as: UTF8.self)
        case .text(let text): return "text " + text
        case .numberText(let digits): return "number " + digits
        }
    }

    /// What `advisor --answers` makes of the same line: the full reading, then the advice.
    func reference(_ line: String) -> Seen {
        let decoded = AnswerRecord.decode(Data(line.utf8), ruleBase: engine.ruleBase)
        let id = Self.text(EchoedID(decoded.id))
        let answers: Answers
        switch decoded.answers {
        case .failure(let problem): return Seen(id: id, warnings: decoded.warnings, problem: problem)
        case .success(let read): answers = read
        }
        let advice: Advice
        do {
            advice = try engine.advise(answers)
        } catch {
            return Seen(
                id: id, warnings: decoded.warnings,
                problem: AnswerProblem(
                    question: error.openQuestions.first.map { engine.ruleBase.questions[$0].id }, message: error.message(in: engine.ruleBase)))
        }
        let evaluation = engine.evaluate(answers)
        return Seen(
            id: id, warnings: decoded.warnings, recommendation: advice.recommendation, scores: evaluation.scores,
            rules: evaluation.scoringRules, caveats: advice.caveats)
    }

    @Test func aPlainLineIsReadByTheScannerAndEvaluated() throws {
        let line =
            #"{"id": "twelve", "users": 12, "variable_bills": "accept", "backup_monitoring": true, "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": false}"#
        let reading = Array(line.utf8).withUnsafeBufferPointer { pipeline.read(jsonLine: $0) }
        guard case .answers(.plainText, [], byScanner: true) = reading else {
            Issue.record("expected the scanner's answers, got \(reading)")
            return
        }
        let seen = try #require(process(line))
        #expect(seen == reference(line))
        #expect(seen.id == "text twelve")
        #expect(engine.ruleBase.options[try #require(seen.recommendation)].id == "break_fix")
    }

    @Test func aLineTheScannerDeclinesIsReadInFullWithItsWarnings() throws {
        let line =
            #"{"id": 7, "users": 200, "variable_bills": "prefer_fixed", "backup_monitoring": false, "network_complexity": "complex", "downtime_cost": "high", "proactive_care": true, "colour": "red"}"#
        let reading = Array(line.utf8).withUnsafeBufferPointer { pipeline.read(jsonLine: $0) }
        guard case .answers(_, let warnings, byScanner: false) = reading else {
            Issue.record("expected the full reading's answers, got \(reading)")
            return
        }
        #expect(warnings.count == 1 && warnings[0].contains("'colour' is not a question"))
        let seen = try #require(process(line))
        #expect(seen == reference(line))
        #expect(seen.id == "number 7")
    }

    @Test(arguments: ["", " ", " \t  "])
    func blankLinesAreNoCase(line: String) {
        #expect(process(line) == nil)
    }

    @Test(arguments: [
        #"{"id": 3, "users": 0, "variable_bills": "accept"}"#,
        #"{"users": 40, "variable_bills": "prefer_fixed", "backup_monitoring": "maybe"}"#,
        "not json at all",
        #"{"id": [1], "users": 3}"#,
    ])
    func aLineThatCannotBeReadGivesTheFullReadingsProblem(line: String) throws {
        let seen = try #require(process(line))
        #expect(seen.problem != nil)
        #expect(seen == reference(line))
    }

    @Test func answersThatSettleTheRecommendationGiveItWithItsCaveats() throws {
        let line = #"{"id": "growing-firm", "users": 40, "variable_bills": "prefer_fixed"}"#
        let seen = try #require(process(line))
        #expect(seen.problem == nil)
        #expect(seen == reference(line))
        #expect(engine.ruleBase.options[try #require(seen.recommendation)].id == "managed_services")
    }

    @Test func answersThatLeaveItOpenNameTheQuestionsStillNeeded() throws {
        let seen = try #require(process(#"{"id": "only-an-id"}"#))
        let problem = try #require(seen.problem)
        #expect(problem.question == "users")
        #expect(problem.message.hasPrefix("the answers do not settle the recommendation yet (it could be "))
        #expect(problem.message.contains("; still needed: users ("))
        #expect(seen == reference(#"{"id": "only-an-id"}"#))
    }

    @Test func csvRowsGoThroughTheSameEvaluation() throws {
        let columns = try AnswerColumns(
            header: ["id", "users", "variable_bills", "backup_monitoring", "network_complexity", "downtime_cost", "proactive_care"], ruleBase: engine.ruleBase)
        let row = ["c1", "12", "accept", "yes", "moderate", "medium", "no"]
        let good = try #require(self.seen(pipeline.process(csvRow: row, columns: columns)))
        let line =
            #"{"id": "c1", "users": 12, "variable_bills": "accept", "backup_monitoring": true, "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": false}"#
        #expect(good == reference(line))

        let bad = try #require(self.seen(pipeline.process(csvRow: ["c2", "twelve"], columns: columns)))
        #expect(bad.id == "text c2")
        #expect(bad.problem?.question == "users")
        #expect(self.seen(pipeline.process(csvRow: [""], columns: columns)) == nil)
    }

    /// Random lines, many of them broken: the pipeline gives what the full reading and the
    /// advice give, whichever way it read the line.
    @Test func randomLinesComeToWhatTheAnswersCommandWouldSay() {
        var random = SeededRandom(seed: 515)
        for _ in 0..<600 {
            let line = AnswerLineScannerTests.randomLine(&random)
            #expect(process(line) == reference(line), "line: \(line)")
        }
    }
}
