import AdvisorKit
import AtomicFiles
import Foundation
import LineEditor

/// Runs the guided chat on the terminal (or on plain lines when standard input is not one).
struct ChatSession {
    let engine: Engine
    let answers: Answers?
    /// Questions the answers file answered `null` ("don't know").
    var dontKnow: Set<QuestionIndex> = []
    /// The cost model with any --assume values; nil when the rule base has none.
    let costs: CostAssumptions?
    let printer: ChatPrinter
    /// Where `reload` reads the rules from (`rulesFolder`; nil for the built-in rules, which
    /// cannot change) and the cost model (--costs-file, else the rule folder).
    let ruleOptions: RuleBaseOptions
    let costOptions: CostOptions
    /// Whether to keep the conversation in the state folder and offer it back: only for a
    /// person at a terminal (never for --answers runs or piped input), and `offer` false with --fresh.
    var keepsConversation = false
    var offersSavedConversation = false

    var rulesFolder: String? { ruleOptions.folder }

    func run() {
        let state = ConversationBox(Conversation(engine: engine, answers: answers, dontKnow: dontKnow, costs: costs))
        let historyFile = LineEditor.defaultHistoryFile()
        let reader = LineReaderFactory.makeLineReader(
            programName: "advisor",
            historyFile: historyFile,
            completion: { text in state.conversation.completions(forTextBeforeCursor: text) })
        defer { reader.close() }
        var keeper = keepsConversation ? ConversationKeeper(store: ConversationStore(besideHistoryFile: historyFile)) : nil
        switch offersSavedConversation ? keeper?.offer(reader, engine: engine, costs: costs, show: show) : nil {
        case .carryOn(let conversation, let reply)?:
            state.conversation = conversation
            show(reply)
        case .leave?:
            return
        case .startAfresh?, nil:
            show(state.conversation.start())
        }
        while true {
            switch reader.readLine(prompt: "> ") {
            case .line(let line):
                reader.addHistory(line)
                for warning in reader.warnings { Terminal.printError("advisor: warning: \(warning)") }
                let reply = state.conversation.handle(line)
                keeper?.keep(state.conversation)
                show(reply)
                switch reply.effect {
                case .quit?:
                    keeper?.leave(state.conversation)
                    return
                case .save(let path, let contents, let description)?: save(contents, to: path, description: description)
                case .reload?:
                    reload(state)
                    keeper?.keep(state.conversation)
                case nil: break
                }
            case .interrupted:
                continue
            case .endOfInput:
                keeper?.leave(state.conversation)
                return
            }
        }
    }

    private func show(_ reply: ChatReply) {
        Terminal.write(printer.text(for: reply))
        // Said once, after the first step that wanted the solver where libz3 is missing.
        if let notice = SolverNotice.take(for: .chat) { Terminal.write(printer.text(for: [.note(notice)])) }
    }

    /// Re-reads the rule folder, shows every problem found, and goes on with the new rules only
    /// when they load; otherwise the chat keeps the rules it had.
    private func reload(_ state: ConversationBox) {
        guard let rulesFolder else {
            show(
                ChatReply([
                    .say("These are the built-in rules, which cannot change while advisor runs. Start it with --rules DIR to edit rules and reload them.")
                ]))
            return
        }
        let files: [RuleFile]
        do {
            files = try RuleBaseOptions.ruleFiles(in: rulesFolder)
        } catch {
            show(ChatReply([.say("Could not read the rules: \(error.lines.joined(separator: "\n")). Keeping the rules as they were.")]))
            return
        }
        let report = RuleBaseChecker.check(files)
        if !report.diagnostics.isEmpty {
            Terminal.write(DiagnosticRenderer.text(report.diagnostics, files: files))
        }
        guard report.errorCount == 0, let ruleBase = report.ruleBase else {
            show(
                ChatReply([.say("The rules have \(Prose.count(report.errorCount, "error")); keeping the rules as they were. Fix them and type reload again.")]))
            return
        }
        var costModel = report.costModel
        if costOptions.costsFile != nil {
            do {
                costModel = try CostOptions.load(ruleBase: ruleBase, ruleFiles: files, costsFile: costOptions.costsFile)?.model
            } catch {
                show(ChatReply([.say("The cost file has errors: \(error.lines.joined(separator: "\n")). Keeping the rules as they were.")]))
                return
            }
        }
        let (conversation, reply) = state.conversation.rebased(on: Engine(ruleBase: ruleBase), costModel: costModel)
        state.conversation = conversation
        show(reply)
    }

    private func save(_ contents: String, to path: String, description: String) {
        do {
            try AtomicFileWriter.write(Array(contents.utf8), to: path)
            Terminal.write(printer.text(for: [.note("Saved \(description) to \(path).")]))
        } catch {
            Terminal.write(printer.text(for: [.say("Could not save to \(path): \(error). Nothing was lost; try another file name.")]))
        }
    }
}

/// Lets the completion callback read the conversation the loop is changing.
final class ConversationBox {
    var conversation: Conversation
    init(_ conversation: Conversation) { self.conversation = conversation }
}
