import Yams

/// Builds a checked `RuleBase` from rule files, reporting every problem at its file, line and column.
///
/// Any `.yaml` file may hold any of the top-level keys `articles`, `questions`, `options`,
/// `theme`, `rules`, `costs` (the cost model, read by `CostModelLoader`), `intro` and
/// `first_question` (the chat's opening, read by `ChatSettingsReader`); files under `tests/`
/// hold `cases`. Files are read in path order, so
/// the order of questions, options and rules (and thus every tie-break) is deterministic.
public enum RuleBaseLoader {
    static let topLevelKeys = ["articles", "questions", "options", "theme", "rules", "costs"] + ChatSettingsReader.keys
    static let testTopLevelKeys = ["cases"]

    /// Loads and checks a rule base. Throws all diagnostics when there is any error;
    /// warnings alone are returned with the rule base.
    public static func load(_ files: [RuleFile]) throws(RuleBaseError) -> (RuleBase, warnings: [Diagnostic]) {
        let log = DiagnosticLog()
        var documents: [(RuleFile, YAMLDocument, [String: Node])] = []
        // A file that fails to load, or a part of one under an unknown key, may define what other
        // files name: they are not faulted for it (one mistake, one message).
        var unread = UnreadText()
        for file in files {
            switch YAMLDocument.parse(file.contents, path: file.path) {
            case .failure(let diagnostic):
                log.append(diagnostic)
                if !file.isTestFile { unread.add(file.contents) }
            case .success(let document):
                guard let root = document.root else { continue }
                let reader = NodeReader(document: document, log: log)
                let allowed = file.isTestFile ? testTopLevelKeys : topLevelKeys
                let what = file.isTestFile ? "a test file" : "a rule file"
                guard let fields = reader.fields(root, of: what, allowed: allowed, required: []) else {
                    if !file.isTestFile { unread.add(file.contents) }
                    continue
                }
                documents.append((file, document, fields))
                if case .mapping(let mapping) = root, !file.isTestFile {
                    for (key, value) in mapping where !(key.string.map(allowed.contains) ?? false) { unread.add(value) }
                }
            }
        }
        var builder = RuleBaseBuilder(log: log)
        builder.unread = unread
        for (_, document, fields) in documents {
            builder.readArticles(fields["articles"], NodeReader(document: document, log: log))
        }
        for (_, document, fields) in documents {
            builder.readQuestions(fields["questions"], NodeReader(document: document, log: log))
        }
        for (_, document, fields) in documents {
            builder.readOptions(fields["options"], NodeReader(document: document, log: log))
        }
        for (_, document, fields) in documents {
            let reader = NodeReader(document: document, log: log)
            let theme = reader.text(fields["theme"], "theme", in: "the file")
            builder.readRules(fields["rules"], theme: theme, reader)
        }
        var chat = ChatSettingsReader(log: log)
        for (_, document, fields) in documents {
            chat.read(
                fields, questions: builder.questions, missing: { [builder] in builder.incomplete.contains($0) || builder.unread.mightDefine($0) },
                NodeReader(document: document, log: log))
        }
        builder.requireContents(at: files.first.map { SourceLocation(file: $0.path, line: 1, column: 1) })
        var ruleBase = builder.ruleBase
        ruleBase.identity = RuleBaseIdentity(name: RuleBaseIdentity.folderName(of: files), files: files)
        ruleBase.intro = chat.intro
        ruleBase.firstQuestion = chat.firstQuestion
        if !log.hasErrors {
            for (_, document, fields) in documents {
                ruleBase.testCases += RuleTestCaseReader.read(fields["cases"], NodeReader(document: document, log: log), ruleBase: ruleBase)
            }
        }
        if log.hasErrors {
            throw RuleBaseError(diagnostics: sortedByLocation(log.diagnostics))
        }
        return (ruleBase, sortedByLocation(log.diagnostics))
    }

    /// Diagnostics in file, line, column order; the sort is stable for equal places.
    package static func sortedByLocation(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case (let left?, let right?) where left != right: return left < right
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
