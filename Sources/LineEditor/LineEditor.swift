import CEditLine
import Foundation

/// Why a ``LineEditor`` could not be created.
public enum LineEditorError: Error, Equatable {
    /// libedit could not set up the editor or its history list.
    case editLineUnavailable
}

/// Interactive line editing on the process's terminal, backed by libedit
/// (BSD editline).
///
/// - Keys: Emacs bindings; Up and Down walk the history; `~/.editrc` (or
///   `$EDITRC`) is read, so users can rebind keys.
/// - Tab: asks ``completion`` for candidates for the word before the cursor.
///   One candidate completes the word (and adds a space); several extend it
///   to their longest common prefix, or are listed below the line when that
///   adds nothing.
/// - History: ``addHistory(_:)`` saves the whole list to ``historyFile``
///   straight away (atomically, mode 0600, at most `historyLimit` entries).
///   Problems are collected in ``warnings``; editing goes on.
/// - Ctrl-C while editing returns ``LineInput/interrupted``; Ctrl-D on an
///   empty line returns ``LineInput/endOfInput``.
/// - SIGTERM or SIGHUP while editing: the history is saved, the terminal
///   restored and the process exits with status 128 + the signal number.
///   Outside ``readLine(prompt:)`` the signal dispositions are the
///   application's own, and the terminal is in its normal mode anyway.
///
/// The terminal is in libedit's raw mode only inside ``readLine(prompt:)``;
/// ``close()`` (also run on deinit) puts back the settings seen at `init`.
/// Use one `LineEditor` at a time, from one thread.
public final class LineEditor: LineReading {
    /// Produces Tab-completion candidates: given the line up to the cursor,
    /// the full words that could replace the word being typed.
    public typealias Completion = (_ textBeforeCursor: String) -> [String]

    /// The number of history entries kept unless told otherwise.
    public static let defaultHistoryLimit = 500

    /// Tab-completion candidates; with `nil`, Tab just beeps.
    public var completion: Completion? {
        get { callbacks.completion }
        set { callbacks.completion = newValue }
    }

    /// Where the history is persisted; `nil` keeps it in memory only.
    public var historyFile: URL? { history.fileURL }

    /// Problems with the history file, oldest first.
    public var warnings: [String] { history.warnings }

    private let editLine: OpaquePointer
    private let history: PersistentHistory
    private let callbacks: EditorCallbacks
    private let terminalModes: TerminalModes?
    private var isClosed = false

    /// Sets up libedit on standard input and output and loads the history.
    ///
    /// Calls `setlocale(LC_ALL, "")` first so multibyte (UTF-8) input works;
    /// if the resulting character set is not UTF-8, `LC_CTYPE` is set to
    /// `C.UTF-8` when available.
    /// - Parameters:
    ///   - programName: Name libedit uses to select `~/.editrc` sections.
    ///   - historyFile: Where the history is kept; `nil` keeps it in memory only.
    ///     See ``defaultHistoryFile(applicationName:environment:)``.
    ///   - historyLimit: The most entries kept in memory and on disk (at least 1).
    ///   - completion: Tab-completion candidates.
    /// - Throws: ``LineEditorError/editLineUnavailable`` if libedit fails.
    public init(
        programName: String = "advisor",
        historyFile: URL?,
        historyLimit: Int = LineEditor.defaultHistoryLimit,
        completion: Completion? = nil
    ) throws(LineEditorError) {
        Platform.selectUTF8Locale()
        guard let history = PersistentHistory(fileURL: historyFile, limit: historyLimit) else {
            throw .editLineUnavailable
        }
        let terminalModes = TerminalModes(of: Platform.standardInput)
        guard let editLine = ceditline_init(programName) else {
            throw .editLineUnavailable
        }
        self.editLine = editLine
        self.history = history
        self.terminalModes = terminalModes
        self.callbacks = EditorCallbacks(completion: completion, outputDescriptor: Platform.standardOutput)

        _ = ceditline_set_editor(editLine, "emacs")
        _ = ceditline_set_signal_handling(editLine, 1)
        _ = ceditline_set_history(editLine, history.handle)
        callbacks.attach(to: editLine)
        _ = el_source(editLine, nil)
        history.load()
    }

    deinit {
        close()
    }

    /// Shows `prompt`, lets the user edit a line and returns it without its
    /// newline. Invalid UTF-8 becomes U+FFFD.
    ///
    /// Never returns if SIGTERM or SIGHUP arrives meanwhile: the process exits
    /// with status 128 + the signal number after saving the history and
    /// restoring the terminal.
    public func readLine(prompt: String) -> LineInput {
        guard !isClosed else { return .endOfInput }
        callbacks.setPrompt(prompt)
        while true {
            let trap = SignalTrap()
            var byteCount: Int32 = 0
            let bytes = el_gets(editLine, &byteCount)
            let readError = Platform.lastError
            let caughtSignal = trap.release()

            if let caughtSignal, caughtSignal == Platform.terminateSignal || caughtSignal == Platform.hangUpSignal {
                terminate(bySignal: caughtSignal)
            }
            if let bytes, byteCount > 0 {
                return .line(Self.decodeLine(bytes, byteCount: Int(byteCount)))
            }
            if caughtSignal == Platform.interruptSignal {
                callbacks.writeOutput("^C\n")
                return .interrupted
            }
            if byteCount < 0 && Platform.isInterruption(readError) {
                continue  // Another signal interrupted the read: edit again.
            }
            callbacks.writeOutput("\n")
            return .endOfInput
        }
    }

    /// Adds `line` to the history (blank lines and immediate repeats are
    /// skipped) and saves the history file. A failed save adds a warning.
    public func addHistory(_ line: String) {
        history.record(line)
    }

    /// Ends libedit and puts the terminal settings seen at `init` back.
    /// Later calls to ``readLine(prompt:)`` return `.endOfInput`.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        el_end(editLine)
        terminalModes?.restore()
    }

    /// Saves the history, restores the terminal and exits with 128 + `signalNumber`.
    private func terminate(bySignal signalNumber: Int32) -> Never {
        try? history.save()
        close()
        Platform.exit(bySignal: signalNumber)
    }

    /// `el_gets` returns `byteCount` bytes including the final newline.
    private static func decodeLine(_ bytes: UnsafePointer<CChar>, byteCount: Int) -> String {
        var line = UnsafeRawBufferPointer(start: bytes, count: byteCount)[...]
        if line.last == UInt8(ascii: "\n") {
            line = line.dropLast()
        }
        return String(decoding: line, as: UTF8.self)
    }
}
