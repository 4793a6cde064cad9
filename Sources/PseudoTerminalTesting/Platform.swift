import CProcessSpawn
import SystemPackage
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library calls of the test helpers, in one place (after swift-argument-parser's
/// `Utilities/Platform.swift`): descriptors, pseudo-terminals and their settings, and child
/// processes. The rest of the target calls these. What Swift does not import (glibc's
/// POSIX_SPAWN_SETSID, the wait-status macros) comes from `CProcessSpawn`.
enum Platform {}

/// Errors from the POSIX calls the test helpers make.
public struct SystemCallError: Error, CustomStringConvertible {
    /// The call that failed, with its main argument.
    public let call: String
    /// The errno value it failed with.
    public let code: Int32

    /// A failure of `call`, with the `errno` it left.
    public init(_ call: String, code: Int32 = errno) {
        self.call = call
        self.code = code
    }

    /// The call and the system's words for the error.
    public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}

// MARK: Descriptors

extension Platform {
    /// `descriptor` moved to a number >= 10 with close-on-exec set; the old number is closed.
    static func relocate(_ descriptor: Int32) throws -> Int32 {
        let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
        let code = errno
        systemClose(descriptor)
        guard moved >= 0 else { throw SystemCallError("fcntl(F_DUPFD_CLOEXEC)", code: code) }
        return moved
    }

    static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SystemCallError("pipe") }
        return (ends[0], ends[1])
    }

    static func close(_ descriptor: Int32) {
        systemClose(descriptor)
    }

    /// Writes all of `bytes`, trying again when a signal interrupts.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        do {
            try FileDescriptor(rawValue: descriptor).writeAll(bytes)
        } catch let error as Errno {
            throw SystemCallError("write", code: error.rawValue)
        }
    }

    /// What waiting for input on a descriptor gave.
    enum Input {
        case bytes([UInt8])
        /// Nothing before the time was up (or a signal interrupted the wait).
        case nothing
        /// End of file, or EIO from a terminal that has no slave left.
        case end
    }

    /// Waits at most `milliseconds` for input on `descriptor` and reads what has come.
    static func read(_ descriptor: Int32, waitingAtMost milliseconds: Int32) -> Input {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, milliseconds) > 0 else { return .nothing }
        var chunk = [UInt8](repeating: 0, count: 4096)
        do {
            let count = try chunk.withUnsafeMutableBytes { try FileDescriptor(rawValue: descriptor).read(into: $0) }
            return count > 0 ? .bytes(Array(chunk[..<count])) : .end
        } catch {
            return error as? Errno == .resourceTemporarilyUnavailable ? .nothing : .end
        }
    }
}

// MARK: Pseudo-terminals

extension Platform {
    /// A new pseudo-terminal pair with a window of `columns` × `rows`.
    static func openPseudoTerminal(columns: UInt16, rows: UInt16) throws -> (master: Int32, slave: Int32) {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw SystemCallError("openpty") }
        return (master, slave)
    }

    /// The device path of the terminal on `descriptor`.
    static func terminalName(_ descriptor: Int32) throws -> String {
        var name = [CChar](repeating: 0, count: 256)
        let code = ttyname_r(descriptor, &name, name.count)
        guard code == 0 else { throw SystemCallError("ttyname_r", code: code) }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func terminalSettings(_ descriptor: Int32) throws -> TerminalSettings {
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { throw SystemCallError("tcgetattr") }
        return TerminalSettings(settings)
    }

    /// Turns ECHOCTL off on the terminal at once.
    static func turnOffEchoControl(_ descriptor: Int32) throws {
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { throw SystemCallError("tcgetattr") }
        settings.c_lflag &= ~tcflag_t(ECHOCTL)
        guard tcsetattr(descriptor, TCSANOW, &settings) == 0 else { throw SystemCallError("tcsetattr") }
    }
}

/// The termios fields a program must put back when it is done with a terminal.
public struct TerminalSettings: Equatable, CustomStringConvertible {
    /// `c_iflag`.
    public let inputFlags: tcflag_t
    /// `c_oflag`.
    public let outputFlags: tcflag_t
    /// `c_cflag`.
    public let controlFlags: tcflag_t
    /// `c_lflag`.
    public let localFlags: tcflag_t
    /// `c_cc`, the special characters.
    public let controlCharacters: [cc_t]

    init(_ settings: termios) {
        inputFlags = settings.c_iflag
        outputFlags = settings.c_oflag
        controlFlags = settings.c_cflag
        localFlags = settings.c_lflag
        controlCharacters = withUnsafeBytes(of: settings.c_cc) { Array($0) }
    }

    /// Canonical input (ICANON) is off: a line editor is reading keys.
    public var isRaw: Bool { localFlags & tcflag_t(ICANON) == 0 }

    /// The fields in octal, for a test's failure message.
    public var description: String {
        "iflag=\(String(inputFlags, radix: 8)) oflag=\(String(outputFlags, radix: 8)) "
            + "cflag=\(String(controlFlags, radix: 8)) lflag=\(String(localFlags, radix: 8)) cc=\(controlCharacters)"
    }
}

// MARK: Processes

extension Platform {
    static let killSignal = SIGKILL

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// Starts `executable` in a new session with a default signal disposition, an empty signal
    /// mask and no descriptors other than 0, 1 and 2.
    static func spawn(_ executable: String, arguments: [String], environment: [String: String], streams: ChildProcess.Streams) throws -> pid_t {
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
        // Tests run in parallel: keep descriptors other tests open from leaking in (glibc 2.34 on).
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, process_spawn_setsid_flag() | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw SystemCallError("posix_spawn \(executable)", code: code) }
        return pid
    }

    /// What waiting for a child gave.
    enum Wait {
        case running
        case ended(ChildProcess.Termination)
        case failed
    }

    /// Waits for `pid` to end (or, unless `blocking`, only looks whether it has).
    static func wait(for pid: pid_t, blocking: Bool) -> Wait {
        var status: Int32 = 0
        let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        if result == pid {
            var code: Int32 = 0
            switch process_spawn_termination(status, &code) {
            case 1: return .ended(.exited(code))
            case 2: return .ended(.signaled(code))
            default: return .running
            }
        }
        return result < 0 && errno != EINTR ? .failed : .running
    }

    static func send(_ signalNumber: Int32, to pid: pid_t) {
        kill(pid, signalNumber)
    }

    static func pause(microseconds: UInt32) {
        usleep(microseconds)
    }
}

// The C functions under names that the wrappers above do not hide.
@discardableResult private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
