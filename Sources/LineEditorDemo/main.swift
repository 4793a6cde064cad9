// A small interactive program for the LineEditor tests.
//
// History file: the first argument, else $LINE_EDITOR_DEMO_HISTORY, else the
// default location for "advisor". Completes help, hello, history and quit.
// Prints "got: <line>" for each line and "interrupted" on Ctrl-C; exits with
// status 0 on end of input or "quit".
import Foundation
import LineEditor

let arguments = CommandLine.arguments.dropFirst()
let environment = ProcessInfo.processInfo.environment
let historyFile =
    arguments.first.map { URL(fileURLWithPath: $0) }
    ?? environment["LINE_EDITOR_DEMO_HISTORY"].map { URL(fileURLWithPath: $0) }
    ?? LineEditor.defaultHistoryFile(environment: environment)

let commands = ["help", "hello", "history", "quit"]
let reader = LineReaderFactory.makeLineReader(
    programName: "lineeditor-demo",
    historyFile: historyFile,
    completion: { textBeforeCursor in
        let word = textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).last ?? ""
        return commands.filter { $0.hasPrefix(word) }
    }
)

func say(_ text: String) {
    print(text)
    fflush(nil)
}

readLoop: while true {
    switch reader.readLine(prompt: "> ") {
    case .line(let line):
        reader.addHistory(line)
        say("got: \(line)")
        for warning in reader.warnings {
            say("warning: \(warning)")
        }
        if line == "quit" {
            break readLoop
        }
    case .interrupted:
        say("interrupted")
    case .endOfInput:
        break readLoop
    }
}
reader.close()
exit(0)
