#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// The C library calls of the `advisor` command, in one place (after swift-argument-parser's
/// `Utilities/Platform.swift`): the terminal, the environment, signals, and reading and writing
/// file descriptors (through swift-system, which retries a call a signal interrupts). The rest of
/// the target calls these, and imports no C library itself. (Replacing a file goes through
/// `AtomicFiles`, line editing through `LineEditor`.)
enum Platform {}

// MARK: Errors

extension Errno {
    /// Nothing is there: the file, or a folder on the way to it, does not exist.
    var isNoSuchFile: Bool { self == .noSuchFileOrDirectory || self == .notDirectory }
}

// MARK: The terminal, the environment and signals

extension Platform {
    static let standardInput = STDIN_FILENO
    static let standardOutput = STDOUT_FILENO
    static let standardError = STDERR_FILENO

    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The width of the terminal on `descriptor`, if it is one and says.
    static func terminalColumns(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard isTerminal(descriptor), ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// One environment variable. (`ProcessInfo.environment` would copy them all into a
    /// dictionary, a noticeable part of start-up.)
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Lets SIGPIPE end the process, as it ends other Unix tools when their reader goes away.
    static func restoreDefaultBrokenPipeSignal() {
        signal(SIGPIPE, SIG_DFL)
    }

    /// Ends the process as SIGPIPE would have (the shell reports 128 + its number), for when the
    /// signal is ignored and a write fails with EPIPE instead.
    static func exitAsBrokenPipe() -> Never {
        exit(128 + SIGPIPE)
    }

    /// The path of program `name` in the folder of this program's own executable.
    static func siblingProgram(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let own = count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = own.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/" + name
    }

    /// Replaces this process with the program at `path` (standard input, output and error carry
    /// over); returns only when it cannot, with the reason.
    static func replaceProcess(with path: String, arguments: [String]) -> Errno {
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(path, &cArguments)
        let error = Errno(rawValue: errno)
        for argument in cArguments { free(argument) }
        return error
    }

    /// Seconds on a clock that only moves forward.
    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

// MARK: Files

extension Platform {
    /// What a path or descriptor is.
    enum FileKind {
        case folder
        case regular(size: Int)
        /// A symbolic link (at a path), a device, a pipe or a socket.
        case other
    }

    /// What is at `path`, not following a symbolic link at its end.
    static func kind(atPath path: String) -> Result<FileKind, Errno> {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .failure(Errno(rawValue: errno)) }
        return .success(kind(status))
    }

    /// What `descriptor` is open on, if it can tell.
    static func kind(of descriptor: Int32) -> FileKind? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return kind(status)
    }

    private static func kind(_ status: stat) -> FileKind {
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .regular(size: Int(status.st_size))
        default: return .other
        }
    }

    /// Renames `path` to `newPath`, replacing what is there.
    static func renameFile(_ path: String, to newPath: String) throws(Errno) {
        guard rename(path, newPath) == 0 else { throw Errno(rawValue: errno) }
    }

    /// Removes the file at `path`, if there is one.
    static func removeFile(_ path: String) {
        unlink(path)
    }

    /// Opens (creating it, readable by its owner only) the file at `path` and takes an exclusive
    /// lock on it without waiting: the open descriptor, which holds the lock until it is closed
    /// or the process ends; nil when another process holds the lock or the file cannot be opened.
    static func lockExclusively(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            try? close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Closes a descriptor from `lockExclusively`, which releases its lock.
    static func unlock(_ descriptor: Int32) {
        try? close(descriptor)
    }

    /// Whether this process may write the file at `path`; the error when not.
    static func checkWritable(_ path: String) throws(Errno) {
        guard access(path, W_OK) == 0 else { throw Errno(rawValue: errno) }
    }

    static func openForReading(_ path: String) throws(Errno) -> Int32 {
        try withErrno { try FileDescriptor.open(path, .readOnly).rawValue }
    }

    /// Opens `path` for writing from its start, creating it as a plain create would (0666 less the umask).
    static func openForWriting(_ path: String) throws(Errno) -> Int32 {
        try withErrno {
            try FileDescriptor.open(path, .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite, .groupReadWrite, .otherReadWrite]).rawValue
        }
    }

    /// Reads at most `count` bytes (0 at the end), trying again when a signal interrupts.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) throws(Errno) -> Int {
        try withErrno { try FileDescriptor(rawValue: descriptor).read(into: UnsafeMutableRawBufferPointer(start: buffer, count: count)) }
    }

    /// Writes all of `bytes`, trying again when a signal interrupts.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) {
        try withErrno { try FileDescriptor(rawValue: descriptor).writeAll(bytes) }
    }

    static func close(_ descriptor: Int32) throws(Errno) {
        try withErrno { try FileDescriptor(rawValue: descriptor).close() }
    }

    /// swift-system's calls throw untyped, but only `Errno`.
    @discardableResult
    private static func withErrno<Value>(_ body: () throws -> Value) throws(Errno) -> Value {
        do {
            return try body()
        } catch let error as Errno {
            throw error
        } catch {
            throw Errno(rawValue: EIO)
        }
    }

    /// The offset of the first line break in `bytes`, if any.
    static func firstLineBreak(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(UInt8(ascii: "\n")), bytes.count) else { return nil }
        return UnsafeRawPointer(found) - base
    }
}
