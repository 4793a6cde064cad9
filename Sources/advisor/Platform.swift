#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library calls of the `advisor` command, in one place (after swift-argument-parser's
/// `Utilities/Platform.swift`): the terminal, the environment, signals, and reading and writing
/// file descriptors. The rest of the target calls these, and imports no C library itself.
/// (Replacing a file goes through `AtomicFiles`, line editing through `LineEditor`.)
enum Platform {}

// MARK: Errors

extension Platform {
    /// A failed call's `errno`, with its text ("No such file or directory").
    struct SystemError: Error, CustomStringConvertible {
        var code: Int32

        static var current: SystemError { SystemError(code: errno) }

        /// Nothing is there: the file, or a folder on the way to it, does not exist.
        var isNoSuchFile: Bool { code == ENOENT || code == ENOTDIR }
        /// The reader of a pipe went away.
        var isBrokenPipe: Bool { code == EPIPE }

        var description: String { String(cString: strerror(code)) }
    }
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
    static func kind(atPath path: String) -> Result<FileKind, SystemError> {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .failure(.current) }
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

    /// Whether this process may write the file at `path`; the error when not.
    static func checkWritable(_ path: String) throws(SystemError) {
        guard access(path, W_OK) == 0 else { throw .current }
    }

    static func openForReading(_ path: String) throws(SystemError) -> Int32 {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .current }
        return descriptor
    }

    /// Opens `path` for writing from its start, creating it as a plain create would (0666 less the umask).
    static func openForWriting(_ path: String) throws(SystemError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw .current }
        return descriptor
    }

    /// Reads at most `count` bytes (0 at the end), trying again when a signal interrupts.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) throws(SystemError) -> Int {
        while true {
            let read = systemRead(descriptor, buffer, count)
            if read >= 0 { return read }
            if errno != EINTR { throw .current }
        }
    }

    /// Writes all of `bytes`, trying again when a signal interrupts.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        var written = 0
        while written < bytes.count, let base = bytes.baseAddress {
            let count = systemWrite(descriptor, base + written, bytes.count - written)
            if count >= 0 {
                written += count
            } else if errno != EINTR {
                throw .current
            }
        }
    }

    static func close(_ descriptor: Int32) throws(SystemError) {
        guard systemClose(descriptor) == 0 else { throw .current }
    }

    /// The offset of the first line break in `bytes`, if any.
    static func firstLineBreak(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(UInt8(ascii: "\n")), bytes.count) else { return nil }
        return UnsafeRawPointer(found) - base
    }
}

// The C functions under names that the wrappers above do not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(descriptor, buffer, count) }
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, bytes, count) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
