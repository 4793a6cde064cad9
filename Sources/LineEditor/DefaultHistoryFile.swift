import Foundation

extension LineEditor {
    /// The history file an application should use by default:
    /// `$XDG_STATE_HOME/<applicationName>/history`, or
    /// `$HOME/.local/state/<applicationName>/history` when `XDG_STATE_HOME` is
    /// unset, empty or not an absolute path (as the XDG Base Directory
    /// specification requires).
    ///
    /// - Parameters:
    ///   - applicationName: The folder name under the state directory.
    ///   - environment: The environment to read, the process's by default.
    /// - Returns: `nil` when neither variable gives an absolute path.
    public static func defaultHistoryFile(
        applicationName: String = "advisor",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        let stateHome: URL
        if let xdgStateHome = environment["XDG_STATE_HOME"], xdgStateHome.hasPrefix("/") {
            stateHome = URL(fileURLWithPath: xdgStateHome, isDirectory: true)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            stateHome = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local", isDirectory: true)
                .appendingPathComponent("state", isDirectory: true)
        } else {
            return nil
        }
        return
            stateHome
            .appendingPathComponent(applicationName, isDirectory: true)
            .appendingPathComponent("history", isDirectory: false)
    }
}
