import Foundation

/// Chooses between the interactive ``LineEditor`` and the ``PlainLineReader``.
public enum LineReaderFactory {
    /// Whether `fileDescriptor` refers to a terminal.
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        Platform.isTerminal(fileDescriptor)
    }

    /// Returns a ``LineEditor`` when standard input and standard output are both
    /// terminals, otherwise a ``PlainLineReader`` on standard input (which prints
    /// no prompt and no escape codes).
    ///
    /// If the line editor cannot be set up, the plain reader is used instead.
    /// - Parameters:
    ///   - programName: Name libedit uses to select `~/.editrc` sections.
    ///   - historyFile: Where the editor's history is kept; `nil` keeps it in memory only.
    ///   - historyLimit: The most history entries kept in memory and on disk.
    ///   - completion: Tab-completion candidates for the word before the cursor.
    /// - Returns: A `LineEditor` on a terminal, else a `PlainLineReader`.
    public static func makeLineReader(
        programName: String = "advisor",
        historyFile: URL?,
        historyLimit: Int = LineEditor.defaultHistoryLimit,
        completion: LineEditor.Completion? = nil
    ) -> any LineReading {
        guard isTerminal(Platform.standardInput), isTerminal(Platform.standardOutput) else {
            return PlainLineReader()
        }
        do {
            return try LineEditor(
                programName: programName,
                historyFile: historyFile,
                historyLimit: historyLimit,
                completion: completion
            )
        } catch {
            return PlainLineReader()
        }
    }
}
