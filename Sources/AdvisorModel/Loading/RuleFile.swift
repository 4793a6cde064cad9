import Foundation

/// The text of one file of a rule base, with the path to show in diagnostics.
public struct RuleFile: Sendable, Hashable {
    /// The path as shown to the user, e.g. `Rules/questions.yaml`.
    public var path: String
    /// The path inside the rule folder, e.g. `tests/small.yaml`.
    public var relativePath: String
    /// The file's text.
    public var contents: String

    /// A rule file at `path` (`relativePath` inside its folder) holding `contents`.
    public init(path: String, relativePath: String, contents: String) {
        self.path = path
        self.relativePath = relativePath
        self.contents = contents
    }

    /// True for the rule base's test cases (files under `tests/`).
    public var isTestFile: Bool { relativePath.hasPrefix("tests/") }
}

/// A problem reading files from disk, before any YAML is parsed.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Kind: Sendable {
        /// The path does not exist.
        case missing
        /// It exists but cannot be read, or is not the kind of file expected.
        case unreadable
        /// It is larger than the limit.
        case tooLarge
        /// Its bytes are not UTF-8 text.
        case notText
    }
    /// What went wrong.
    public var kind: Kind
    /// The path as given.
    public var path: String
    /// The reason in words, such as "no such file or folder".
    public var message: String

    /// The path and the reason, as `advisor` prints them.
    public var description: String { "\(path): \(message)" }

    package init(kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }
}

/// Reads files with a size cap, refusing directories, devices and FIFOs.
public enum FileReader {
    /// Rule files and answer files larger than this are refused.
    public static let maximumFileSize = 1 << 20

    /// Reads a regular file of at most `limit` bytes.
    public static func read(_ path: String, limit: Int = maximumFileSize) throws(FileReadError) -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let missing = errno == ENOENT || errno == ENOTDIR
            throw FileReadError(
                kind: missing ? .missing : .unreadable, path: path,
                message: missing ? "no such file" : "cannot read it (\(String(cString: strerror(errno))))")
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR {
            throw FileReadError(kind: .unreadable, path: path, message: "is a folder, not a file")
        }
        guard type == S_IFREG else {
            throw FileReadError(
                kind: .unreadable, path: path, message: "is not a regular file (a device, FIFO or socket); give a file, or - for standard input")
        }
        guard Int(status.st_size) <= limit else {
            throw FileReadError(kind: .tooLarge, path: path, message: "is \(status.st_size) bytes; the limit is \(limit) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileReadError(kind: .unreadable, path: path, message: "cannot open it (permission denied?)")
        }
        defer { try? handle.close() }
        return try read(handle, name: path, limit: limit)
    }

    /// Reads at most `limit` bytes from a file handle such as standard input.
    public static func read(_ handle: FileHandle, name: String, limit: Int = maximumFileSize) throws(FileReadError) -> Data {
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else {
                throw FileReadError(kind: .tooLarge, path: name, message: "is larger than the limit of \(limit) bytes")
            }
            return data
        } catch let error as FileReadError {
            throw error
        } catch {
            throw FileReadError(kind: .unreadable, path: name, message: "cannot read it (\(error.localizedDescription))")
        }
    }

    /// Every `.yaml`/`.yml` file below `folder`, sorted by relative path, shown as `displayFolder/relative`.
    ///
    /// Symbolic links are followed only when they stay inside the folder.
    public static func ruleFiles(in folder: String) throws(FileReadError) -> [RuleFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw FileReadError(kind: .missing, path: folder, message: "no such rule folder")
        }
        guard isDirectory.boolValue else {
            throw FileReadError(kind: .unreadable, path: folder, message: "is a file; --rules takes the folder that holds the rule files")
        }
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw FileReadError(kind: .unreadable, path: folder, message: "cannot list the rule folder")
        }
        let display = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var relativePaths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            relativePaths.append(relative)
        }
        var files: [RuleFile] = []
        for relative in relativePaths.sorted() {
            let full = display + "/" + relative
            let resolved = URL(fileURLWithPath: full).resolvingSymlinksInPath().standardizedFileURL.path
            guard resolved == root || resolved.hasPrefix(root + "/") else {
                throw FileReadError(kind: .unreadable, path: full, message: "is a link that leads outside the rule folder; rule files must stay inside it")
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue { continue }
            let data = try read(full)
            guard let text = String(data: data, encoding: .utf8) else {
                throw FileReadError(kind: .notText, path: full, message: "is not UTF-8 text")
            }
            files.append(RuleFile(path: full, relativePath: relative, contents: text))
        }
        return files
    }
}
