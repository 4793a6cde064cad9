import AdvisorModel
import Foundation

/// One case of batch input at a time, from the bytes of its line (or the cells of its CSV row)
/// to its result: the answers are read, then evaluated as `advisor --answers` would evaluate
/// them. `advisor batch`, the FuzzBatch fuzzer and the benchmarks all go through it.
///
/// A JSON line is read by the fast `AnswerLineScanner`; when the scanner declines it, by the full
/// reading, `AnswerRecord.decode`, with its warnings and messages, so a line gives the same
/// answers or the same message either way. A CSV row is read by `AnswerColumns`. The answers go
/// to `CaseEvaluator`: the compiled engine for complete answers, the partial analysis otherwise.
///
/// One per thread: it keeps the answers of the current case and the evaluator's buffers, so a
/// plain line allocates nothing.
public final class BatchLinePipeline {
    /// What reading a line gave.
    public enum Reading {
        /// Nothing but spaces and tabs (or an empty CSV row): no case.
        case blank
        /// The answers are in `words`; `byScanner` tells whether the fast scanner read them
        /// (else the full reading did). Warnings are not fatal (an unknown question, ignored).
        case answers(id: EchoedID, warnings: [String], byScanner: Bool)
        /// The first problem, as `advisor --answers` would report it.
        case problem(id: EchoedID, AnswerProblem, warnings: [String])
    }

    /// What a line comes to.
    public enum Outcome {
        /// Nothing but spaces and tabs (or an empty CSV row): no case, no record.
        case blank
        /// A recommendation, which `withResult` hands over until the next case.
        case result(id: EchoedID, warnings: [String])
        /// No recommendation: the answers cannot be read, or leave it open.
        case problem(id: EchoedID, AnswerProblem, warnings: [String])
    }

    /// The rule base the lines are read and advised against.
    public let ruleBase: RuleBase
    private let scanner: AnswerLineScanner
    private let evaluator: CaseEvaluator
    /// The answers of the current case, and which keys its line has given (scratch for the scanner).
    private let answerWords: UnsafeMutableBufferPointer<Int>
    private let seen: UnsafeMutableBufferPointer<Bool>

    /// A pipeline for `engine`'s rule base, evaluating with `compiled` (made from the same rule base).
    public init(engine: Engine, compiled: CompiledRuleBase) {
        ruleBase = engine.ruleBase
        scanner = AnswerLineScanner(ruleBase: engine.ruleBase)
        evaluator = CaseEvaluator(engine: engine, compiled: compiled)
        answerWords = .allocate(capacity: engine.ruleBase.questions.count)
        answerWords.initialize(repeating: AnswerVector.unanswered)
        seen = .allocate(capacity: engine.ruleBase.questions.count)
        seen.initialize(repeating: false)
    }

    deinit {
        answerWords.deallocate()
        seen.deallocate()
    }

    /// The answers of the case read last, one word per question (see `AnswerVector`).
    public var words: UnsafeBufferPointer<Int> { UnsafeBufferPointer(answerWords) }

    // MARK: Reading

    /// Reads one JSON line (without its line break). An id in the reading may point into `line`.
    public func read(jsonLine line: UnsafeBufferPointer<UInt8>) -> Reading {
        if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { return .blank }
        switch scanner.scan(line, into: answerWords, seen: seen) {
        case .answers(let found):
            let bytes = UnsafeBufferPointer(rebasing: line[found.range])
            return .answers(id: found.isText ? .plainText(bytes) : .number(bytes), warnings: [], byScanner: true)
        case .answersWithoutID:
            return .answers(id: .none, warnings: [], byScanner: true)
        case .declined:
            let decoded = AnswerRecord.decode(Data(line), ruleBase: ruleBase)
            let id = EchoedID(decoded.id)
            switch decoded.answers {
            case .success(let answers):
                for (question, value) in answers.values.enumerated() { answerWords[question] = AnswerVector.word(value) }
                return .answers(id: id, warnings: decoded.warnings, byScanner: false)
            case .failure(let problem):
                return .problem(id: id, problem, warnings: decoded.warnings)
            }
        }
    }

    /// Reads one CSV data row, whose columns the header named.
    public func read(csvRow row: [String], columns: AnswerColumns) -> Reading {
        guard !AnswerColumns.isBlank(row) else { return .blank }
        let id = columns.id(of: row).map(EchoedID.text) ?? .none
        if let problem = columns.read(row, into: answerWords) { return .problem(id: id, problem, warnings: []) }
        return .answers(id: id, warnings: [], byScanner: false)
    }

    // MARK: Evaluating

    /// Evaluates the answers read last; nil when they give a recommendation (see `withResult`),
    /// else the problem: they leave the recommendation open.
    public func evaluate() -> AnswerProblem? {
        evaluator.evaluate(words)
    }

    /// Reads and evaluates one JSON line (without its line break).
    public func process(jsonLine line: UnsafeBufferPointer<UInt8>) -> Outcome {
        outcome(of: read(jsonLine: line))
    }

    /// Reads and evaluates one CSV data row.
    public func process(csvRow row: [String], columns: AnswerColumns) -> Outcome {
        outcome(of: read(csvRow: row, columns: columns))
    }

    private func outcome(of reading: Reading) -> Outcome {
        switch reading {
        case .blank:
            return .blank
        case .problem(let id, let problem, let warnings):
            return .problem(id: id, problem, warnings: warnings)
        case .answers(let id, let warnings, _):
            if let problem = evaluate() { return .problem(id: id, problem, warnings: warnings) }
            return .result(id: id, warnings: warnings)
        }
    }

    /// Hands `body` the last result: the recommendation, the scores (with incomplete answers, of
    /// the rules certainly true), the scoring rules and the applicable caveats, without copying them.
    public func withResult<Result>(
        _ body: (_ recommendation: Int, _ scores: UnsafeBufferPointer<Int>, _ rules: UnsafeBufferPointer<Int>, _ caveats: UnsafeBufferPointer<Int>) -> Result
    ) -> Result {
        evaluator.withResult(body)
    }
}
