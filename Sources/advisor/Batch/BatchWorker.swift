import AdvisorKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns chunks of input into records; one per thread, with its own buffers.
final class BatchWorker {
    static let warningsKept = 10

    let ruleBase: RuleBase
    let scanner: AnswerLineScanner
    let writer: any RecordWriter
    /// What the columns of CSV input hold (nil for JSON Lines).
    let columns: AnswerColumns?
    let failFast: Bool
    /// Buffers for input chunks (given back here once read) and for records.
    let inputPool: BufferPool
    let outputPool: BufferPool
    private let evaluator: CaseEvaluator
    /// The answers of the current line, and which keys it has given (scratch for the scanner).
    private let words: UnsafeMutableBufferPointer<Int>
    private let seen: UnsafeMutableBufferPointer<Bool>

    init(engine: Engine, compiled: CompiledRuleBase, writer: any RecordWriter, columns: AnswerColumns?, failFast: Bool, inputPool: BufferPool, outputPool: BufferPool) {
        self.inputPool = inputPool
        self.outputPool = outputPool
        ruleBase = engine.ruleBase
        scanner = AnswerLineScanner(ruleBase: engine.ruleBase)
        self.writer = writer
        self.columns = columns
        self.failFast = failFast
        evaluator = CaseEvaluator(engine: engine, compiled: compiled)
        words = .allocate(capacity: engine.ruleBase.questions.count)
        words.initialize(repeating: AnswerVector.unanswered)
        seen = .allocate(capacity: engine.ruleBase.questions.count)
        seen.initialize(repeating: false)
    }

    deinit {
        words.deallocate()
        seen.deallocate()
    }

    func process(_ chunk: BatchChunk) -> ChunkOutput {
        var output = ChunkOutput(optionCount: ruleBase.options.count)
        output.inputBytes = chunk.inputBytes
        switch chunk {
        case .lines(let bytes, let firstLine):
            // A record is about twice its line; three times leaves room without regrowing.
            output.bytes = outputPool.take(capacity: bytes.count * 3)
            processLines(bytes, firstLine: firstLine, into: &output)
            inputPool.give(bytes)
        case .overlongLine(let line, let limit):
            record(line: line, id: .none, problem: AnswerProblem(question: nil, message: "the line is longer than \(limit >> 20) MiB; it was skipped"), into: &output)
        case .rows(let rows, let firstLine, let inputBytes):
            output.bytes = outputPool.take(capacity: inputBytes * 3)
            for (offset, row) in rows.enumerated() {
                processRow(row, line: firstLine + offset, into: &output)
                if output.stoppedAtError { break }
            }
        }
        return output
    }

    // MARK: JSON Lines

    private func processLines(_ bytes: [UInt8], firstLine: Int, into output: inout ChunkOutput) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            var line = firstLine
            while start < buffer.count {
                var end = buffer.count
                if let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) {
                    end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                var stop = end
                if stop > start && buffer[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
                let text = UnsafeBufferPointer(rebasing: buffer[start..<stop])
                if !text.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                    processLine(text, line: line, into: &output)
                    if output.stoppedAtError { return }
                }
                line += 1
                start = end + 1
            }
        }
    }

    private func processLine(_ text: UnsafeBufferPointer<UInt8>, line: Int, into output: inout ChunkOutput) {
        let scanned = scanner.scan(text, into: words, seen: seen)
        let id: EchoedID
        if let scannedID = scanned {
            if let found = scannedID {
                let slice = UnsafeBufferPointer(rebasing: text[found.range])
                id = found.isText ? .plainText(slice) : .number(slice)
            } else {
                id = .none
            }
        } else {
            let decoded = AnswerRecord.decode(Data(text), ruleBase: ruleBase)
            id = EchoedID(decoded.id)
            for warning in decoded.warnings { warn("line \(line): \(warning)", into: &output) }
            switch decoded.answers {
            case .success(let answers):
                for (question, value) in answers.values.enumerated() { words[question] = AnswerVector.word(value) }
            case .failure(let problem):
                record(line: line, id: id, problem: problem, into: &output)
                return
            }
        }
        evaluate(line: line, id: id, into: &output)
    }

    // MARK: CSV

    private func processRow(_ row: [String], line: Int, into output: inout ChunkOutput) {
        guard let columns, !AnswerColumns.isBlank(row) else { return }
        let id = columns.id(of: row).map(EchoedID.text) ?? .none
        if let problem = columns.read(row, into: words) {
            record(line: line, id: id, problem: problem, into: &output)
        } else {
            evaluate(line: line, id: id, into: &output)
        }
    }

    // MARK: Records

    private func evaluate(line: Int, id: EchoedID, into output: inout ChunkOutput) {
        if let problem = evaluator.evaluate(UnsafeBufferPointer(words)) {
            record(line: line, id: id, problem: problem, into: &output)
            return
        }
        evaluator.withResult { recommendation, scores, rules, caveats in
            output.cases += 1
            output.recommended[recommendation] += 1
            writer.write(
                line: line, id: id, body: .result(recommendation: recommendation, scores: scores, rules: rules, caveats: caveats),
                to: &output.bytes)
        }
    }

    private func record(line: Int, id: EchoedID, problem: AnswerProblem, into output: inout ChunkOutput) {
        output.cases += 1
        output.errors += 1
        writer.write(line: line, id: id, body: .problem(problem), to: &output.bytes)
        if failFast { output.stoppedAtError = true }
    }

    private func warn(_ message: String, into output: inout ChunkOutput) {
        output.warningCount += 1
        if output.warnings.count < Self.warningsKept { output.warnings.append(message) }
    }
}
