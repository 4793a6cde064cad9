import AdvisorKit
import Foundation

/// Where the chat keeps unfinished conversations: one file each in `conversations/` in the state
/// folder, beside the history (`$XDG_STATE_HOME/advisor/`, by default `~/.local/state/advisor/`),
/// so that two chats at once in one account keep both. The single `conversation.json` that
/// earlier versions kept there is still offered.
///
/// A running chat locks the conversation it keeps; a starting chat offers only conversations no
/// running chat holds, and locks the one it offers, so that two chats starting together never
/// offer the same one.
struct ConversationStore {
    /// The state folder (`…/advisor`).
    let folder: URL

    /// The folder of one file per conversation.
    var conversationsFolder: URL { folder.appendingPathComponent("conversations") }

    /// The file earlier versions kept their one conversation in.
    var earlierFile: SavedConversationFile { SavedConversationFile(url: folder.appendingPathComponent("conversation.json")) }

    /// The store beside `historyFile`; nil without a state folder.
    init?(besideHistoryFile historyFile: URL?) {
        guard let folder = historyFile?.deletingLastPathComponent() else { return nil }
        self.folder = folder
    }

    /// A kept conversation that this chat holds the lock of.
    struct Waiting {
        let file: SavedConversationFile
        let saved: SavedConversation
        let lock: ConversationLock
    }

    /// The kept conversations that no running chat holds, newest first (by when they were
    /// saved, then by file name), each locked by this chat. Files that cannot be read are set
    /// aside and reported through `report`.
    func waiting(report: (String) -> Void) -> [Waiting] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: conversationsFolder.path)) ?? []
        let files =
            names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".set-aside.json") }.sorted().map {
                SavedConversationFile(url: conversationsFolder.appendingPathComponent($0))
            } + [earlierFile]
        var found: [Waiting] = []
        for file in files where FileManager.default.fileExists(atPath: file.url.path) {
            guard let lock = file.lock() else { continue }
            switch file.load() {
            case .nothing: continue
            case .setAside(let line): report(line)
            case .saved(let saved): found.append(Waiting(file: file, saved: saved, lock: lock))
            }
        }
        return found.sorted { lhs, rhs in
            lhs.saved.savedAt != rhs.saved.savedAt ? lhs.saved.savedAt > rhs.saved.savedAt : lhs.file.url.path < rhs.file.url.path
        }
    }

    /// A file for a conversation started now, locked by this chat; nil when the folder cannot be
    /// made or the lock taken (the conversation is then not kept).
    func newFile(now: Date = Date()) -> (SavedConversationFile, ConversationLock)? {
        do {
            try FileManager.default.createDirectory(
                atPath: conversationsFolder.path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        let stamp = Self.stampFormatter.string(from: now)
        let name = "\(stamp)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let file = SavedConversationFile(url: conversationsFolder.appendingPathComponent(name + ".json"))
        return file.lock().map { (file, $0) }
    }

    private static let stampFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter
    }()
}
