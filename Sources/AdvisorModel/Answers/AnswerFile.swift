import Foundation
import Yams

/// Answers read from a file, with the warnings met on the way.
public struct DecodedAnswers: Sendable, Equatable {
    /// The answers, one per question of the rule base; nil where the file gives none.
    public var answers: Answers
    /// Questions answered `null` ("don't know"), in question order. They are unanswered in
    /// `answers`, as are the questions the file leaves out; the chat does not ask them.
    public var unknown: [QuestionIndex]
    /// Not fatal: unknown question ids, for example.
    public var warnings: [Diagnostic]

    /// Decoded answers with every field given.
    public init(answers: Answers, unknown: [QuestionIndex] = [], warnings: [Diagnostic] = []) {
        self.answers = answers
        self.unknown = unknown
        self.warnings = warnings
    }
}

/// Answers that could not be read; every problem is listed.
public struct AnswerFileError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, each at its file, line and column.
    public var diagnostics: [Diagnostic]

    /// The diagnostics, one per line, as `advisor --answers` prints them.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Decodes answer files: a JSON or YAML object mapping question ids to answers.
public enum AnswerFile {
    /// Decodes `data` read from `path` (used only in messages).
    public static func decode(_ data: Data, path: String, ruleBase: RuleBase) throws(AnswerFileError) -> DecodedAnswers {
        if let decoded = scanned(data, ruleBase: ruleBase) {
            return decoded
        }
        return try decodeFully(data, path: path, ruleBase: ruleBase)
    }

