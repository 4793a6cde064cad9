import CZ3
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Z3's functions, read from libz3 the first time a question needs the solver, so that the
/// advisor starts, and serves everything that needs no solver, where libz3 is not installed.
package enum Z3Library {
    /// Names the library to load in place of the usual ones (a path, or a name the dynamic
    /// linker finds).
    package static let environmentVariable = "ADVISOR_LIBZ3"

    /// The names tried, in order, when the environment names none: Debian's libz3-4 and the
    /// development link.
    package static let defaultNames = ["libz3.so.4", "libz3.so"]

    /// The functions, or why they could not be had; loaded once per process, on first use.
    package static let functions: Result<CZ3Functions, Z3Unavailable> = load(names: environmentValue().map { [$0] } ?? defaultNames)

    /// Set when a question wanted the solver and it could not be loaded: 1 once wanted, 2 once told.
    private static let missing = Atomic<Int>(0)

    /// Why the solver could not be loaded, the first time this is asked after a question wanted it
    /// and could not have it; nil before that and ever after, so that a front end says so once.
    package static func missingNotice() -> Z3Unavailable? {
        guard case .failure(let unavailable) = functions, missing.compareExchange(expected: 1, desired: 2, ordering: .relaxed).exchanged
        else { return nil }
        return unavailable
    }

    /// The functions, noting that they were wanted (for `missingNotice`).
    static func wanted() -> Result<CZ3Functions, Z3Unavailable> {
        if case .failure = functions { _ = missing.compareExchange(expected: 0, desired: 1, ordering: .relaxed) }
        return functions
    }

    /// Whether the solver can be used; loads it when that has not been tried yet.
    package static var isAvailable: Bool {
        if case .success = functions { return true }
        return false
    }

    /// Loads the first of `names` that opens and has every function; the reasons for each that
    /// does not. The process keeps what it loads: call it once (as `functions` does).
    package static func load(names: [String]) -> Result<CZ3Functions, Z3Unavailable> {
        var reasons: [String] = []
        for name in names {
            var message = [CChar](repeating: 0, count: 512)
            if let loaded = cz3_load(name, &message, message.count) { return .success(loaded.pointee) }
            reasons.append(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return .failure(Z3Unavailable(reasons: reasons))
    }

    private static func environmentValue() -> String? {
        guard let value = getenv(environmentVariable) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}

/// Why the solver could not be loaded.
package struct Z3Unavailable: Error, Sendable, CustomStringConvertible {
    /// The dynamic linker's message for each name tried.
    package var reasons: [String]

    package var description: String {
        "the Z3 solver (libz3) could not be loaded: " + reasons.joined(separator: "; ")
    }
}
