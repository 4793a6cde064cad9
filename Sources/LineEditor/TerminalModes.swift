import Glibc

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
