import Foundation
import Glibc

/// Finds the LineEditorDemo executable that `swift build` / `swift test` built.
enum DemoExecutable {
    static let name = "LineEditorDemo"

    /// Looks next to the running test binary first, then in the package's
    /// `.build/debug`; `$LINE_EDITOR_DEMO` overrides both.
    static func path() -> String? {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["LINE_EDITOR_DEMO"] {
            candidates.append(override)
        }
        if let testBinary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: testBinary).deletingLastPathComponent()
                .appendingPathComponent(name).path)
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(name).path)
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // LineEditorTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)").path)
        return candidates.first { access($0, X_OK) == 0 }
    }
}
