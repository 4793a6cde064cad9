/// Descriptor plumbing for tests that talk to a child process.
public enum FileDescriptors {
    /// Moves `descriptor` to a number >= 10 with close-on-exec set, so that it
    /// can never collide with a child's standard streams (0, 1, 2) and is not
    /// inherited by children.
    public static func relocate(_ descriptor: Int32) throws -> Int32 {
        try Platform.relocate(descriptor)
    }

    /// A pipe whose two ends are relocated as by ``relocate(_:)``.
    public static func makePipe() throws -> (read: Int32, write: Int32) {
        let ends = try Platform.makePipe()
        return (try relocate(ends.read), try relocate(ends.write))
    }

    /// Writes all of `bytes` to `descriptor`.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try Platform.writeAll(bytes, to: descriptor)
    }
}
