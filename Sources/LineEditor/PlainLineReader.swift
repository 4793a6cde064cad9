import Foundation

/// Reads lines from a file descriptor that is not a terminal (a pipe or a file).
///
/// It prints nothing: no prompt and no escape codes. A line ends at `"\n"`;
/// one `"\r"` right before it is dropped too. A last line without a final
/// newline is still returned. Bytes that are not valid UTF-8 become U+FFFD.
/// After the end of input every call returns ``LineInput/endOfInput``.
/// History is not kept: ``addHistory(_:)`` does nothing.
public final class PlainLineReader: LineReading {
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let chunkSize = 4096

    private let fileDescriptor: Int32
    /// Keeps a handle given to ``init(fileHandle:)`` (and so its descriptor) alive.
    private let fileHandle: FileHandle?
    private var pending: [UInt8] = []
    private var reachedEnd = false

    /// Reads from `fileDescriptor`, which is not closed by this reader.
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        self.fileHandle = nil
    }

    /// Reads from standard input.
    public convenience init() {
        self.init(fileDescriptor: Platform.standardInput)
    }

    /// Reads from `fileHandle`, which is kept alive as long as this reader.
    public init(fileHandle: FileHandle) {
        self.fileDescriptor = fileHandle.fileDescriptor
        self.fileHandle = fileHandle
    }

    /// Returns the next line; `prompt` is ignored.
    public func readLine(prompt: String) -> LineInput {
        while true {
            if let newlineIndex = pending.firstIndex(of: Self.newline) {
                var lineBytes = pending[..<newlineIndex]
                if lineBytes.last == Self.carriageReturn {
                    lineBytes = lineBytes.dropLast()
                }
                let line = String(decoding: lineBytes, as: UTF8.self)
                pending.removeSubrange(...newlineIndex)
                return .line(line)
            }
            if reachedEnd {
                guard !pending.isEmpty else { return .endOfInput }
                let line = String(decoding: pending, as: UTF8.self)
                pending.removeAll()
                return .line(line)
            }
            readMore()
        }
    }

    /// Does nothing: piped input has no history.
    public func addHistory(_ line: String) {}

    /// Always empty.
    public var warnings: [String] { [] }

    /// Stops reading; later calls to ``readLine(prompt:)`` return `.endOfInput`.
    public func close() {
        pending.removeAll()
        reachedEnd = true
    }

    /// Appends the next chunk of input to `pending`, or marks the end of input
    /// (at end of file or on a read error other than EINTR).
    private func readMore() {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let count = chunk.withUnsafeMutableBytes { Platform.read(fileDescriptor, into: $0) } ?? 0
        if count > 0 {
            pending.append(contentsOf: chunk[..<count])
        } else {
            reachedEnd = true
        }
    }
}