    /// The answers of a plain JSON object of known questions and plain values, read by
    /// `AnswerLineScanner` without building a YAML document (most of the cost of a short run);
    /// nil for anything else — unknown keys, comments, YAML, errors — which `decodeFully` reads
    /// with its warnings and located messages. The scanner only accepts what the full reading
    /// accepts, with the same answers (and the same `null`s).
    public static func scanned(_ data: Data, ruleBase: RuleBase) -> DecodedAnswers? {
        // An `id` is a batch record's; in an answer file it is an unknown key with a warning.
        guard data.firstRange(of: Data(#""id""#.utf8)) == nil else { return nil }
        let scanner = AnswerLineScanner(ruleBase: ruleBase)
        var words = [Int](repeating: AnswerVector.unanswered, count: scanner.questionCount)
        var seen = [Bool](repeating: false, count: scanner.questionCount)
        let result = data.withUnsafeBytes { raw in
            words.withUnsafeMutableBufferPointer { words in
                seen.withUnsafeMutableBufferPointer { seen in
                    scanner.scan(raw.bindMemory(to: UInt8.self), into: words, seen: seen, acceptingLineBreaks: true)
                }
            }
        }
        guard result == .answersWithoutID else { return nil }
        // A key the scanner saw whose word is still "unanswered" was `null`.
        let unknown = words.indices.filter { seen[$0] && words[$0] == AnswerVector.unanswered }
        return DecodedAnswers(answers: AnswerVector.answers(words, questions: ruleBase.questions), unknown: unknown)
    }

    /// Reads `data` as YAML (or JSON), with a warning for every unknown key and a located
    /// message for every error.
    public static func decodeFully(_ data: Data, path: String, ruleBase: RuleBase) throws(AnswerFileError) -> DecodedAnswers {
        let (document, root) = try parse(data, path: path)
        let log = DiagnosticLog()
        var unknown: [QuestionIndex] = []
        let answers = decode(root, reader: NodeReader(document: document, log: log), ruleBase: ruleBase, unknown: &unknown)
        let warnings = log.diagnostics.filter { $0.severity == .warning }
        guard !log.hasErrors, let answers else {
            throw AnswerFileError(diagnostics: log.diagnostics)
        }
        return DecodedAnswers(answers: answers, unknown: unknown.sorted(), warnings: warnings)
    }

    /// Checks that `data` is UTF-8 text without NUL bytes and parses it as YAML (or JSON),
    /// returning the document and its root node.
    package static func parse(_ data: Data, path: String) throws(AnswerFileError) -> (YAMLDocument, Node) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = firstInvalidUTF8Offset(data)
            throw AnswerFileError(diagnostics: [
                Diagnostic(.error, code: .notUTF8, message: "the file is not UTF-8 text (invalid byte at offset \(offset))", at: start)
            ])
        }
        if text.contains("\0") {
            throw AnswerFileError(diagnostics: [Diagnostic(.error, code: .nulByte, message: "the file contains a NUL byte; answer files are text", at: start)])
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AnswerFileError(diagnostics: [
                Diagnostic(
                    .error, code: .emptyFile, message: "the file is empty; expected an object of answers such as {\"users\": 7, \"backup_monitoring\": true}",
                    at: start)
            ])
        }
        let document: YAMLDocument
        switch YAMLDocument.parse(text, path: path) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic):
            guard let fallback = jsonFallback(text, path: path) else {
                throw AnswerFileError(diagnostics: [diagnostic])
            }
            document = fallback
        }
        guard let root = document.root else {
            throw AnswerFileError(diagnostics: [
                Diagnostic(.error, code: .emptyFile, message: "the file holds no answers; expected an object such as {\"users\": 7}", at: start)
            ])
        }
        return (document, root)
    }

    /// Decodes a mapping of question ids to answers, logging every problem. A `null` answer
    /// leaves the question unanswered (batch lines and test cases read it so).
    package static func decode(_ node: Node, reader: NodeReader, ruleBase: RuleBase) -> Answers? {
        var unknown: [QuestionIndex] = []
        return decode(node, reader: reader, ruleBase: ruleBase, unknown: &unknown)
    }

    /// Decodes a mapping of question ids to answers, logging every problem; the questions
    /// answered `null` ("don't know") go to `unknown`.
    package static func decode(_ node: Node, reader: NodeReader, ruleBase: RuleBase, unknown: inout [QuestionIndex]) -> Answers? {
        guard case .mapping(let mapping) = node else {
            reader.log.error(
                .notAnObject, "expected an object mapping question ids to answers, such as {\"users\": 7}, found \(node.shapeDescription)",
                at: reader.location(node))
            return nil
        }
        var answers = Answers(questionCount: ruleBase.questions.count)
        for (key, value) in mapping {
            guard case .scalar(let keyScalar) = key else {
                reader.log.error(.wrongType, "question ids must be text, found \(key.shapeDescription)", at: reader.location(key))
                continue
            }
            let id = keyScalar.string
            guard let index = ruleBase.questionIndex(id) else {
                reader.log.warning(.unknownQuestion, AnswerMessages.notAQuestion(id, in: ruleBase, ignored: true), at: reader.location(key))
                continue
            }
            if value.isNull {
                unknown.append(index)
                continue
            }
            let question = ruleBase.questions[index]
            guard case .scalar(let scalar) = value else {
                reader.log.error(.badAnswer, AnswerMessages.notAnAnswer(question, found: value.shapeDescription), at: reader.location(value))
                continue
            }
            do {
                answers[index] = try AnswerValueParser.parse(scalar.string, for: question)
            } catch {
                reader.log.error(.badAnswer, AnswerMessages.rejected(scalar.string, error), at: reader.location(value))
            }
        }
        return answers
    }

    /// JSON indented with tabs, which libyaml refuses: outside strings a tab is plain white space
    /// in JSON (and inside them it is not allowed raw), so spaces can stand in for it, column for column.
    private static func jsonFallback(_ text: String, path: String) -> YAMLDocument? {
        guard let first = text.first(where: { !$0.isWhitespace }), first == "{" || first == "[", text.contains("\t"),
            case .success(let document) = YAMLDocument.parse(text.replacingOccurrences(of: "\t", with: " "), path: path)
        else { return nil }
        return document
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
