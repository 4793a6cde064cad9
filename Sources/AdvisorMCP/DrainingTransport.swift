import Foundation
import Logging
import MCP

/// A transport that lets the server answer every request it has read before it stops.
///
/// The SDK's server handles each request in a task of its own and stops reading when the input
/// ends, so requests piped in ahead of the end (`printf … | advisor mcp`, a client that closes
/// its side right after sending) would lose their answers. This transport ends the stream of
/// messages only once every request read has been answered, or after `patience` seconds.
actor DrainingTransport: Transport {
    private let inner: any Transport
    nonisolated let logger: Logger
    /// How long to wait, once the input has ended, for answers still being worked out.
    private let patience: Duration
    /// The ids of requests read and not yet answered, as JSON text.
    private var unanswered: Set<String> = []
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ inner: any Transport, logger: Logger, patience: Duration = .seconds(60)) {
        self.inner = inner
        self.logger = logger
        self.patience = patience
    }

    func connect() async throws { try await inner.connect() }

    func disconnect() async { await inner.disconnect() }

    func send(_ data: Data) async throws {
        try await inner.send(data)
        for id in Self.ids(in: data, responses: true) { unanswered.remove(id) }
        if unanswered.isEmpty { release() }
    }

    nonisolated func receive() -> AsyncThrowingStream<Data, Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await message in await self.inner.receive() {
                        await self.note(message)
                        continuation.yield(message)
                    }
                    await self.untilAnswered()
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func note(_ message: Data) {
        unanswered.formUnion(Self.ids(in: message, responses: false))
    }

    /// Returns once every request read has been answered, or after `patience`.
    private func untilAnswered() async {
        guard !unanswered.isEmpty else { return }
        let patience = self.patience
        let timer = Task {
            try? await Task.sleep(for: patience)
            self.release()
        }
        await withCheckedContinuation { waiting.append($0) }
        timer.cancel()
    }

    private func release() {
        let resumed = waiting
        waiting.removeAll()
        for continuation in resumed { continuation.resume() }
    }

    /// The ids of the requests (with `responses`: of the responses) in a message or a batch.
    static func ids(in message: Data, responses: Bool) -> [String] {
        guard let parsed = try? JSONSerialization.jsonObject(with: message) else { return [] }
        let objects = (parsed as? [Any] ?? [parsed]).compactMap { $0 as? [String: Any] }
        return objects.compactMap { object in
            let isResponse = object["result"] != nil || object["error"] != nil
            guard isResponse == responses, responses || object["method"] != nil, let id = object["id"] else { return nil }
            if let text = id as? String { return "s:" + text }
            if let number = id as? NSNumber { return "n:" + number.stringValue }
            return nil
        }
    }
}
