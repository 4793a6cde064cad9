/// The commands the chat understands besides answers, with their one-line help.
public enum ChatCommand: String, CaseIterable, Sendable {
    case help, why, skip, back, change, answers
    case whatIf = "what-if"
    case how
    case whyNot = "why-not"
    case costs, assume, assumptions
    case save
    case saveTest = "save-test"
    case reload, restart, quit

    /// How it is typed, with its arguments.
    public var usage: String {
        switch self {
        case .change: return "change QUESTION"
        case .whatIf: return "what-if QUESTION ANSWER"
        case .whyNot: return "why-not OPTION"
        case .assume: return "assume ID VALUE"
        case .save: return "save FILE"
        case .saveTest: return "save-test FILE"
        default: return rawValue
        }
    }

    /// One line for `help`.
    public var summary: String {
        switch self {
        case .help: return "list these commands"
        case .why: return "why the current question is asked and which options it can sway"
        case .skip: return "leave the current question open as “don't know” and go on (pass works too)"
        case .back: return "undo the last answer"
        case .change: return "answer one question again"
        case .answers: return "review what you have said"
        case .whatIf: return "see how the recommendation would change, without changing your answers"
        case .how: return "which rules led to the recommendation, with their sources"
        case .whyNot: return "what held an option back, and the smallest change that would make it lead"
        case .costs: return "what each option would cost a year for the answers so far, and where that changes"
        case .assume: return "change one cost assumption for this conversation (assume reset takes them all back)"
        case .assumptions: return "list the cost assumptions with their values and sources"
        case .save: return "save your answers as a file for advisor --answers"
        case .saveTest: return "save this conversation as a rule test case (Rules/tests format)"
        case .reload: return "re-read the rule base (with --rules) and report its problems"
        case .restart: return "start again from the first question"
        case .quit: return "leave (Ctrl-D works too)"
        }
    }

    /// Splits a line into a command and its arguments, when its first word is a command.
    package static func parse(_ line: String) -> (ChatCommand, [String])? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first?.lowercased() else { return nil }
        let aliases: [String: ChatCommand] = ["exit": .quit, "whatif": .whatIf, "whynot": .whyNot, "?": .help, "undo": .back, "pass": .skip]
        guard let command = ChatCommand(rawValue: first) ?? aliases[first] else { return nil }
        return (command, Array(words.dropFirst()))
    }
}
