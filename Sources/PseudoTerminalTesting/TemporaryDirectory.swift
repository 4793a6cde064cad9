import Foundation

/// A fresh folder under the system temporary folder, removed on deinit.
public final class TemporaryDirectory {
    /// The folder.
    public let url: URL

    /// Creates `<temporary folder>/<prefix>-<UUID>`.
    public init(prefix: String = "PseudoTerminalTesting") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// `url` with `relativePath` appended.
    public func file(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }
}
