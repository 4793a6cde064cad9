import AdvisorKit

/// Turns chunks of input into records; one per thread, with its own buffers.
final class BatchWorker {
    static let warningsKept = 10

    let ruleBase: RuleBase
    let writer: any RecordWriter
    /// What the columns of CSV input hold (nil for JSON Lines).
    let columns: AnswerColumns?
    let failFast: Bool
    /// Buffers for input chunks (given back here once read) and for records.
    let inputPool: BufferPool
    let outputPool: BufferPool
    /// Reads and evaluates each case.
    private let pipeline: BatchLinePipeline

    init(
        engine: Engine, compiled: CompiledRuleBase, writer: any RecordWriter, columns: AnswerColumns?, failFast: Bool, inputPool: BufferPool,
        outputPool: BufferPool
    ) {
        self.inputPool = inputPool
        self.outputPool = outputPool
        ruleBase = engine.ruleBase
        self.writer = writer
        self.columns = columns
        self.failFast = failFast
        pipeline = BatchLinePipeline(engine: engine, compiled: compiled)
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
            record(
                line: line, id: .none, problem: AnswerProblem(question: nil, message: "the line is longer than \(limit >> 20) MiB; it was skipped"),
                into: &output)
        case .rows(let rows, let firstLine, let inputBytes):
            output.bytes = outputPool.take(capacity: inputBytes * 3)
            guard let columns else { break }
            for (offset, row) in rows.enumerated() {
                record(pipeline.process(csvRow: row, columns: columns), line: firstLine + offset, into: &output)
                if output.stoppedAtError { break }
            }
        }
        return output
    }

    /// Each line of a chunk of JSON Lines, cut at its line breaks (and a `\r` before one).
    private func processLines(_ bytes: [UInt8], firstLine: Int, into output: inout ChunkOutput) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var line = firstLine
            while start < buffer.count {
                var end = buffer.count
                if let found = Platform.firstLineBreak(in: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[start...])) {
                    end = start + found
                }
                var stop = end
                if stop > start && buffer[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
                record(pipeline.process(jsonLine: UnsafeBufferPointer(rebasing: buffer[start..<stop])), line: line, into: &output)
                if output.stoppedAtError { return }
                line += 1
                start = end + 1
            }
        }
    }

    // MARK: Records

    private func record(_ outcome: BatchLinePipeline.Outcome, line: Int, into output: inout ChunkOutput) {
        switch outcome {
        case .blank:
            return
        case .result(let id, let warnings):
            for warning in warnings { warn("line \(line): \(warning)", into: &output) }
            pipeline.withResult { recommendation, scores, rules, caveats in
                output.cases += 1
                output.recommended[recommendation] += 1
                writer.write(
                    line: line, id: id, body: .result(recommendation: recommendation, scores: scores, rules: rules, caveats: caveats),
                    to: &output.bytes)
            }
        case .problem(let id, let problem, let warnings):
            for warning in warnings { warn("line \(line): \(warning)", into: &output) }
            record(line: line, id: id, problem: problem, into: &output)
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
