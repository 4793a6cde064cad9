import AdvisorKit
import AtomicFiles
import Foundation

/// Where the chat keeps an unfinished conversation: `conversation.json` in the state folder,
/// beside the history (`$XDG_STATE_HOME/advisor/`, by default `~/.local/state/advisor/`).
/// The library encodes and decodes it (`SavedConversation`); this reads, writes, removes and
/// sets aside the file.
struct SavedConversationFile {
    let url: URL

    /// What the file held at start-up.
    enum Found {
        case nothing
        case saved(SavedConversation)
        /// It could not be used: the one-line report (it has been set aside where it could be).
        case setAside(String)
    }

    /// The file beside `historyFile`; nil without a state folder.
    init?(besideHistoryFile historyFile: URL?) {
        guard let folder = historyFile?.deletingLastPathComponent() else { return nil }
        url = folder.appendingPathComponent("conversation.json")
    }

    func load() -> Found {
        let data: Data
        do {
            data = try FileReader.read(url.path)
        } catch {
            if case .missing = error.kind { return .nothing }
            return .setAside(setAside(because: error.message))
        }
        do {
            return .saved(try SavedConversation.decode(data))
        } catch {
            return .setAside(setAside(because: error.reason))
        }
    }

    /// Renames the file out of the way (never deletes it) and says so in one line.
    func setAside(because reason: String) -> String {
        let stamp = Self.stampFormatter.string(from: Date())
        let aside = url.deletingLastPathComponent().appendingPathComponent("conversation.\(stamp).set-aside.json")
        let outcome: String
        do {
            try Platform.renameFile(url.path, to: aside.path)
            outcome = "set aside as \(aside.path)"
        } catch {
            outcome = "left where it is (\(error))"
        }
        return "advisor: warning: the saved conversation \(url.path) cannot be used: \(reason); \(outcome); starting afresh."
    }

    func remove() {
        Platform.removeFile(url.path)
    }

    /// Writes `saved` atomically, readable by its owner only (the shared writer: a temporary file
    /// in the same folder, flushed to disk, renamed over the old one).
    func write(_ saved: SavedConversation) throws(WriteError) {
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WriteError(reason: "cannot create the folder \(folder)")
        }
        do {
            try AtomicFileWriter.write(Array(saved.encoded()), to: url.path, permissions: .fixed(0o600))
        } catch {
            throw WriteError(reason: error.reason)
        }
    }

    struct WriteError: Error {
        var reason: String
    }

    private static let stampFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter
    }()
}
