import Glibc

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

    /// The fields of `settings`.
    public init(_ settings: termios) {
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

/// A pseudo-terminal pair. The test keeps the slave open (to read its
/// settings) and talks to the program through the master.
public final class PseudoTerminal {
    /// The side the test reads and types on.
    public let master: Int32
    /// The program's side, kept open by the test too.
    public let slave: Int32
    /// The slave's device path, for a child to open as its controlling terminal.
    public let slavePath: String
    /// What the program writes to the terminal (echo included).
    public let output: OutputReader

    /// Opens a pair with an 80×24 window; both descriptors are close-on-exec.
    public init() throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw SystemCallError("openpty") }
        self.master = try FileDescriptors.relocate(master)
        self.slave = try FileDescriptors.relocate(slave)
        var name = [CChar](repeating: 0, count: 256)
        let code = ttyname_r(self.slave, &name, name.count)
        guard code == 0 else { throw SystemCallError("ttyname_r", code: code) }
        slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        output = OutputReader(descriptor: self.master)
    }

    deinit {
        close(master)
        close(slave)
    }

    /// Turns ECHOCTL off: a setting libedit's own "cooked" mode turns on, so
    /// only a program that puts back the exact settings it found leaves the
    /// terminal as it was.
    public func useUncommonSettings() throws {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { throw SystemCallError("tcgetattr") }
        settings.c_lflag &= ~tcflag_t(ECHOCTL)
        guard tcsetattr(slave, TCSANOW, &settings) == 0 else { throw SystemCallError("tcsetattr") }
    }

    /// The slave's current settings.
    public func settings() throws -> TerminalSettings {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { throw SystemCallError("tcgetattr") }
        return TerminalSettings(settings)
    }

    /// Sends `keys` as if typed.
    public func type(_ keys: String) throws {
        try FileDescriptors.writeAll(Array(keys.utf8), to: master)
    }

    /// Waits until the terminal is in raw mode, that is, until the line editor
    /// is reading keys. Typing before that would let the kernel's own line
    /// editing (echo, Ctrl-D as end of file) see the keys instead.
    public func waitForRawMode(within limit: Duration = OutputReader.defaultLimit) throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if try settings().isRaw {
                return true
            }
            output.pump(until: min(deadline, ContinuousClock.now + .milliseconds(5)))
        }
        return false
    }
}
