/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C while editing; the partial line was discarded.
    case interrupted
    /// No more input: Ctrl-D on an empty line, or end of file.
    case endOfInput
}

/// A source of input lines for a command-line chat.
///
/// Use ``LineReaderFactory/makeLineReader(programName:historyFile:historyLimit:completion:)``
/// to get the right implementation for the current standard input and output.
public protocol LineReading: AnyObject {
    /// Shows `prompt` (when interactive) and waits for the next line.
    func readLine(prompt: String) -> LineInput

    /// Remembers `line` so it can be recalled later (Up arrow) and persisted.
    func addHistory(_ line: String)

    /// Problems that did not stop line reading, such as a history file that
    /// could not be written, oldest first.
    var warnings: [String] { get }

    /// Releases the input, restoring the terminal if it was changed.
    /// Safe to call more than once; `readLine` returns `.endOfInput` afterwards.
    func close()
}
