import AdvisorKit
import ArgumentParser

/// The formats of batch input and output.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case jsonl, csv
}

/// What a batch record reports: a result (in the evaluator's buffers, valid during the call), or a problem.
enum RecordBody {
    case result(recommendation: Int, scores: UnsafeBufferPointer<Int>, rules: UnsafeBufferPointer<Int>, caveats: UnsafeBufferPointer<Int>)
    case problem(AnswerProblem)
}

/// Writes batch records as bytes in one output format.
protocol RecordWriter: Sendable {
    /// The first line of the output (the CSV header), if the format has one.
    var header: [UInt8] { get }
    /// Appends one record, with its final line break.
    func write(line: Int, id: EchoedID, body: RecordBody, to out: inout [UInt8])
}

/// Decimal digits of `number`, appended without building a string.
@inline(__always)
func appendDecimal(_ number: Int, to out: inout [UInt8]) {
    if number < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    var digits:
        (
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
        ) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
        repeat {
            buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            count += 1
        } while magnitude > 0
        for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
    }
}
