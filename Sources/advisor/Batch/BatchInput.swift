import Foundation
import SystemPackage

/// The input of `advisor batch`: an open file descriptor and what is known of its size.
struct BatchInput {
    let descriptor: Int32
    /// The name for messages: the path, or `<stdin>`.
    let name: String
    /// The size in bytes when the input is a regular file (for the progress bar's ETA).
    let size: Int?

    /// Opens `path`, or standard input for `-`. Folders are refused; pipes and devices are fine.
    static func open(_ path: String) throws(Failure) -> BatchInput {
        if path == "-" { return BatchInput(descriptor: Platform.standardInput, name: "<stdin>", size: regularFileSize(Platform.standardInput)) }
        let descriptor: Int32
        do {
            descriptor = try Platform.openForReading(path)
        } catch {
            throw Failure.other(message: "\(path): \(error.isNoSuchFile ? "no such file" : "cannot read it (\(error))")", status: .noInput)
        }
        if case .folder? = Platform.kind(of: descriptor) {
            try? Platform.close(descriptor)
            throw Failure.other(message: "\(path): is a folder, not a file", status: .noInput)
        }
        return BatchInput(descriptor: descriptor, name: path, size: regularFileSize(descriptor))
    }

    private static func regularFileSize(_ descriptor: Int32) -> Int? {
        guard case .regular(let size)? = Platform.kind(of: descriptor) else { return nil }
        return size
    }
}

/// Cuts JSON Lines input into chunks of whole lines, reading a block at a time straight into
/// the chunk, so that memory stays the same however long the input is.
struct JSONLChunkReader {
    static let blockSize = 256 << 10
    /// Lines longer than this are skipped with an error record rather than held in memory.
    static let maximumLineLength = 16 << 20
    /// Room for one block, appended to a chunk before reading into it (a plain copy).
    private static let emptyBlock = [UInt8](repeating: 0, count: blockSize)

    let input: BatchInput
    /// Where the chunks' buffers come from (and go back to once their records are written).
    let pool: BufferPool
    /// The start of a line not yet complete.
    private var carry: [UInt8] = []
    private var nextLine = 1
    private var atEnd = false
    private var skippingLongLine = false

    init(input: BatchInput, pool: BufferPool) {
        self.input = input
        self.pool = pool
    }

    /// The next chunk, or nil at the end of the input.
    mutating func next() throws(Failure) -> BatchChunk? {
        while true {
            if atEnd {
                guard !carry.isEmpty else { return nil }
                defer { carry = [] }
                return .lines(bytes: carry, firstLine: nextLine)
            }
            let carried = carry.count
            var chunk = try readBlock(after: carry)
            guard chunk.count > carried else {
                atEnd = true
                continue
            }
            if skippingLongLine {
                guard let newline = Self.firstNewline(in: chunk) else {
                    carry = []
                    continue
                }
                skippingLongLine = false
                chunk.removeSubrange(...newline)
            }
            // The carried bytes hold no line break, so only the new block needs looking at
            // (which keeps a long line linear to cut).
            guard let last = Self.lastNewline(in: chunk, from: skippingLongLine ? 0 : min(carried, chunk.count)) else {
                carry = chunk
                if carry.count > Self.maximumLineLength {
                    defer { nextLine += 1 }
                    carry = []
                    skippingLongLine = true
                    return .overlongLine(nextLine, limit: Self.maximumLineLength)
                }
                continue
            }
            carry = Array(chunk[(last + 1)...])
            chunk.removeLast(chunk.count - last - 1)
            let firstLine = nextLine
            nextLine += Self.lineBreaks(in: chunk)
            return .lines(bytes: chunk, firstLine: firstLine)
        }
    }

    /// `prefix` followed by at most one block read from the input, in a buffer from the pool.
    private func readBlock(after prefix: [UInt8]) throws(Failure) -> [UInt8] {
        var chunk = pool.take(capacity: prefix.count + Self.blockSize)
        chunk.append(contentsOf: prefix)
        let start = chunk.count
        chunk.append(contentsOf: Self.emptyBlock)
        let descriptor = input.descriptor
        let read = chunk.withUnsafeMutableBytes { buffer -> Result<Int, Errno> in
            guard let base = buffer.baseAddress else { return .success(0) }
            return Result { () throws(Errno) in try Platform.read(descriptor, into: base + start, count: Self.blockSize) }
        }
        let count: Int
        switch read {
        case .success(let read): count = read
        case .failure(let error): throw Failure.other(message: "\(input.name): cannot read it (\(error))", status: .noInput)
        }
        chunk.removeLast(Self.blockSize - count)
        return chunk
    }

    /// The index of the last line break at or after `start`.
    private static func lastNewline(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = buffer.count - 1
            while index >= start {
                if buffer[index] == UInt8(ascii: "\n") { return index }
                index -= 1
            }
            return nil
        }
    }

    private static func firstNewline(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { Platform.firstLineBreak(in: $0) }
    }

    private static func lineBreaks(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { buffer in
            var start = 0, count = 0
            while let found = Platform.firstLineBreak(in: UnsafeRawBufferPointer(rebasing: buffer[start...])) {
                count += 1
                start += found + 1
            }
            return count
        }
    }
}
