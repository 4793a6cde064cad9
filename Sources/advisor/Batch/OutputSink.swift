import CSignalCleanup
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where batch records go: standard output or the file given with --output, written with
/// write(2) in large blocks.
///
/// A regular file (or one not there yet) is never left half written: the records go to a
/// temporary file in the same folder (`.NAME.advisor-XXXXXX`), which ``finish()`` renames over
/// the file once the run is over, and which ``discard()`` — or SIGINT, SIGTERM or SIGHUP, through
/// the handlers of `CSignalCleanup` — removes, leaving a file that was there before untouched.
/// A symbolic link, a device or a pipe is written directly, as given.
///
/// When the reader of a pipe goes away (`advisor batch … | head`), SIGPIPE ends the process
/// quietly, as it does other Unix tools (exit status 141 in the shell); should SIGPIPE be
/// ignored, EPIPE ends it the same way.
struct OutputSink {
    let descriptor: Int32
    /// The output as given, for messages.
    let name: String
    /// The temporary file the records go to until ``finish()``, when there is one.
    let temporaryPath: String?

    /// Standard output for nil or `-`; else the file at `path`, by way of a temporary file when
    /// it is a regular file or does not exist yet. Fails with 73 (cannot create) when the
    /// output cannot be written at all: a missing or unwritable folder, a folder given as the file.
    static func open(_ path: String?) throws(Failure) -> OutputSink {
        guard let path, path != "-" else {
            return OutputSink(descriptor: STDOUT_FILENO, name: "standard output", temporaryPath: nil)
        }
        var status = stat()
        if lstat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw cannotCreate(path, "it is a folder")
            case S_IFREG:
                guard access(path, W_OK) == 0 else { throw cannotCreate(path, errorText()) }
                return try openTemporary(for: path, mode: status.st_mode & 0o777)
            default:
                return try openDirectly(path)
            }
        }
        guard errno == ENOENT || errno == ENOTDIR else { throw cannotCreate(path, errorText()) }
        return try openTemporary(for: path, mode: 0o666 & ~currentUmask())
    }

    /// A new temporary file beside `path`, with the permission bits `mode`, which the signal
    /// handlers remove until ``finish()`` or ``discard()``.
    private static func openTemporary(for path: String, mode: mode_t) throws(Failure) -> OutputSink {
        let (folder, fileName) = split(path)
        let descriptor = signal_cleanup_create("\(folder)/.\(fileName).advisor-XXXXXX", mode)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw cannotCreate(path, "there is no folder \(folder)") }
            if errno == ENOTDIR { throw cannotCreate(path, "\(folder) is not a folder") }
            throw cannotCreate(path, errorText())
        }
        return OutputSink(descriptor: descriptor, name: path, temporaryPath: String(cString: signal_cleanup_path()))
    }

    /// A link, a device or a pipe, opened as given (the records go straight to it).
    private static func openDirectly(_ path: String) throws(Failure) -> OutputSink {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw cannotCreate(path, errorText()) }
        return OutputSink(descriptor: descriptor, name: path, temporaryPath: nil)
    }

    /// The folder (`.` when there is none) and the file name of `path`.
    private static func split(_ path: String) -> (folder: String, fileName: String) {
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

    func write(_ bytes: [UInt8]) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + written, buffer.count - written)
            }
            if count >= 0 {
                written += count
                continue
            }
            switch errno {
            case EINTR: continue
            case EPIPE: exit(141)
            default: throw cannotWrite()
            }
        }
    }

    /// Ends a run that went to its end (even with bad lines, or stopped by --fail-fast): closes
    /// the output and puts the temporary file, flushed to disk, in place of the file. On failure
    /// the temporary file is removed, so the file is either the whole output or as it was.
    func finish() throws(Failure) {
        guard descriptor != STDOUT_FILENO else { return }
        guard let temporaryPath else {
            if Glibc.close(descriptor) != 0 { throw cannotWrite() }
            return
        }
        defer { signal_cleanup_release() }
        let synced = fsync(descriptor) == 0 ? 0 : errno
        let closed = Glibc.close(descriptor) == 0 ? 0 : errno
        if synced != 0 || closed != 0 {
            errno = synced != 0 ? synced : closed
            let failure = cannotWrite()
            unlink(temporaryPath)
            throw failure
        }
        guard rename(temporaryPath, name) == 0 else {
            let failure = Self.cannotCreate(name, Self.errorText())
            unlink(temporaryPath)
            throw failure
        }
    }

    /// Ends a run that failed: closes the output and removes the temporary file, if any.
    func discard() {
        guard descriptor != STDOUT_FILENO else { return }
        _ = Glibc.close(descriptor)
        if let temporaryPath {
            unlink(temporaryPath)
            signal_cleanup_release()
        }
    }

    private func cannotWrite() -> Failure {
        Failure.other(message: "\(name): cannot write (\(Self.errorText()))", exitCode: 74)
    }

    private static func cannotCreate(_ path: String, _ reason: String) -> Failure {
        Failure.other(message: "\(path): cannot write it (\(reason))", exitCode: 73)
    }

    /// `errno` in words.
    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
