import AdvisorKit
import ArgumentParser
import Foundation

/// `advisor batch`: recommendations for many cases, one record per input line.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Evaluate many cases from JSON Lines or CSV: one result or error record per line.",
        discussion: """
            Input: JSON Lines, one object of answers per line (as in an answers file, plus an \
            optional "id"), or CSV whose header names the question ids (and optionally id). \
            Blank lines are skipped.

            Output, in input order: the line number, the id, the recommendation, the score of \
            every option and the ids of the rules and caveats that fired; or, for a bad line, an \
            error record with the question and the message. A summary goes to standard error, \
            and a progress bar too when it is a terminal.

            Examples:
              advisor batch cases.jsonl > results.jsonl
              advisor batch cases.csv --format csv --output results.csv
              generate-cases | advisor batch - --fail-fast | head

            With --output, the records go to a temporary file beside FILE that replaces it \
            when the run ends; an interrupted or failed run leaves FILE as it was.

            \(ExitStatus.help(
                [.success, .dataErr, .usage, .noInput, .cantCreate, .ioErr, .config],
                meanings: [.success: "all lines good", .dataErr: "some line bad", .noInput: "input missing or unreadable"]))
            """
    )

    @Argument(
        help: ArgumentHelp("The cases: a JSON Lines or CSV file, or - (the default) for standard input.", valueName: "file"),
        completion: .file(extensions: ["jsonl", "csv"]))
    var file: String = "-"

    @Option(name: .long, help: ArgumentHelp("Input format: jsonl or csv (default: csv for a .csv file, else jsonl).", valueName: "format"))
    var input: RecordFormat?

    @Option(name: .long, help: "Output format: jsonl or csv.")
    var format: RecordFormat = .jsonl

    @Option(
        name: .long, help: ArgumentHelp("Write the records to this file instead of standard output.", valueName: "file"),
        completion: .file())
    var output: String?

    @Flag(name: .long, help: "Stop at the first bad line (after writing its error record).")
    var failFast = false

    @OptionGroup var ruleOptions: RuleBaseOptions

    func run() throws {
        Terminal.restoreDefaultSignalHandling()
        try reportingFailures { () throws(Failure) in
            let ruleBase = try ruleOptions.loadRuleBase()
            let inputFormat = input ?? (file.lowercased().hasSuffix(".csv") ? .csv : .jsonl)
            let batchInput = try BatchInput.open(file)
            let sink = try OutputSink.open(output)
            let summary: BatchSummary
            do throws(Failure) {
                var run = try BatchRun(
                    ruleBase: ruleBase, input: batchInput, inputFormat: inputFormat,
                    sink: sink, outputFormat: format, failFast: failFast)
                summary = try run.run()
            } catch {
                sink.discard()
                throw error
            }
            // The records are complete even when some lines were bad or --fail-fast stopped the run.
            try sink.finish()
            for line in summary.lines(options: ruleBase.options) { Terminal.printError(line) }
            if summary.errors > 0 { throw Failure.silent(.dataErr) }
        }
    }
}

/// One run of `advisor batch`: reads chunks, has the workers evaluate them, writes their
/// records in input order.
private struct BatchRun {
    /// Where the chunks come from.
    enum Source {
        case jsonl(JSONLChunkReader)
        case csv(CSVChunkReader)

        mutating func next() throws(Failure) -> BatchChunk? {
            switch self {
            case .jsonl(var reader):
                defer { self = .jsonl(reader) }
                return try reader.next()
            case .csv(var reader):
                defer { self = .csv(reader) }
                return try reader.next()
            }
        }
    }

    let ruleBase: RuleBase
    let sink: OutputSink
    let writer: any RecordWriter
    let failFast: Bool
    let inputPool: BufferPool
    let outputPool: BufferPool
    var source: Source
    var columns: AnswerColumns?
    var summary: BatchSummary
    var progress: ProgressMeter

    init(ruleBase: RuleBase, input: BatchInput, inputFormat: RecordFormat, sink: OutputSink, outputFormat: RecordFormat, failFast: Bool) throws(Failure) {
        self.ruleBase = ruleBase
        self.sink = sink
        self.failFast = failFast
        writer = outputFormat == .csv ? CSVRecordWriter(ruleBase: ruleBase) : JSONLRecordWriter(ruleBase: ruleBase)
        summary = BatchSummary(optionCount: ruleBase.options.count)
        progress = ProgressMeter(totalBytes: input.size)
        inputPool = BufferPool(limit: 2 * Self.workers + 4)
        outputPool = BufferPool(limit: 2 * Self.workers + 4)
        switch inputFormat {
        case .jsonl:
            source = .jsonl(JSONLChunkReader(input: input, pool: inputPool))
        case .csv:
            let reader = try CSVChunkReader(input: input, ruleBase: ruleBase)
            columns = reader.columns
            summary.add(warnings: reader.columns?.warnings ?? [])
            source = .csv(reader)
        }
    }

    /// One worker thread per core.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Processes the whole input; returns the counts.
    mutating func run() throws(Failure) -> BatchSummary {
        let engine = Engine(ruleBase: ruleBase)
        let compiled = CompiledRuleBase(ruleBase)
        let (writer, columns, failFast) = (self.writer, self.columns, self.failFast)
        let (inputPool, outputPool) = (self.inputPool, self.outputPool)
        let workers = Self.workers
        let queue = OrderedWorkQueue<BatchChunk, ChunkOutput>(workers: workers, capacity: 2 * workers + 2) {
            let worker = BatchWorker(
                engine: engine, compiled: compiled, writer: writer, columns: columns, failFast: failFast, inputPool: inputPool, outputPool: outputPool)
            return { worker.process($0) }
        }
        defer { queue.close() }
        if !writer.header.isEmpty { try sink.write(writer.header) }
        var stopped = false
        // When the input fails part way, the records of the lines read before still come out
        // (in order), then the failure.
        var readFailure: Failure?
        while !stopped {
            let chunk: BatchChunk?
            do {
                chunk = try source.next()
            } catch {
                readFailure = error
                break
            }
            guard let chunk else { break }
            if queue.inFlight >= queue.capacity, let output = queue.next() {
                stopped = try deliver(output)
            }
            if !stopped { queue.submit(chunk) }
        }
        while !stopped, let output = queue.next() {
            stopped = try deliver(output)
        }
        progress.finish()
        if let readFailure { throw readFailure }
        return summary
    }

    /// Writes a chunk's records; true when the run must stop there (`--fail-fast`).
    private mutating func deliver(_ output: ChunkOutput) throws(Failure) -> Bool {
        try sink.write(output.bytes)
        outputPool.give(output.bytes)
        summary.add(output)
        progress.update(cases: summary.cases, bytes: summary.inputBytes)
        return output.stoppedAtError
    }
}
