import Foundation

/// Byte buffers handed back after use and handed out again, so that a long run allocates its
/// blocks of input and output once: memory stays at what the first blocks took, however long the
/// input, without asking the system for fresh pages for every block.
final class BufferPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [[UInt8]] = []
    /// At most this many buffers are kept; more are let go.
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// An empty buffer with at least `capacity` bytes reserved.
    func take(capacity: Int) -> [UInt8] {
        lock.lock()
        var buffer = free.popLast() ?? []
        lock.unlock()
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(capacity)
        return buffer
    }

    /// Gives a buffer back for another block.
    func give(_ buffer: consuming [UInt8]) {
        lock.lock()
        if free.count < limit { free.append(buffer) }
        lock.unlock()
    }
}
