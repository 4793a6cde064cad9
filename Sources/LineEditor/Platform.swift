#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// The C library calls of the line editor, in one place (after swift-argument-parser's
/// `Utilities/Platform.swift`): the standard streams, the locale, signals, terminal settings and
/// reading and writing descriptors (through swift-system). libedit itself is called through `CEditLine`; replacing the
/// history file goes through `AtomicFiles`.
enum Platform {}

// MARK: Streams, the terminal and the locale

extension Platform {
    static let standardInput = STDIN_FILENO
    static let standardOutput = STDOUT_FILENO

    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Selects the user's locale, so that multibyte (UTF-8) input works; when its character set
    /// is not UTF-8, `LC_CTYPE` becomes `C.UTF-8` where there is one.
    static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" {
            return
        }
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// Clears O_NONBLOCK on `descriptor` (the signal handler sets it on standard input, and a
    /// crashed program may have left it behind).
    static func makeBlocking(_ descriptor: Int32) {
        let flags = fcntl(descriptor, F_GETFL)
        if flags != -1 && flags & O_NONBLOCK != 0 {
            _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        }
    }
}

// MARK: Signals

extension Platform {
    static let interruptSignal = SIGINT
    static let terminateSignal = SIGTERM
    static let hangUpSignal = SIGHUP

    /// The `errno` of the call just made, and whether it says a signal interrupted it.
    static var lastError: Int32 { errno }
    static func isInterruption(_ error: Int32) -> Bool { error == EINTR }

    /// Puts back a signal's action, as `sigaction` returned it when it was replaced.
    static func restoreAction(_ action: sigaction, of signalNumber: Int32) {
        var previous = action
        _ = sigaction(signalNumber, &previous, nil)
    }

    /// Ends the process with the status a shell reports for `signalNumber` (128 + it).
    static func exit(bySignal signalNumber: Int32) -> Never {
        systemExit(128 + signalNumber)
    }
}

// MARK: Reading and writing

extension Platform {
    /// Reads at most `buffer.count` bytes, trying again when a signal interrupts; 0 at the end,
    /// nil on an error.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        try? FileDescriptor(rawValue: descriptor).read(into: buffer)
    }

    /// Writes all of `bytes` unless an error other than an interruption stops it.
    static func write(_ descriptor: Int32, _ bytes: [UInt8]) {
        _ = try? FileDescriptor(rawValue: descriptor).writeAll(bytes)
    }
}

// MARK: Terminal settings

/// A snapshot of a terminal's settings (termios), to put back later.
struct TerminalModes {
    private let fileDescriptor: Int32
    private let settings: termios

    /// Reads the settings of `fileDescriptor`; `nil` if it is not a terminal.
    init?(of fileDescriptor: Int32) {
        var settings = termios()
        guard tcgetattr(fileDescriptor, &settings) == 0 else { return nil }
        self.fileDescriptor = fileDescriptor
        self.settings = settings
    }

    /// Applies the saved settings again, after pending output is written.
    func restore() {
        var settings = self.settings
        while tcsetattr(fileDescriptor, TCSADRAIN, &settings) != 0 && errno == EINTR {}
    }
}

// The C functions under names that the wrappers above do not hide.
private func systemExit(_ status: Int32) -> Never { exit(status) }
