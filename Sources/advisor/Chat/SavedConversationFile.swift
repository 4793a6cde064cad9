import AdvisorKit
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
        let moved = rename(url.path, aside.path) == 0
        let outcome = moved ? "set aside as \(aside.path)" : "left where it is (\(String(cString: strerror(errno))))"
        return "advisor: warning: the saved conversation \(url.path) cannot be used: \(reason); \(outcome); starting afresh."
    }

    func remove() {
        unlink(url.path)
    }

    /// Writes `saved` atomically, readable by its owner only: a temporary file in the same
    /// folder, flushed to disk, renamed over the old one. The one place that writes the file
    /// (to be replaced by the shared atomic writer).
    func write(_ saved: SavedConversation) throws(WriteError) {
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WriteError(reason: "cannot create the folder \(folder)")
        }
        var template = Array("\(folder)/.conversation.json.XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw WriteError(reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let data = saved.encoded()
        let written = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let durable = written && fchmod(descriptor, 0o600) == 0 && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard durable, rename(temporary, url.path) == 0 else {
            let failure = durable ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw WriteError(reason: failure)
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
