import AdvisorKit
import ArgumentParser

/// Everything that ends a run unsuccessfully, with its message and sysexits status, in one place.
enum Failure: Error {
    /// Bad or insufficient answers (65).
    case answers([Diagnostic])
    /// A broken rule base (78).
    case rules([Diagnostic])
    /// A file that is missing or unreadable (66); rule files that are not text count as broken rules (78).
    case file(FileReadError, isRules: Bool)
    /// The answers leave the recommendation open (65).
    case unsettled(message: String)
    /// A command-line value that cannot be used, such as a bad --assume (64).
    case usage(String)
    /// An outcome already reported on standard output (failed tests, a diff, warnings under --strict).
    case silent(ExitStatus)
    /// Any other failure, with its message (without the `advisor: error: ` prefix) and status.
    case other(message: String, status: ExitStatus)

    /// Answers that give no report: the recommendation is still open, or the estimate needs more.
    static func noReport(_ error: AnswersReportError, ruleBase: RuleBase, path: String) -> Failure {
        let file = path == "-" ? "<stdin>" : path
        switch error {
        case .unsettled: return .unsettled(message: "\(file): \(error.message(in: ruleBase)); --open shows what each answer would lead to")
        case .costsNeedAnswers: return .unsettled(message: "\(file): \(error.message(in: ruleBase))")
        }
    }

    var status: ExitStatus {
        switch self {
        case .usage: return .usage
        case .answers, .unsettled: return .dataErr
        case .silent(let status), .other(_, let status): return status
        case .rules: return .config
        case .file(let error, let isRules):
            switch error.kind {
            case .missing, .unreadable: return .noInput
            case .tooLarge, .notText: return isRules ? .config : .dataErr
            }
        }
    }

    /// The message, one line each: `error: …`, or every diagnostic as `file:line:column: error: …`;
    /// without the program's name, for the chat to show in its own words.
    var lines: [String] {
        switch self {
        case .answers(let diagnostics), .rules(let diagnostics):
            return diagnostics.map(\.description)
        case .file(let error, _):
            return ["error: \(error.description)"]
        case .unsettled(let message), .usage(let message), .other(let message, _):
            return ["error: \(message)"]
        case .silent:
            return []
        }
    }

    /// The message for standard error, each line after `advisor: `.
    var message: String {
        lines.map { "advisor: " + $0 }.joined(separator: "\n")
    }
}

/// Runs a command's body, turning a `Failure` into its message on standard error and its exit status.
func reportingFailures(_ body: () throws(Failure) -> Void) throws {
    do {
        try body()
    } catch {
        if !error.message.isEmpty { Terminal.printError(error.message) }
        throw ExitCode(error.status.rawValue)
    }
}
