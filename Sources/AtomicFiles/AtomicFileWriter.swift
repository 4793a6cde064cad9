import CSignalCleanup
import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that it is never seen half written: the new contents go to a temporary file
/// in the same folder, which is flushed to disk and then renamed over the file. On any failure the
/// temporary file is removed and the file is as it was.
///
/// Used for every file advisor writes: the chat's `save` and `save-test`, the chat's history and
/// `advisor batch --output`.
///
/// - The temporary file is `.NAME.advisor-XXXXXX` beside NAME, made by mkstemp(3): its name cannot
///   be guessed, and it is created only if nothing is there.
/// - Its permission bits follow a policy: by default those of the file it replaces, or, when there
///   is none, those a plain create would give (0666 less the umask); or fixed ones (the history
///   keeps 0600, private to its owner).
/// - With `removedOnSignal`, SIGINT, SIGTERM and SIGHUP remove it until ``commit()`` or
///   ``discard()`` (through `CSignalCleanup`, whose handlers are async-signal-safe; one such file
///   at a time, for the main thread).
///
/// All of this target's platform calls are in this file.
public struct AtomicFileWriter {
    /// The permission bits the new file gets.
    public enum Permissions: Sendable, Hashable {
        /// Those of the file replaced; for a new file, those of a plain create (0666 less the umask).
        case keptOrDefault
        /// Always these, whatever was there (such as 0o600 for a private file).
        case fixed(UInt32)
    }

    /// The file to replace.
    public let path: String
    /// The temporary file the contents go to until ``commit()``.
    public let temporaryPath: String
    /// The temporary file's open descriptor, for writing.
    public let descriptor: Int32
    private let removedOnSignal: Bool

    /// Creates the temporary file beside `path`. Fails when `path` is a folder or its folder is
    /// missing or cannot be written.
    public init(replacing path: String, permissions: Permissions = .keptOrDefault, removedOnSignal: Bool = false) throws(AtomicFileError) {
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && status.st_mode & S_IFMT == S_IFDIR { throw AtomicFileError(.create, "it is a folder") }
        let mode: mode_t
        switch permissions {
        case .fixed(let bits): mode = mode_t(bits)
        case .keptOrDefault: mode = exists ? status.st_mode & 0o777 : 0o666 & ~Self.currentUmask()
        }
        let (folder, fileName) = Self.split(path)
        let template = "\(folder)/.\(fileName).advisor-XXXXXX"
        var descriptor: Int32
        var temporaryPath: String
        if removedOnSignal {
            descriptor = signal_cleanup_create(template, mode)
            temporaryPath = descriptor >= 0 ? String(cString: signal_cleanup_path()) : template
        } else {
            var bytes = Array(template.utf8CString)
            descriptor = mkstemp(&bytes)
            temporaryPath = String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if descriptor >= 0 && fchmod(descriptor, mode) != 0 {
                let failure = errno
                close(descriptor)
                unlink(temporaryPath)
                errno = failure
                descriptor = -1
            }
        }
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: throw AtomicFileError(.create, "there is no folder \(folder)")
            case ENOTDIR: throw AtomicFileError(.create, "\(folder) is not a folder")
            default: throw AtomicFileError(.create, Self.errorText())
            }
        }
        self.path = path
        self.temporaryPath = temporaryPath
        self.descriptor = descriptor
        self.removedOnSignal = removedOnSignal
    }

    /// Writes all of `bytes` to the temporary file.
    public func write(_ bytes: [UInt8]) throws(AtomicFileError) {
        do {
            try FileDescriptor(rawValue: descriptor).writeAll(bytes)
        } catch {
            throw AtomicFileError(.write, "\(error)")
        }
    }

    /// Flushes the temporary file to disk, closes it and renames it over the file. On failure
    /// the temporary file is removed and the file is as it was.
    public func commit() throws(AtomicFileError) {
        defer { if removedOnSignal { signal_cleanup_release() } }
        let synced = fsync(descriptor) == 0 ? 0 : errno
        let closed = close(descriptor) == 0 ? 0 : errno
        if synced != 0 || closed != 0 {
            let reason = String(cString: strerror(synced != 0 ? synced : closed))
            unlink(temporaryPath)
            throw AtomicFileError(.write, reason)
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = Self.errorText()
            unlink(temporaryPath)
            throw AtomicFileError(.replace, reason)
        }
    }

    /// Closes and removes the temporary file, leaving the file as it was.
    public func discard() {
        close(descriptor)
        unlink(temporaryPath)
        if removedOnSignal { signal_cleanup_release() }
    }

    /// Replaces the file at `path` with `contents`.
    public static func write(_ contents: [UInt8], to path: String, permissions: Permissions = .keptOrDefault) throws(AtomicFileError) {
        let writer = try AtomicFileWriter(replacing: path, permissions: permissions)
        do {
            try writer.write(contents)
        } catch {
            writer.discard()
            throw error
        }
        try writer.commit()
    }

    /// Replaces the file at `path` with what `body` writes to a C stream (libedit's history
    /// writes itself this way); `body` returns false when it failed.
    public static func write(to path: String, permissions: Permissions = .keptOrDefault, with body: (UnsafeMutablePointer<FILE>) -> Bool)
        throws(AtomicFileError)
    {
        let writer = try AtomicFileWriter(replacing: path, permissions: permissions)
        let copy = dup(writer.descriptor)
        guard copy >= 0, let stream = fdopen(copy, "w") else {
            let reason = errorText()
            if copy >= 0 { close(copy) }
            writer.discard()
            throw AtomicFileError(.write, reason)
        }
        let written = body(stream)
        let writeError = errno
        let flushed = fclose(stream) == 0
        guard written, flushed else {
            let reason = String(cString: strerror(flushed ? writeError : errno))
            writer.discard()
            throw AtomicFileError(.write, reason)
        }
        try writer.commit()
    }

    /// The folder (`.` when there is none) and the file name of `path`.
    static func split(_ path: String) -> (folder: String, fileName: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    /// The process's file mode creation mask (umask(2) can only be read by setting it).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// `errno` in words.
    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}

/// Why a file could not be replaced. The file is then as it was.
public struct AtomicFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where it failed.
    public enum Step: Sendable, Hashable {
        /// Creating the temporary file: the path is a folder, or its folder is missing or not writable.
        case create
        /// Writing the contents or flushing them to disk.
        case write
        /// Renaming the temporary file over the file.
        case replace
    }

    /// The step that failed.
    public var step: Step
    /// What went wrong, in words ("there is no folder /tmp/x", "No space left on device").
    public var reason: String

    /// A failure at `step`, said in words by `reason`.
    public init(step: Step, reason: String) {
        self.step = step
        self.reason = reason
    }

    init(_ step: Step, _ reason: String) {
        self.init(step: step, reason: reason)
    }

    /// The reason, as a message.
    public var description: String { reason }
}
