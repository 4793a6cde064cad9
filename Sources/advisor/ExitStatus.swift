/// The statuses advisor exits with: the sysexits(3) code for what went wrong, and 1 for a check
/// that found something. `advisor --help`, `advisor batch --help` and the README list them.
enum ExitStatus: Int32, CaseIterable, Sendable {
    case success = 0
    /// `rules test`: a case failed; `rules diff`: some advice changes.
    case checkFailed = 1
    /// EX_USAGE: a command line that cannot be used.
    case usage = 64
    /// EX_DATAERR: bad or insufficient answers, bad batch input.
    case dataErr = 65
    /// EX_NOINPUT: an input file missing or unreadable.
    case noInput = 66
    /// EX_UNAVAILABLE: a program the command needs is missing (`advisor mcp` without `advisor-mcp`).
    case unavailable = 69
    /// EX_CANTCREAT: an output file that cannot be created.
    case cantCreate = 73
    /// EX_IOERR: an error while writing the output.
    case ioErr = 74
    /// EX_CONFIG: a broken rule base (also `rules check` with errors, or warnings under --strict).
    case config = 78

    /// What the status means, as the help lists it.
    var meaning: String {
        switch self {
        case .success: return "success"
        case .checkFailed: return "a rule test failed or rules diff found changed advice"
        case .usage: return "usage error"
        case .dataErr: return "bad or insufficient answers"
        case .noInput: return "a file missing or unreadable"
        case .unavailable: return "a program it needs is missing"
        case .cantCreate: return "an output file cannot be created"
        case .ioErr: return "an error writing the output"
        case .config: return "a broken rule base"
        }
    }

    /// "Exit status: 0 success, 64 usage error, …", for a command's help; `meanings` words some
    /// statuses the command's own way.
    static func help(_ statuses: [ExitStatus] = allCases, meanings: [ExitStatus: String] = [:]) -> String {
        "Exit status: " + statuses.map { "\($0.rawValue) \(meanings[$0] ?? $0.meaning)" }.joined(separator: ", ") + "."
    }
}
