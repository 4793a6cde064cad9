import AtomicFiles
import SystemPackage

/// Where batch records go: standard output or the file given with --output, written with
/// write(2) in large blocks.
///
/// A regular file (or one not there yet) is never left half written: the records go to an
/// `AtomicFileWriter`'s temporary file beside it, which ``finish()`` renames over the file once
/// the run is over, and which ``discard()`` — or SIGINT, SIGTERM or SIGHUP — removes, leaving a
/// file that was there before untouched. A symbolic link, a device or a pipe is written
/// directly, as given.
///
/// When the reader of a pipe goes away (`advisor batch … | head`), SIGPIPE ends the process
/// quietly, as it does other Unix tools (exit status 141 in the shell); should SIGPIPE be
/// ignored, EPIPE ends it the same way.
struct OutputSink {
    let descriptor: Int32
    /// The output as given, for messages.
    let name: String
    /// The file being replaced, until ``finish()``, when there is one.
    let replacement: AtomicFileWriter?

    /// Standard output for nil or `-`; else the file at `path`, by way of a temporary file when
    /// it is a regular file or does not exist yet. Fails with 73 (cannot create) when the
    /// output cannot be written at all: a missing or unwritable folder, a folder given as the file.
    static func open(_ path: String?) throws(Failure) -> OutputSink {
        guard let path, path != "-" else {
            return OutputSink(descriptor: Platform.standardOutput, name: "standard output", replacement: nil)
        }
        switch Platform.kind(atPath: path) {
        case .success(.folder):
            throw cannotCreate(path, "it is a folder")
        case .success(.regular):
            do {
                try Platform.checkWritable(path)
            } catch {
                throw cannotCreate(path, "\(error)")
            }
        case .success(.other):
            return try openDirectly(path)
        case .failure(let error):
            guard error.isNoSuchFile else { throw cannotCreate(path, "\(error)") }
        }
        do {
            let replacement = try AtomicFileWriter(replacing: path, removedOnSignal: true)
            return OutputSink(descriptor: replacement.descriptor, name: path, replacement: replacement)
        } catch {
            throw cannotCreate(path, error.reason)
        }
    }

    /// A link, a device or a pipe, opened as given (the records go straight to it).
    private static func openDirectly(_ path: String) throws(Failure) -> OutputSink {
        do {
            return OutputSink(descriptor: try Platform.openForWriting(path), name: path, replacement: nil)
        } catch {
            throw cannotCreate(path, "\(error)")
        }
    }

    func write(_ bytes: [UInt8]) throws(Failure) {
        let failure = bytes.withUnsafeBytes { buffer -> Errno? in
            do throws(Errno) {
                try Platform.write(descriptor, buffer)
                return nil
            } catch {
                return error
            }
        }
        guard let failure else { return }
        if failure == .brokenPipe { Platform.exitAsBrokenPipe() }
        throw cannotWrite("\(failure)")
    }

    /// Ends a run that went to its end (even with bad lines, or stopped by --fail-fast): closes
    /// the output and puts the temporary file, flushed to disk, in place of the file. On failure
    /// the temporary file is removed, so the file is either the whole output or as it was.
    func finish() throws(Failure) {
        guard descriptor != Platform.standardOutput else { return }
        guard let replacement else {
            do {
                try Platform.close(descriptor)
            } catch {
                throw cannotWrite("\(error)")
            }
            return
        }
        do {
            try replacement.commit()
        } catch {
            throw error.step == .replace ? Self.cannotCreate(name, error.reason) : cannotWrite(error.reason)
        }
    }

    /// Ends a run that failed: closes the output and removes the temporary file, if any.
    func discard() {
        guard descriptor != Platform.standardOutput else { return }
        if let replacement {
            replacement.discard()
        } else {
            try? Platform.close(descriptor)
        }
    }

    private func cannotWrite(_ reason: String) -> Failure {
        Failure.other(message: "\(name): cannot write (\(reason))", status: .ioErr)
    }

    private static func cannotCreate(_ path: String, _ reason: String) -> Failure {
        Failure.other(message: "\(path): cannot write it (\(reason))", status: .cantCreate)
    }
}
