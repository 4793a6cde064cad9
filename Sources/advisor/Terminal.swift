import Foundation

/// The few facts about the terminal the command needs, and writing to it.
enum Terminal {
    /// The width to wrap text to: the terminal's, else `$COLUMNS`, else 80.
    static var width: Int {
        if let columns = Platform.terminalColumns(Platform.standardOutput) {
            return columns
        }
        if let columns = environment("COLUMNS").flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }

    /// Colour only on a terminal, never with `NO_COLOR` set or `--no-color`.
    static func wantsColor(noColorFlag: Bool) -> Bool {
        if noColorFlag { return false }
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        return Platform.isTerminal(Platform.standardOutput)
    }

    /// One environment variable.
    static func environment(_ name: String) -> String? {
        Platform.environment(name)
    }

    /// `advisor … | head` should end quietly, as other Unix tools do, rather than report a write error.
    static func restoreDefaultSignalHandling() {
        Platform.restoreDefaultBrokenPipeSignal()
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes without a line break (the progress bar).
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
