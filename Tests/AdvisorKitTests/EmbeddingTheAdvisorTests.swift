import AdvisorKit
import Foundation
import Testing

// The code of the article "Embedding the advisor" (Sources/AdvisorKit/AdvisorKit.docc), compiled
// and run here against the public API only (no @testable import in this file). A test checks
// that every code block of the article is in this file, line for line.

/// Loads a rule base: the folder's YAML rule files, or the built-in rules when there is no folder.
/// Also returns the files, which hold the cost model.
func loadRuleBase(from folder: String?) throws -> (RuleBase, [RuleFile]) {
    guard let folder else { return (DefaultRules.ruleBase, DefaultRules.files) }
    let files = try FileReader.ruleFiles(in: folder)
    do {
        let (ruleBase, warnings) = try RuleBaseLoader.load(files)
        for warning in warnings { print(warning) }
        return (ruleBase, files)
    } catch {
        // Every problem, each at its file:line:column, with the line and a caret.
        print(DiagnosticRenderer.text(error.diagnostics, files: files))
        throw error
    }
}

/// Answers from pairs of question ids and answers, read as an answers file reads them.
func answers(_ pairs: [(String, String)], for ruleBase: RuleBase) throws -> Answers {
    var answers = Answers(questionCount: ruleBase.questions.count)
    for (id, text) in pairs {
        guard let question = ruleBase.questionIndex(id) else { continue }
        answers[question] = try AnswerValueParser.parse(text, for: ruleBase.questions[question])
    }
    return answers
}

/// The advice for an answers file's contents (JSON or YAML), or the questions still needed.
func advise(_ data: Data, engine: Engine) throws -> Advice {
    let decoded = try AnswerFile.decode(data, path: "answers.json", ruleBase: engine.ruleBase)
    do {
        return try engine.advise(decoded.answers)
    } catch .unsettled(let openQuestions, _) {
        let needed = openQuestions.map { engine.ruleBase.questions[$0].id }
        throw AnswersNeeded(questions: needed)
    }
}

struct AnswersNeeded: Error {
    var questions: [String]
}

/// The report in three formats, with the cost estimate when the rule files have a cost model.
func reports(_ advice: Advice, engine: Engine, files: [RuleFile]) throws -> [String] {
    var costs: CostReport?
    if let model = try CostModelLoader.load(files, ruleBase: engine.ruleBase).0 {
        var assumptions = CostAssumptions(model: model)
        try assumptions.assume("break_fix_hourly_rate=110")
        costs = try CostReport(engine: engine, assumptions: assumptions, answers: advice.answers, advice: advice)
    }
    return [
        TextRenderer(width: 72, colors: false).render(advice, costs: costs),
        JSONRenderer.render(advice, costs: costs),
        MarkdownRenderer.render(advice, costs: costs),
    ]
}

/// Runs the guided chat over any source of lines, showing its replies with `show`; `costs`
/// (a cost model with any changed assumptions) answers the chat's `costs` command.
func chat(engine: Engine, costs: CostAssumptions?, lines: [String], show: (String) -> Void) {
    var conversation = Conversation(engine: engine, costs: costs)
    var reply = conversation.start()
    var remaining = lines[...]
    while true {
        for block in reply.blocks { show(text(of: block)) }
        switch reply.effect {
        case .quit?:
            return
        case .save(let path, let contents, let description)?:
            let saved = (try? contents.write(toFile: path, atomically: true, encoding: .utf8)) != nil
            show(saved ? "Saved \(description) to \(path)." : "Could not save to \(path).")
        case .reload?:
            show("This front end keeps its rules.")
        case nil:
            break
        }
        guard let line = remaining.popFirst() else { return }
        reply = conversation.handle(line)
    }
}

/// One block of a chat reply as plain text.
func text(of block: ChatBlock) -> String {
    switch block {
    case .say(let text), .note(let text): return text
    case .item(let text): return "• " + text
    case .ask(let text): return "\n" + text
    case .advice(let advice): return TextRenderer(width: 72).render(advice)
    case .conditional(let conditional): return TextRenderer(width: 72).render(conditional)
    case .costs(let report): return CostTextRenderer(width: 72).render(report)
    }
}

@Suite struct EmbeddingTheAdvisorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let article = root.appendingPathComponent("Sources/AdvisorKit/AdvisorKit.docc/EmbeddingTheAdvisor.md")

    @Test func loadAdviseAndRenderAsTheArticleDoes() throws {
        let (builtIn, _) = try loadRuleBase(from: nil)
        let (ruleBase, files) = try loadRuleBase(from: Self.root.appendingPathComponent("Rules").path)
        #expect(ruleBase.rules.map(\.id) == builtIn.rules.map(\.id), "the folder Rules/ and the built-in rules are the same")
        let engine = Engine(ruleBase: ruleBase)

        let file = Data(
            """
            {"users": 12, "variable_bills": "accept", "backup_monitoring": false,
             "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": false}
            """.utf8)
        let advice = try advise(file, engine: engine)
        #expect(ruleBase.options[advice.recommendation].id == "break_fix")
        let same = try engine.advise(
            try answers(
                [
                    ("users", "12"), ("variable_bills", "accept"), ("backup_monitoring", "no"),
                    ("network_complexity", "moderate"), ("downtime_cost", "medium"), ("proactive_care", "no"),
                ], for: ruleBase))
        #expect(same.recommendation == advice.recommendation && same.reasons == advice.reasons)

        let (text, json, markdown) = try {
            let all = try reports(advice, engine: engine, files: files)
            return (all[0], all[1], all[2])
        }()
        #expect(text.hasPrefix("Recommendation: Break-fix shop") && text.contains("× 110 USD/hour"))
        #expect(json.contains("\"recommendation\": \"break_fix\"") && json.contains("\"costs\""))
        #expect(markdown.hasPrefix("# IT support recommendation: Break-fix shop") && markdown.contains("```mermaid"))

        do {
            _ = try advise(Data(#"{"users": 12}"#.utf8), engine: engine)
            Issue.record("twelve users alone do not settle the recommendation")
        } catch let needed as AnswersNeeded {
            #expect(needed.questions.contains("variable_bills"))
        }
    }

    @Test func brokenRulesFailWithLocatedDiagnostics() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-embedding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rules:\n  - id: x\n    when: user > 3\n".write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: RuleBaseError.self) { try loadRuleBase(from: folder.path) }
    }

    @Test func theChatRunsFromAnotherFrontEnd() throws {
        let engine = Engine(ruleBase: DefaultRules.ruleBase)
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-embedding-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: saved) }
        let model = try #require(try CostModelLoader.load(DefaultRules.files, ruleBase: engine.ruleBase).0)
        var shown: [String] = []
        chat(
            engine: engine, costs: CostAssumptions(model: model),
            lines: [
                "about 12 people", "bills can vary, that's fine", "not much", "not really", "no thanks, just fix it when it breaks", "costs",
                "save \(saved.path)", "quit", "never read",
            ]
        ) {
            shown.append($0)
        }
        let all = shown.joined(separator: "\n")
        #expect(all.contains("Recommendation: Break-fix shop"), "\(all)")
        #expect(all.contains("What it would cost"))
        #expect(all.contains("Saved ") && FileManager.default.fileExists(atPath: saved.path))
        #expect(!all.contains("never read"))
        var conversation = Conversation(engine: engine)
        _ = conversation.start()
        #expect(conversation.completions(forTextBeforeCursor: "wh").contains("why"))
    }

    /// Every code block of the article stands in this file, line for line (indentation aside),
    /// so the article's code is the code compiled and run above.
    @Test func theArticlesCodeIsThisFilesCode() throws {
        let article = try String(contentsOf: Self.article, encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let sourceLines = source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let blocks = article.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "\n```").first ?? "" }
        #expect(blocks.count >= 4, "the article has its code blocks")
        // Each paragraph of a block (lines between blank lines) stands together in this file.
        for block in blocks.flatMap({ $0.components(separatedBy: "\n\n") }) {
            let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let found = sourceLines.indices.contains { start in
                start + lines.count <= sourceLines.count && Array(sourceLines[start..<start + lines.count]) == lines
            }
            #expect(found, "not in EmbeddingTheAdvisorTests.swift:\n\(block)")
        }
    }
}
