import Foundation
import Yams

/// The identifier a batch record carries in its `id` field, as written.
public enum RecordID: Sendable, Hashable {
    /// A JSON string (or any YAML text).
    case text(String)
    /// A whole number, kept as written so it is echoed unchanged.
    case number(String)
}

/// Why a record gives no recommendation: the question concerned (if one is) and a message.
public struct AnswerProblem: Error, Sendable, Hashable {
    /// The id of the question whose answer is wrong or still needed, if the problem is one answer's.
    public var question: String?
    /// One sentence, as in the messages of `advisor --answers` (without file and line).
    public var message: String

    /// A problem with a line, about `question` when one is concerned.
    public init(question: String?, message: String) {
        self.question = question
        self.message = message
    }
}

/// One line of batch input decoded: its id, its answers or the first problem, and warnings.
public struct AnswerRecord: Sendable, Hashable {
    /// The line's `id`, when it has one (text or a whole number).
    public var id: RecordID?
    /// The answers, or the first problem that makes the line unusable.
    public var answers: Result<Answers, AnswerProblem>
    /// Not fatal, such as an unknown question id (which is ignored).
    public var warnings: [String]

    /// The full decoding of one line: the same YAML/JSON reading and the same messages as an
    /// answer file, with the key `id` taken out as the record's identifier. This is the
    /// reference that the fast `AnswerLineScanner` falls back to and is tested against.
    public static func decode(_ line: Data, ruleBase: RuleBase) -> AnswerRecord {
        let document: YAMLDocument, root: Node
        do {
            (document, root) = try AnswerFile.parse(line, path: "line")
        } catch {
            return AnswerRecord(id: nil, answers: .failure(problem(error.diagnostics, pairs: [], document: nil)), warnings: [])
        }
        var id: RecordID?
        var node = root
        if case .mapping(let mapping) = root {
            var rest: [(Node, Node)] = []
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key, scalar.string == "id" else {
                    rest.append((key, value))
                    continue
                }
                if value.isNull { continue }
                guard case .scalar(let idScalar) = value else {
                    let problem = AnswerProblem(question: nil, message: "the id must be text or a whole number, found \(value.shapeDescription)")
                    return AnswerRecord(id: nil, answers: .failure(problem), warnings: [])
                }
                let isNumber = idScalar.style != .singleQuoted && idScalar.style != .doubleQuoted && Int(idScalar.string).map(String.init) == idScalar.string
                id = isNumber ? .number(idScalar.string) : .text(idScalar.string)
            }
            node = .mapping(Node.Mapping(rest, mapping.tag, mapping.style, mapping.mark))
        }
        let log = DiagnosticLog()
        let answers = AnswerFile.decode(node, reader: NodeReader(document: document, log: log), ruleBase: ruleBase)
        let warnings = log.diagnostics.filter { $0.severity == .warning }.map(\.message)
        guard !log.hasErrors, let answers else {
            let pairs: [(Node, Node)] = node.mapping.map { Array($0) } ?? []
            return AnswerRecord(id: id, answers: .failure(problem(log.diagnostics, pairs: pairs, document: document)), warnings: warnings)
        }
        return AnswerRecord(id: id, answers: .success(answers), warnings: warnings)
    }

    /// The first error as a problem, naming the question whose key or value it is reported at.
    private static func problem(_ diagnostics: [Diagnostic], pairs: [(Node, Node)], document: YAMLDocument?) -> AnswerProblem {
        guard let first = diagnostics.first(where: { $0.severity == .error }) else {
            return AnswerProblem(question: nil, message: "the line could not be read")
        }
        switch first.code {
        case DiagnosticCode.notUTF8.rawValue: return AnswerProblem(question: nil, message: first.message.replacingOccurrences(of: "the file", with: "the line"))
        case DiagnosticCode.nulByte.rawValue: return AnswerProblem(question: nil, message: "the line contains a NUL byte")
        default: break
        }
        var question: String?
        if let document, let location = first.location {
            for (key, value) in pairs where document.location(of: key) == location || document.location(of: value) == location {
                if case .scalar(let scalar) = key { question = scalar.string }
                break
            }
        }
        return AnswerProblem(question: question, message: first.message)
    }
}
