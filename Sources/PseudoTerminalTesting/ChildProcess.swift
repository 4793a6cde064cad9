import Foundation

/// A program started with posix_spawn in a new session, with its standard
/// streams on a pseudo-terminal (which becomes its controlling terminal, so
/// Ctrl-C raises SIGINT) or on pipes.
public final class ChildProcess {
    /// Where the child's standard input, output and error go.
    public enum Streams {
        /// All three on the terminal at `path`, opened after `setsid()` so it
        /// becomes the controlling terminal.
        case terminal(path: String)
        /// Standard input from `input`; standard output and error to `output`.
        case pipes(input: Int32, output: Int32)
    }

    /// How the child ended.
    public enum Termination: Equatable, Sendable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal with this number ended it.
        case signaled(Int32)
    }

    /// The child's process id.
    public let pid: pid_t
    /// Set once the child has been waited for; its pid may then belong to
    /// another process, so it is never signalled again.
    public private(set) var termination: Termination?

    private init(pid: pid_t) {
        self.pid = pid
    }

    /// Starts `executable` with a default signal disposition and an empty
    /// signal mask, and no descriptors other than 0, 1 and 2.
    public static func launch(
        _ executable: String, arguments: [String] = [], environment: [String: String], streams: Streams
    ) throws -> ChildProcess {
        ChildProcess(pid: try Platform.spawn(executable, arguments: arguments, environment: environment, streams: streams))
    }

    /// Sends `signalNumber` unless the child has already been waited for.
    public func send(signal signalNumber: Int32) {
        guard termination == nil else { return }
        Platform.send(signalNumber, to: pid)
    }

    /// Waits for the child to end; after the deadline it is killed and `nil` returned.
    public func waitForExit(within limit: Duration = OutputReader.defaultLimit) -> Termination? {
        if let termination {
            return termination
        }
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            switch Platform.wait(for: pid, blocking: false) {
            case .ended(let ended):
                termination = ended
                return ended
            case .failed:
                return nil
            case .running:
                Platform.pause(microseconds: 5_000)
            }
        }
        Platform.send(Platform.killSignal, to: pid)
        if case .ended(let ended) = Platform.wait(for: pid, blocking: true) {
            termination = ended
        }
        return nil
    }

    /// Kills and reaps the child if it is still running.
    public func stop() {
        guard termination == nil else { return }
        Platform.send(Platform.killSignal, to: pid)
        _ = waitForExit()
    }

}
