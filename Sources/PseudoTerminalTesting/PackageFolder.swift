import Foundation

/// Where the package's files and the products `swift build` made are, for every test target.
public enum PackageFolder {
    /// The package's root folder (this file is `Sources/PseudoTerminalTesting/PackageFolder.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PseudoTerminalTesting
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    /// A product built with the tests, such as `advisor` or `LineEditorDemo`: beside the test
    /// bundle (`swift test` builds both into the same folder), else in `.build/debug`.
    public static func product(_ name: String) -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), Bundle.main.bundleURL, root.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/\(name)")
    }
}
