import Foundation

/// Worker threads that process submitted items in parallel and hand the results back in the
/// order the items were submitted.
///
/// The submitting thread alternates `submit` and `next`: it keeps at most `capacity` items in
/// flight, so memory stays bounded however long the input is.
final class OrderedWorkQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    let capacity: Int
    private let condition = NSCondition()
    /// At most `capacity` items, so taking from the front is cheap.
    private var pending: [(sequence: Int, item: Input)] = []
    private var finished: [Int: Output] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closed = false

    /// Starts `workers` threads; each builds its own processing function with `makeWorker`.
    init(workers: Int, capacity: Int, makeWorker: @escaping @Sendable () -> (Input) -> Output) {
        self.capacity = capacity
        for _ in 0..<max(1, workers) {
            let thread = Thread { [self] in self.work(makeWorker()) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Items submitted and not yet handed back.
    var inFlight: Int { submitted - delivered }

    /// Queues an item; the caller must first take results while `inFlight == capacity`.
    func submit(_ item: Input) {
        condition.lock()
        pending.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The result of the oldest item not yet handed back, waiting for it; nil when none is in flight.
    func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < submitted else { return nil }
        while finished[delivered] == nil { condition.wait() }
        let output = finished.removeValue(forKey: delivered)
        delivered += 1
        return output
    }

    /// Lets the workers end once the queue is empty.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func work(_ process: (Input) -> Output) {
        while true {
            condition.lock()
            while pending.isEmpty && !closed { condition.wait() }
            guard !pending.isEmpty else {
                condition.unlock()
                return
            }
            let (sequence, item) = pending.removeFirst()
            condition.unlock()
            let output = process(item)
            condition.lock()
            finished[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}
