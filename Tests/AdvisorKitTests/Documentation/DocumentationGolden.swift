import Foundation

/// Golden files of the documentation and comparison tests, in `Tests/AdvisorKitTests/Fixtures/golden/`.
/// `ADVISOR_UPDATE_GOLDEN=1 swift test` rewrites them instead of comparing.
enum DocumentationGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("golden")

    /// The first line that differs, or nil when `actual` matches the golden file `name`.
    static func mismatch(_ actual: String, against name: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ADVISOR_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing golden file \(name); run with ADVISOR_UPDATE_GOLDEN=1 to create it"
        }
        guard actual != expected else { return nil }
        let actualLines = actual.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let got = index < actualLines.count ? actualLines[index] : "<end>"
            let want = index < expectedLines.count ? expectedLines[index] : "<end>"
            if got != want { return "\(name):\(index + 1): expected \(want.debugDescription), got \(got.debugDescription)" }
        }
        return "\(name) differs"
    }
}
