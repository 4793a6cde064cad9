import AdvisorKit
import AtomicFiles
import Foundation

/// One kept conversation: its file (`conversations/KEY.json` in the state folder, or the single
/// `conversation.json` of earlier versions) and the lock file beside it (`KEY.lock`) that the
/// chat keeping or offering it holds. The library encodes and decodes it (`SavedConversation`);
/// this reads, writes, removes and sets aside the file.
struct SavedConversationFile {
    let url: URL
    /// The file a running chat locks while it keeps or offers this conversation.
    let lockURL: URL

    /// What the file held.
    enum Found {
        case nothing
        case saved(SavedConversation)
        /// It could not be used: the one-line report (it has been set aside where it could be).
        case setAside(String)
    }

    /// The conversation kept in `url`, locked through the file beside it with the same name and
    /// the extension `lock`.
    init(url: URL) {
        self.url = url
        lockURL = url.deletingPathExtension().appendingPathExtension("lock")
    }

    /// Takes the lock, without waiting: nil when another running chat holds it.
    func lock() -> ConversationLock? {
        Platform.lockExclusively(lockURL.path).map(ConversationLock.init)
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

    /// Renames the file out of the way (never deletes it), to `NAME.STAMP.set-aside.json`
    /// beside it, and says so in one line.
    func setAside(because reason: String) -> String {
        let stamp = Self.stampFormatter.string(from: Date())
        let name = url.deletingPathExtension().lastPathComponent
        let aside = url.deletingLastPathComponent().appendingPathComponent("\(name).\(stamp).set-aside.json")
        let outcome: String
        do {
            try Platform.renameFile(url.path, to: aside.path)
            outcome = "set aside as \(aside.path)"
        } catch {
            outcome = "left where it is (\(error))"
        }
        return "advisor: warning: the saved conversation \(url.path) cannot be used: \(reason); \(outcome); starting afresh."
    }

    /// Removes the conversation (finished or declined) and its lock file.
    func remove() {
        Platform.removeFile(url.path)
        Platform.removeFile(lockURL.path)
    }

    /// Removes the conversation but not its lock file, for a chat that goes on and may keep it
    /// again (a lock file removed while held could be made anew and locked by another chat).
    func removeConversationOnly() {
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

/// A conversation's lock, held from when a chat takes the conversation (starts it, or restores
/// it) until the chat ends: the operating system releases it even when the chat is killed, so a
/// conversation cut off is free for the next start to offer.
final class ConversationLock {
    private let descriptor: Int32

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        Platform.unlock(descriptor)
    }
}
