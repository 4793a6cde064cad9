import Foundation

/// Long outputs compared with files kept beside the tests. `ADVISOR_UPDATE_GOLDEN=1 swift test`
/// rewrites the files instead of comparing (then review the diff before committing).
public enum GoldenFile {
    /// Whether this run rewrites golden files.
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["ADVISOR_UPDATE_GOLDEN"] == "1" }

    /// The first line that differs, or nil when `actual` matches the golden file `name` in `folder`
    /// (written first when updating).
    public static func mismatch(_ actual: String, against name: String, in folder: URL) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
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
