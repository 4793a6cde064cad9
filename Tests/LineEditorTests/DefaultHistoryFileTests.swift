import Foundation
import LineEditor
import Testing

@Suite("Default history file")
struct DefaultHistoryFileTests {
    @Test func usesXDGStateHomeWhenSet() {
        let url = LineEditor.defaultHistoryFile(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"])
        #expect(url?.path == "/x/state/advisor/history")
    }

    @Test func fallsBackToHomeWhenXDGStateHomeIsUnset() {
        let url = LineEditor.defaultHistoryFile(environment: ["HOME": "/home/u"])
        #expect(url?.path == "/home/u/.local/state/advisor/history")
    }

    @Test("ignores an empty or relative XDG_STATE_HOME", arguments: ["", "relative/state"])
    func ignoresInvalidXDGStateHome(_ value: String) {
        let url = LineEditor.defaultHistoryFile(environment: ["XDG_STATE_HOME": value, "HOME": "/home/u"])
        #expect(url?.path == "/home/u/.local/state/advisor/history")
    }

    @Test func nilWithoutHomeOrXDGStateHome() {
        #expect(LineEditor.defaultHistoryFile(environment: [:]) == nil)
    }

    @Test func usesTheApplicationName() {
        let url = LineEditor.defaultHistoryFile(applicationName: "other", environment: ["HOME": "/h"])
        #expect(url?.path == "/h/.local/state/other/history")
    }
}
