import Foundation
import PseudoTerminalTesting

/// Golden files of the documentation and comparison tests, in `Tests/AdvisorKitTests/Fixtures/golden/`.
/// `ADVISOR_UPDATE_GOLDEN=1 swift test` rewrites them instead of comparing.
enum DocumentationGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("golden")

    /// The first line that differs, or nil when `actual` matches the golden file `name`.
    static func mismatch(_ actual: String, against name: String) throws -> String? {
        try GoldenFile.mismatch(actual, against: name, in: folder)
    }
}
