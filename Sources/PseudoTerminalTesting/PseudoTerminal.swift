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
        let (master, slave) = try Platform.openPseudoTerminal(columns: 80, rows: 24)
        self.master = try FileDescriptors.relocate(master)
        self.slave = try FileDescriptors.relocate(slave)
        slavePath = try Platform.terminalName(self.slave)
        output = OutputReader(descriptor: self.master)
    }

    deinit {
        Platform.close(master)
        Platform.close(slave)
    }

    /// Turns ECHOCTL off: a setting libedit's own "cooked" mode turns on, so
    /// only a program that puts back the exact settings it found leaves the
    /// terminal as it was.
    public func useUncommonSettings() throws {
        try Platform.turnOffEchoControl(slave)
    }

    /// The slave's current settings.
    public func settings() throws -> TerminalSettings {
        try Platform.terminalSettings(slave)
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
