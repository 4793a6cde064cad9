import Foundation
import Glibc

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

    /// glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not expose.
    private static let spawnSetSessionFlag: Int32 = 0x80
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

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
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        switch streams {
        case .terminal(let path):
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        case .pipes(let input, let output):
            posix_spawn_file_actions_adddup2(&actions, input, 0)
            posix_spawn_file_actions_adddup2(&actions, output, 1)
            posix_spawn_file_actions_adddup2(&actions, output, 2)
        }
        // Tests run in parallel: keep descriptors other tests open from leaking in.
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, Int16(spawnSetSessionFlag | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw SystemCallError("posix_spawn \(executable)", code: code) }
        return ChildProcess(pid: pid)
    }

    /// Sends `signalNumber` unless the child has already been waited for.
    public func send(signal signalNumber: Int32) {
        guard termination == nil else { return }
        kill(pid, signalNumber)
    }

    /// Waits for the child to end; after the deadline it is killed and `nil` returned.
    public func waitForExit(within limit: Duration = OutputReader.defaultLimit) -> Termination? {
        if let termination {
            return termination
        }
        let deadline = ContinuousClock.now + limit
        var status: Int32 = 0
        while ContinuousClock.now < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                termination = Self.termination(fromWaitStatus: status)
                return termination
            }
            if result < 0 && errno != EINTR {
                return nil
            }
            usleep(5_000)
        }
        kill(pid, SIGKILL)
        if waitpid(pid, &status, 0) == pid {
            termination = Self.termination(fromWaitStatus: status)
        }
        return nil
    }

    /// Kills and reaps the child if it is still running.
    public func stop() {
        guard termination == nil else { return }
        kill(pid, SIGKILL)
        _ = waitForExit()
    }

    /// Decodes a waitpid status (the WIFEXITED / WTERMSIG macros are not
    /// available in Swift).
    private static func termination(fromWaitStatus status: Int32) -> Termination {
        let signalBits = status & 0x7f
        return signalBits == 0 ? .exited((status >> 8) & 0xff) : .signaled(signalBits)
    }
}
