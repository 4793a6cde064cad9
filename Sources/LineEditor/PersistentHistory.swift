import AtomicFiles
import CEditLine
import Foundation

/// A problem reading or writing the history file.
public struct HistoryFileError: Error, Equatable, CustomStringConvertible {
    /// The history file concerned.
    public let path: String
    /// What went wrong, for people.
    public let reason: String

    /// "history file PATH: REASON".
    public var description: String { "history file \(path): \(reason)" }
}

/// A libedit `History` list, bounded in size, written through to a file.
///
/// The file uses libedit's own format (H_SAVE_FP / H_LOAD). Each save replaces
/// it through an `AtomicFileWriter` (mode 0600, private to its owner), so a
/// reader never sees a half-written file. Failures never stop line editing:
/// ``record(_:)`` collects them in ``warnings``.
final class PersistentHistory {
    /// The libedit `History *`, for `EL_HIST`.
    let handle: OpaquePointer
    /// Where the entries are persisted; `nil` keeps them in memory only.
    let fileURL: URL?
    /// The most entries kept.
    let limit: Int
    /// Problems met while loading or saving, oldest first, without immediate repeats.
    private(set) var warnings: [String] = []

    /// Creates an empty history keeping at most `limit` entries (at least 1).
    /// Returns `nil` if libedit cannot allocate it.
    init?(fileURL: URL?, limit: Int) {
        guard let handle = history_init() else { return nil }
        self.handle = handle
        self.fileURL = fileURL
        self.limit = max(1, limit)
        _ = ceditline_history_set_size(handle, Int32(clamping: self.limit))
        _ = ceditline_history_set_unique(handle, 1)
    }

    deinit {
        history_end(handle)
    }

    /// Reads the history file, if there is one. A missing file is not a problem;
    /// an unreadable one is reported in ``warnings``.
    func load() {
        guard let path = fileURL?.path, FileManager.default.fileExists(atPath: path) else { return }
        if ceditline_history_load(handle, path) < 0 {
            warn(HistoryFileError(path: path, reason: "could not be read; starting with an empty history"))
        }
    }

    /// Appends `line` (unless it is blank or repeats the last entry) and saves
    /// the file. A failed save is reported in ``warnings``.
    func record(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        _ = ceditline_history_enter(handle, line)
        guard fileURL != nil else { return }
        do {
            try save()
        } catch {
            warn(error)
        }
    }

    /// Writes all entries to ``fileURL`` atomically, creating missing folders (mode 0700).
    func save() throws(HistoryFileError) {
        guard let fileURL else { return }
        let path = fileURL.path
        let folder = fileURL.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: folder,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw HistoryFileError(path: path, reason: "could not create folder \(folder)")
        }
        do {
            try AtomicFileWriter.write(to: path, permissions: .fixed(0o600)) { stream in ceditline_history_save(handle, stream) >= 0 }
        } catch {
            throw HistoryFileError(path: path, reason: "could not save it: \(error.reason)")
        }
    }

    private func warn(_ error: HistoryFileError) {
        let message = error.description
        if warnings.last != message {
            warnings.append(message)
        }
    }
}
