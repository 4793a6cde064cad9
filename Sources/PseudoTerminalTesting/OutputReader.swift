import Foundation

/// Collects what a child process writes to a descriptor (a pipe or a
/// pseudo-terminal master), waiting with poll() up to a deadline.
///
/// The deadlines only keep a broken test from hanging; no test asserts on
/// how long anything takes.
public final class OutputReader {
    /// How long the waits wait unless told otherwise.
    public static let defaultLimit: Duration = .seconds(10)

    /// The descriptor read from (not closed by the reader).
    public let descriptor: Int32
    /// Everything read so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether end of file (or EIO from a terminal without a slave) was seen.
    public private(set) var reachedEnd = false

    /// Reads from `descriptor`, which should stay open as long as the reader is used.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Everything read so far, for failure messages (escape codes made visible).
    public var transcript: String {
        String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\u{1b}", with: "\\e")
            .replacingOccurrences(of: "\r", with: "\\r")
    }

    /// Waits until `text` occurs at or after byte `offset` and returns the
    /// offset just after it; `nil` if the deadline passes or the output ends first.
    public func waitFor(_ text: String, after offset: Int = 0, within limit: Duration = defaultLimit) -> Int? {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + limit
        while true {
            if let end = Self.find(needle, in: bytes, from: offset) {
                return end
            }
            if reachedEnd || ContinuousClock.now >= deadline {
                return nil
            }
            pump(until: deadline)
        }
    }

    /// Waits until one of `texts` occurs at or after byte `offset` and returns
    /// which one (its index in `texts`, the earliest occurrence winning) and the
    /// offset just after it; `nil` if the deadline passes or the output ends first.
    public func waitForFirst(
        of texts: [String], after offset: Int = 0, within limit: Duration = defaultLimit
    ) -> (index: Int, end: Int)? {
        let needles = texts.map { Array($0.utf8) }
        let deadline = ContinuousClock.now + limit
        while true {
            let found = needles.enumerated().compactMap { index, needle in
                Self.find(needle, in: bytes, from: offset).map { (index: index, end: $0, start: $0 - needle.count) }
            }
            if let first = found.min(by: { $0.start < $1.start }) {
                return (first.index, first.end)
            }
            if reachedEnd || ContinuousClock.now >= deadline {
                return nil
            }
            pump(until: deadline)
        }
    }

    /// The output from byte `offset` on, as text (for checks on one part of it).
    public func text(from offset: Int = 0) -> String {
        String(decoding: bytes[min(offset, bytes.count)...], as: UTF8.self)
    }

    /// Reads until end of file; `false` if the deadline passes first.
    public func readToEnd(within limit: Duration = defaultLimit) -> Bool {
        let deadline = ContinuousClock.now + limit
        while !reachedEnd && ContinuousClock.now < deadline {
            pump(until: deadline)
        }
        return reachedEnd
    }

    /// Waits (at most 50 ms, and not past `deadline`) for data and appends it.
    public func pump(until deadline: ContinuousClock.Instant) {
        let remaining = min(deadline - ContinuousClock.now, .milliseconds(50))
        let milliseconds = max(
            0,
            Int32(
                remaining.components.seconds * 1000
                    + remaining.components.attoseconds / 1_000_000_000_000_000))
        switch Platform.read(descriptor, waitingAtMost: milliseconds) {
        case .bytes(let read): bytes.append(contentsOf: read)
        case .nothing: break
        case .end: reachedEnd = true  // End of file, or EIO once a terminal has no slave left.
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from offset: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, offset <= haystack.count - needle.count else {
            return nil
        }
        for start in offset...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start + needle.count
        }
        return nil
    }
}
