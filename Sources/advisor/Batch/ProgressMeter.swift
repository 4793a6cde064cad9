import AdvisorKit
import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal:
/// cases done, rate, and with a known input size the share done and the time left.
struct ProgressMeter {
    let isEnabled: Bool
    let totalBytes: Int?
    private let start: Double
    private var lastDrawn: Double

    init(totalBytes: Int?, isEnabled: Bool = Platform.isTerminal(Platform.standardError)) {
        self.isEnabled = isEnabled
        self.totalBytes = totalBytes
        start = Self.now()
        lastDrawn = start
    }

    static func now() -> Double {
        Platform.monotonicSeconds()
    }

    /// Redraws at most ten times a second.
    mutating func update(cases: Int, bytes: Int) {
        guard isEnabled else { return }
        let now = Self.now()
        guard now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        Terminal.writeError("\r\u{1B}[K" + Self.line(cases: cases, bytes: bytes, totalBytes: totalBytes, elapsed: now - start))
    }

    /// Clears the bar.
    func finish() {
        guard isEnabled else { return }
        Terminal.writeError("\r\u{1B}[K")
    }

    /// The text of the bar: `120,000 cases  1.1M cases/s  40%  ETA 0:02`.
    static func line(cases: Int, bytes: Int, totalBytes: Int?, elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(cases) / elapsed : 0
        var text = "\(Prose.grouped(cases)) cases  \(compact(rate)) cases/s"
        if let totalBytes, totalBytes > 0, bytes > 0 {
            let share = min(1, Double(bytes) / Double(totalBytes))
            let left = Int((elapsed / share - elapsed).rounded())
            text += "  \(Int(share * 100))%  ETA \(left / 60):\(String(format: "%02d", left % 60))"
        }
        return text
    }

    private static func compact(_ value: Double) -> String {
        if value >= 1e6 { return String(format: "%.1fM", value / 1e6) }
        if value >= 1e3 { return String(format: "%.0fk", value / 1e3) }
        return String(format: "%.0f", value)
    }
}
