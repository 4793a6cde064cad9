/// A piece of batch input, handed to a worker thread as a whole.
enum BatchChunk: Sendable {
    /// Whole JSON lines (each ending with a line break, but perhaps the last), starting at line `firstLine`.
    case lines(bytes: [UInt8], firstLine: Int)
    /// A line too long to hold in memory; it was skipped.
    case overlongLine(Int, limit: Int)
    /// CSV data rows, the first on line `firstLine` (the header is line 1).
    case rows([[String]], firstLine: Int, inputBytes: Int)

    /// How many bytes of input the chunk stands for (for the progress bar).
    var inputBytes: Int {
        switch self {
        case .lines(let bytes, _): return bytes.count
        case .overlongLine(_, let limit): return limit
        case .rows(_, _, let inputBytes): return inputBytes
        }
    }
}

/// What a worker made of a chunk: the output bytes and the counts for the summary.
struct ChunkOutput: Sendable {
    /// The records, in input order.
    var bytes: [UInt8] = []
    var cases = 0
    var errors = 0
    /// Cases per recommended option.
    var recommended: [Int]
    /// The first few warnings, each with its line number.
    var warnings: [String] = []
    var warningCount = 0
    /// True when the worker stopped after the first bad line (`--fail-fast`).
    var stoppedAtError = false
    var inputBytes = 0

    init(optionCount: Int) {
        recommended = Array(repeating: 0, count: optionCount)
    }
}
