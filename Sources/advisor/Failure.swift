import AdvisorKit

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
    case silent(exitCode: Int32)
    /// Any other failure, with its message (without the `advisor: error: ` prefix) and status.
    case other(message: String, exitCode: Int32)

    static func unsettled(_ error: AdviceError, ruleBase: RuleBase, path: String) -> Failure {
        switch error {
        case .unsettled(let open, let possible):
            let needed = open.map { index in
                let question = ruleBase.questions[index]
                return "\(question.id) (\(question.expectation))"
            }.joined(separator: ", ")
            let candidates = possible.map { ruleBase.options[$0].id }.joined(separator: " or ")
            return .unsettled(message: "\(path == "-" ? "<stdin>" : path): the answers do not settle the recommendation yet (it could be \(candidates)); still needed: \(needed); --open shows what each answer would lead to")
        }
    }

    static func costsNeedAnswers(_ error: CostEstimateError, ruleBase: RuleBase, path: String) -> Failure {
        switch error {
        case .unanswered(let questions):
            let needed = questions.map { "\(ruleBase.questions[$0].id) (\(ruleBase.questions[$0].expectation))" }.joined(separator: ", ")
            return .unsettled(message: "\(path == "-" ? "<stdin>" : path): the cost estimate needs an answer to \(needed)")
        }
    }

    var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .answers, .unsettled: return 65
        case .silent(let code), .other(_, let code): return code
        case .rules: return 78
        case .file(let error, let isRules):
            switch error.kind {
            case .missing, .unreadable: return 66
            case .tooLarge, .notText: return isRules ? 78 : 65
            }
        }
    }

    var message: String {
        switch self {
        case .answers(let diagnostics), .rules(let diagnostics):
            return diagnostics.map { "advisor: " + $0.description }.joined(separator: "\n")
        case .file(let error, _):
            return "advisor: error: \(error.description)"
        case .unsettled(let message), .usage(let message), .other(let message, _):
            return "advisor: error: \(message)"
        case .silent:
            return ""
        }
    }
}
