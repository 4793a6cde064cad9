import Foundation
import PseudoTerminalTesting

/// Finds the LineEditorDemo executable that `swift build` / `swift test` built.
enum DemoExecutable {
    static let name = "LineEditorDemo"

    /// `$LINE_EDITOR_DEMO`, else the product built with the tests; nil when it is not there.
    static func path() -> String? {
        let path = ProcessInfo.processInfo.environment["LINE_EDITOR_DEMO"] ?? PackageFolder.product(name).path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
