import AdvisorKit
import CSV
import Foundation

/// Reads CSV input with CSV.swift, streaming, and cuts it into chunks of rows. The header row
/// names the columns: question ids, and `id` for the record's identifier.
struct CSVChunkReader {
    static let rowsPerChunk = 4_096
    /// Lines longer than this end the run with a message (a row of answers is far shorter).
    static let maximumLineLength = 1 << 20

    /// What the header names (nil for empty input).
    let columns: AnswerColumns?
    private let reader: CSVReader?
    private let stream: LineLimitedInputStream
    private let name: String
    private var nextLine = 2
    /// A failure found after rows that were still to be delivered; thrown at the next call.
    private var pendingFailure: Failure?

    init(input: BatchInput, ruleBase: RuleBase) throws(Failure) {
        name = input.name
        let stream = LineLimitedInputStream(descriptor: input.descriptor, maximumLineLength: Self.maximumLineLength)
        self.stream = stream
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch let error where stream.overlongLine != nil {
            throw Self.overlong(stream, name: input.name, after: error)
        } catch CSVError.cannotReadHeaderRow {
            // Empty input: no header, no rows.
            (self.reader, columns) = (nil, nil)
            return
        } catch {
            throw Failure.other(message: "\(input.name): cannot read the CSV (\(Self.describe(error)))", status: .dataErr)
        }
        // CSV.swift reports no error met while it reads the header; a header cut short by the
        // line limit would pass for a real one.
        if stream.overlongLine != nil {
            throw Self.overlong(stream, name: input.name, after: POSIXError(.EFBIG))
        }
        self.reader = reader
        do {
            columns = try AnswerColumns(header: reader.headerRow ?? [], ruleBase: ruleBase)
        } catch {
            throw Failure.other(message: "\(input.name):1: \(error.message)", status: .dataErr)
        }
    }

    /// The next chunk of rows, or nil at the end.
    mutating func next() throws(Failure) -> BatchChunk? {
        if let pendingFailure { throw pendingFailure }
        guard let reader else { return nil }
        var rows: [[String]] = []
        var bytes = 0
        while rows.count < Self.rowsPerChunk, let row = reader.next() {
            bytes += row.reduce(row.count) { $0 + $1.utf8.count }
            rows.append(row)
        }
        if let error = reader.error {
            if stream.overlongLineWasStarted, !rows.isEmpty { rows.removeLast() }
            let failure: Failure? =
                if stream.overlongLine != nil {
                    Self.overlong(stream, name: name, after: error)
                } else if Self.isEndOfInput(error) {
                    nil
                } else {
                    Failure.other(message: "\(name): cannot read the CSV after line \(nextLine + rows.count - 1) (\(Self.describe(error)))", status: .dataErr)
                }
            // The rows read before the failure still get their records.
            if let failure {
                guard !rows.isEmpty else { throw failure }
                pendingFailure = failure
            }
        }
        guard !rows.isEmpty else { return nil }
        defer { nextLine += rows.count }
        return .rows(rows, firstLine: nextLine, inputBytes: bytes)
    }

    private static func overlong(_ stream: LineLimitedInputStream, name: String, after error: Error) -> Failure {
        let line = stream.overlongLine.map { "\($0)" } ?? "?"
        return Failure.other(
            message:
                "\(name):\(line): the line is longer than \(stream.maximumLineLength >> 20) MiB; a CSV row of answers is far shorter, so the rest of the input is not read",
            status: .dataErr)
    }

    /// CSV.swift's errors in words.
    private static func describe(_ error: Error) -> String {
        switch error {
        case CSVError.unicodeDecoding: return "the input is not UTF-8 text"
        case CSVError.stringEncodingMismatch, CSVError.stringEndianMismatch: return "the input's byte order mark does not fit UTF-8"
        case CSVError.streamErrorHasOccurred(let cause): return "\(cause)"
        default: return "\(error)"
        }
    }

    /// At the end of a stream CSV.swift may report `cannotReadFile` (when the stream said it had
    /// bytes until a read returned none), so that error means the end of the input.
    private static func isEndOfInput(_ error: Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }
}
