import Foundation
import SystemPackage

/// CSV input as CSV.swift reads it: the file descriptor read directly, with a limit on the length
/// of a line. CSV.swift holds a whole row as strings, so one enormous line (a corrupt or hostile
/// file) would otherwise take memory and time in proportion; past the limit the stream fails
/// instead and says on which line.
final class LineLimitedInputStream: InputStream {
    let descriptor: Int32
    let maximumLineLength: Int
    /// The line (counting line breaks from 1) that passed the limit, once one has.
    private(set) var overlongLine: Int?
    /// Whether the beginning of that line was delivered before the limit was found, in which
    /// case CSV.swift ends its last row with the truncated line: a row to drop.
    private(set) var overlongLineWasStarted = false
    private var line = 1
    private var lineLength = 0
    private var status: Stream.Status = .notOpen
    private var failure: Error?

    init(descriptor: Int32, maximumLineLength: Int) {
        self.descriptor = descriptor
        self.maximumLineLength = maximumLineLength
        super.init(data: Data())
    }

    override func open() { if status == .notOpen { status = .open } }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { failure }
    override var hasBytesAvailable: Bool { status == .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if overlongLine != nil, status == .open {
            // The lines before the long one were delivered by the last read; now fail.
            status = .error
            failure = POSIXError(.EFBIG)
        }
        guard status == .open else { return status == .atEnd ? 0 : -1 }
        let count: Int
        do {
            count = try Platform.read(descriptor, into: buffer, count: maxLength)
        } catch {
            failure = POSIXError(POSIXErrorCode(rawValue: error.rawValue) ?? .EIO)
            status = .error
            return -1
        }
        if count == 0 {
            status = .atEnd
            return 0
        }
        var lastLineEnd = -1
        let lengthBefore = lineLength
        for index in 0..<count {
            if buffer[index] == UInt8(ascii: "\n") {
                line += 1
                lineLength = 0
                lastLineEnd = index
            } else {
                lineLength += 1
                if lineLength > maximumLineLength {
                    overlongLine = line
                    // Deliver the whole lines before it first, so that their rows get records.
                    if lastLineEnd >= 0 { return lastLineEnd + 1 }
                    overlongLineWasStarted = lengthBefore > 0
                    failure = POSIXError(.EFBIG)
                    status = .error
                    return -1
                }
            }
        }
        return count
    }
}
