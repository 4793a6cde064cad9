import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The input of `advisor batch`: an open file descriptor and what is known of its size.
struct BatchInput {
    let descriptor: Int32
    /// The name for messages: the path, or `<stdin>`.
    let name: String
    /// The size in bytes when the input is a regular file (for the progress bar's ETA).
    let size: Int?

    /// Opens `path`, or standard input for `-`. Folders are refused; pipes and devices are fine.
    static func open(_ path: String) throws(Failure) -> BatchInput {
        if path == "-" { return BatchInput(descriptor: STDIN_FILENO, name: "<stdin>", size: regularFileSize(STDIN_FILENO)) }
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let missing = errno == ENOENT || errno == ENOTDIR
            throw Failure.other(message: "\(path): \(missing ? "no such file" : "cannot read it (\(String(cString: strerror(errno))))")", exitCode: 66)
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw Failure.other(message: "\(path): is a folder, not a file", exitCode: 66)
        }
        return BatchInput(descriptor: descriptor, name: path, size: regularFileSize(descriptor))
    }

    private static func regularFileSize(_ descriptor: Int32) -> Int? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}

/// Cuts JSON Lines input into chunks of whole lines, reading a block at a time, so that memory
/// stays the same however long the input is.
struct JSONLChunkReader {
    static let blockSize = 1 << 20
    /// Lines longer than this are skipped with an error record rather than held in memory.
    static let maximumLineLength = 16 << 20

    let input: BatchInput
    private var carry: [UInt8] = []
    private var block: [UInt8]
    private var nextLine = 1
    private var atEnd = false
    private var skippingLongLine = false

    init(input: BatchInput) {
        self.input = input
        block = Array(repeating: 0, count: Self.blockSize)
    }

    /// The next chunk, or nil at the end of the input.
    mutating func next() throws(Failure) -> BatchChunk? {
        while true {
            if atEnd {
                guard !carry.isEmpty else { return nil }
                defer { carry = [] }
                return .lines(bytes: carry, firstLine: nextLine)
            }
            let count = try readBlock()
            guard count > 0 else {
                atEnd = true
                continue
            }
            var start = 0
            if skippingLongLine {
                guard let newline = block[0..<count].firstIndex(of: UInt8(ascii: "\n")) else { continue }
                skippingLongLine = false
                start = newline + 1
            }
            carry.append(contentsOf: block[start..<count])
            guard let last = carry.lastIndex(of: UInt8(ascii: "\n")) else {
                if carry.count > Self.maximumLineLength {
                    defer { nextLine += 1 }
                    carry = []
                    skippingLongLine = true
                    return .overlongLine(nextLine, limit: Self.maximumLineLength)
                }
                continue
            }
            let lines = Array(carry[...last])
            carry.removeSubrange(...last)
            let firstLine = nextLine
            nextLine += lines.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            return .lines(bytes: lines, firstLine: firstLine)
        }
    }

    private mutating func readBlock() throws(Failure) -> Int {
        let descriptor = input.descriptor
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw Failure.other(message: "\(input.name): cannot read it (\(String(cString: strerror(errno))))", exitCode: 66)
        }
    }
}
