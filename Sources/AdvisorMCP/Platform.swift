#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The C library calls of the server: the SDK's standard input and output transport makes both
/// descriptors non-blocking, a flag shared with whatever started the server (a shell, when run
/// by hand), so the server puts the flags back as they were when it stops.
enum Platform {
    /// The status flags of standard input and output, to put back with `restore`.
    static func standardFlags() -> (input: Int32, output: Int32) {
        (fcntl(STDIN_FILENO, F_GETFL), fcntl(STDOUT_FILENO, F_GETFL))
    }

    /// Puts back flags saved by `standardFlags` (a descriptor whose flags could not be read is left alone).
    static func restore(_ flags: (input: Int32, output: Int32)) {
        if flags.input >= 0 { _ = fcntl(STDIN_FILENO, F_SETFL, flags.input) }
        if flags.output >= 0 { _ = fcntl(STDOUT_FILENO, F_SETFL, flags.output) }
    }
}
