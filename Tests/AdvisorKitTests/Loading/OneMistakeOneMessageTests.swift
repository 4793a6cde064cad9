import Testing
@testable import AdvisorAuthoring
@testable import AdvisorEngine
@testable import AdvisorModel

/// One mistake in a question, one message: each case edits one place in a copy of the shipped
/// rules (in memory) and `rules check` must report exactly one error, of the expected kind and
/// where the mistake is; the question still loads as far as it can, so the rules that read it
/// are checked and none of them gets "unknown question" on top.
@Suite struct OneMistakeOneMessageTests {
    /// The shipped rule files with the first `find` in `path` replaced by `replacement`.
    static func edited(_ path: String, _ find: String, _ replacement: String) throws -> [RuleFile] {
        let files = DefaultRules.files
        let index = try #require(files.firstIndex { $0.relativePath == path })
        let contents = files[index].contents
        let range = try #require(contents.range(of: find), "'\(find)' is not in \(path)")
        var edited = files
        edited[index] = RuleFile(
            path: files[index].path, relativePath: files[index].relativePath, contents: contents.replacingCharacters(in: range, with: replacement))
        return edited
    }

    /// The 1-based line of the first `find` in `path` of the shipped rules.
    static func line(of find: String, in path: String) -> Int? {
        guard let file = DefaultRules.files.first(where: { $0.relativePath == path }), let range = file.contents.range(of: find) else { return nil }
        return file.contents[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    struct Mistake: Sendable, CustomStringConvertible {
        var what: String
        var find: String
        var replacement: String
        var code: DiagnosticCode
        var description: String { what }
    }

    static let mistakes: [Mistake] = [
        Mistake(what: "an alias that clashes with another choice's", find: "aliases: [medium,", replacement: "aliases: [basic, medium,", code: .ambiguousAlias),
        Mistake(what: "an alias listed twice", find: "aliases: [medium,", replacement: "aliases: [medium, medium,", code: .ambiguousAlias),
        Mistake(what: "an alias with no words", find: "aliases: [medium,", replacement: "aliases: [\"!!\", medium,", code: .emptyValue),
        Mistake(what: "a hint that repeats an alias", find: "hints: [in the middle,", replacement: "hints: [medium, in the middle,", code: .ambiguousAlias),
        Mistake(
            what: "a hint for an answer a yes-or-no question lacks", find: "    hints:\n      yes: [", replacement: "    hints:\n      yse: [",
            code: .unknownKey),
        Mistake(what: "a choice value that is no identifier", find: "- value: moderate\n", replacement: "- value: Moderate\n", code: .badIdentifier),
        Mistake(what: "a choice value listed twice", find: "- value: moderate\n", replacement: "- value: simple\n", code: .duplicateID),
        Mistake(what: "a choice's label misspelt", find: "label: some servers", replacement: "lable: some servers", code: .unknownKey),
        Mistake(what: "a choice without a label", find: "        label: some servers or shared systems\n", replacement: "", code: .missingKey),
        Mistake(what: "a min above the max", find: "    min: 1\n    unit: users", replacement: "    min: 1\n    max: 0\n    unit: users", code: .emptyRange),
        Mistake(what: "a min that is no number", find: "    min: 1\n    unit: users", replacement: "    min: one\n    unit: users", code: .wrongType),
        Mistake(what: "a question type misspelt", find: "type: choice", replacement: "type: choise", code: .unknownType),
        Mistake(what: "a question's choices key misspelt", find: "    choices:\n", replacement: "    choises:\n", code: .unknownKey),
        Mistake(what: "a question id that is no identifier", find: "  - id: users\n", replacement: "  - id: Users\n", code: .badIdentifier),
        Mistake(what: "a question's why misspelt", find: "    why: >-\n", replacement: "    whi: >-\n", code: .unknownKey),
        // The whole file is lost, and every question with it: the rules that read them are not faulted.
        Mistake(what: "a YAML syntax error", find: "type: choice", replacement: "type: choice: [", code: .yamlSyntax),
        Mistake(what: "the questions key misspelt", find: "\nquestions:\n", replacement: "\nquestons:\n", code: .unknownKey),
    ]

    @Test(arguments: mistakes)
    func eachMistakeGetsOneError(_ mistake: Mistake) throws {
        let report = RuleBaseChecker.check(try Self.edited("questions.yaml", mistake.find, mistake.replacement))
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.message))")
        #expect(errors.first?.code == mistake.code.rawValue, "\(errors.map(\.message))")
        let line = try #require(Self.line(of: mistake.find, in: "questions.yaml"))
        // Reported where the edit is (a missing key: at the choice or question it is missing from).
        let reported = try #require(errors.first?.location)
        #expect(reported.file == "Rules/questions.yaml")
        #expect(abs(reported.line - line) <= 3, "reported at line \(reported.line), the edit is at \(line)")
    }

