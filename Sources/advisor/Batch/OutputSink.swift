import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where batch records go: standard output or the file given with --output, written with
/// write(2) in large blocks.
///
/// When the reader of a pipe goes away (`advisor batch … | head`), SIGPIPE ends the process
/// quietly, as it does other Unix tools (exit status 141 in the shell); should SIGPIPE be
/// ignored, EPIPE ends it the same way.
struct OutputSink {
    let descriptor: Int32
    let name: String

    static func open(_ path: String?) throws(Failure) -> OutputSink {
        guard let path, path != "-" else { return OutputSink(descriptor: STDOUT_FILENO, name: "standard output") }
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure.other(message: "\(path): cannot write it (\(String(cString: strerror(errno))))", exitCode: 73)
        }
        return OutputSink(descriptor: descriptor, name: path)
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
            default: throw Failure.other(message: "\(name): cannot write (\(String(cString: strerror(errno))))", exitCode: 74)
            }
        }
    }

    func close() throws(Failure) {
        guard descriptor != STDOUT_FILENO else { return }
        if Glibc.close(descriptor) != 0 {
            throw Failure.other(message: "\(name): cannot write (\(String(cString: strerror(errno))))", exitCode: 74)
        }
    }
}
