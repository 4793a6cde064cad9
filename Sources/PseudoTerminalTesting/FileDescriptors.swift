import Glibc

/// Errors from the POSIX calls the test helpers make.
public struct SystemCallError: Error, CustomStringConvertible {
    /// The call that failed, with its main argument.
    public let call: String
    /// The errno value it failed with.
    public let code: Int32

    /// A failure of `call`, with the `errno` it left.
    public init(_ call: String, code: Int32 = errno) {
        self.call = call
        self.code = code
    }

    /// The call and the system's words for the error.
    public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}

/// Descriptor plumbing for tests that talk to a child process.
public enum FileDescriptors {
    /// Moves `descriptor` to a number >= 10 with close-on-exec set, so that it
    /// can never collide with a child's standard streams (0, 1, 2) and is not
    /// inherited by children.
    public static func relocate(_ descriptor: Int32) throws -> Int32 {
        let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
        let code = errno
        close(descriptor)
        guard moved >= 0 else { throw SystemCallError("fcntl(F_DUPFD_CLOEXEC)", code: code) }
        return moved
    }

    /// A pipe whose two ends are relocated as by ``relocate(_:)``.
    public static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SystemCallError("pipe") }
        return (try relocate(ends[0]), try relocate(ends[1]))
    }

    /// Writes all of `bytes` to `descriptor`.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        var remaining = bytes[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                remaining = remaining.dropFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                throw SystemCallError("write")
            }
        }
    }
}