    /// A file the loader cannot read, or whose top level is not a mapping, might define any name
    /// it holds: the rules naming its options or claims get no second error.
    @Test(arguments: [
        ("options.yaml", "  - id: break_fix\n", "  - id: break_fix\n   x: [\n", DiagnosticCode.yamlSyntax),
        ("options.yaml", "intro: I'll ask", "- intro: I'll ask", DiagnosticCode.yamlSyntax),
        ("article.yaml", "      - id: more_than_one_tech\n", "      - id: more_than_one_tech\n     - [\n", DiagnosticCode.yamlSyntax),
        ("article.yaml", "\narticles:\n", "\narticels:\n", DiagnosticCode.unknownKey),
    ])
    func aFileThatCannotBeReadGetsOneError(_ path: String, _ find: String, _ replacement: String, _ code: DiagnosticCode) throws {
        let errors = RuleBaseChecker.check(try Self.edited(path, find, replacement)).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [code.rawValue], "\(errors.map(\.message))")
        #expect(errors.first?.location?.file == "Rules/\(path)")
    }

    /// A file whose top level is a list is lost whole too: one error, at the list.
    @Test func aRuleFileThatIsAListGetsOneError() throws {
        let files = try Self.edited("questions.yaml", "\nquestions:\n", "\n- questions:\n")
        let errors = RuleBaseChecker.check(files).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [DiagnosticCode.wrongType.rawValue], "\(errors.map(\.message))")
    }

    /// A name the unreadable file does not hold is still reported: the typo in a rule is a second
    /// mistake. `first_question` naming one of its questions is not.
    @Test func aNameTheUnreadFileDoesNotHoldIsStillReported() throws {
        var files = try Self.edited("questions.yaml", "type: choice", "type: choice: [")
        let options = try #require(files.firstIndex { $0.relativePath == "options.yaml" })
        files[options].contents = files[options].contents.replacingOccurrences(of: "\nintro:", with: "\nfirst_question: users\nintro:")
        let index = try #require(files.firstIndex { $0.relativePath == "rules/complexity.yaml" })
        files[index].contents = files[index].contents.replacingOccurrences(
            of: "when: network_complexity == complex\n", with: "when: network_complexty == complex\n")
        let errors = RuleBaseChecker.check(files).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [DiagnosticCode.yamlSyntax.rawValue, DiagnosticCode.unknownQuestion.rawValue], "\(errors.map(\.message))")
        #expect(errors.last?.message.contains("'network_complexty'") == true)
        #expect(errors.last?.location?.file == "Rules/rules/complexity.yaml")
    }

    /// The rules that read a question with a mistake are still checked: a typo in one of them is
    /// reported beside the question's own error, and nothing else is.
    @Test func rulesReadingAFaultyQuestionAreStillChecked() throws {
        var files = try Self.edited("questions.yaml", "aliases: [medium,", "aliases: [basic, medium,")
        let index = try #require(files.firstIndex { $0.relativePath == "rules/complexity.yaml" })
        files[index].contents = files[index].contents.replacingOccurrences(
            of: "when: network_complexity == complex\n", with: "when: network_complexity == compex\n")
        let errors = RuleBaseChecker.check(files).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [DiagnosticCode.ambiguousAlias.rawValue, DiagnosticCode.unknownChoice.rawValue])
        #expect(errors.last?.message.contains("did you mean 'complex'?") == true)
        #expect(errors.last?.location?.file == "Rules/rules/complexity.yaml")
    }
}
