import Yams

/// A parsed YAML (or JSON) file whose nodes can be turned into locations and checked values.
///
/// Every reading method reports problems as diagnostics at the node's own line and column
/// and returns nil, so a loader can go on and report everything wrong in one pass.
package struct YAMLDocument {
    /// How many nodes a file may have; guards against alias bombs ("billion laughs").
    static let maximumNodeCount = 100_000

    package let path: String
    package let root: Node?
    /// The source text, to check that a scalar's text stands verbatim where it starts.
    package let text: String

    /// Parses `text`; a syntax error becomes a diagnostic with the parser's line and column.
    package static func parse(_ text: String, path: String) -> Result<YAMLDocument, Diagnostic> {
        let root: Node?
        do {
            // The basic resolver: every scalar is text (this code reads scalars as text and decides
            // itself what is a number or null), which spares a regular expression per scalar.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, path: path))
        } catch {
            return .failure(
                Diagnostic(.error, code: .yamlSyntax, message: "cannot parse the file: \(error)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        if let root, exceedsNodeBudget(root) {
            return .failure(
                Diagnostic(
                    .error, code: .tooLarge,
                    message: "the file expands to more than \(maximumNodeCount) YAML nodes (too many aliases or entries)",
                    at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return .success(YAMLDocument(path: path, root: root, text: text))
    }

    package func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Line `number` (from 1) of the text, found when needed: only messages ask for it.
    package func line(_ number: Int) -> Substring? {
        guard number >= 1 else { return nil }
        var start = text.startIndex
        for _ in 1..<number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
        }
        return text[start...].prefix { $0 != "\n" }
    }

    /// The location of a position inside a scalar's text. Exact when the scalar's text stands
    /// verbatim on its first line (a plain or quoted scalar without escapes or line breaks);
    /// otherwise the scalar's start, which is still the right line to look at.
    package func location(in node: Node, offset: Int) -> SourceLocation {
        let start = location(of: node)
        guard case .scalar(let scalar) = node, let line = line(start.line) else { return start }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let skip = start.column - 1 + (quoted ? 1 : 0)
        let scalars = line.unicodeScalars
        guard skip <= scalars.count else { return start }
        let rest = scalars.dropFirst(skip)
        guard rest.starts(with: scalar.string.unicodeScalars) else { return start }
        return start.advanced(by: offset + (quoted ? 1 : 0))
    }

    // MARK: - Diagnostics from the YAML parser

    private static func diagnostic(for error: YamlError, text: String, path: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: max(1, mark.line), column: max(1, mark.column)) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let extra = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return Diagnostic(.error, code: .yamlSyntax, message: "syntax error: \(problem)\(extra)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, code: .duplicateKey, message: "the key \(keys) appears more than once in the same mapping", at: at(context.mark))
        case .reader(let problem, let offset, _, _):
            let location = offset.map { lineAndColumn(ofOffset: $0, in: text, path: path) } ?? SourceLocation(file: path, line: 1, column: 1)
            return Diagnostic(.error, code: .yamlSyntax, message: "cannot read the file: \(problem)", at: location)
        default:
            return Diagnostic(.error, code: .yamlSyntax, message: "cannot parse the file: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    private static func lineAndColumn(ofOffset offset: Int, in text: String, path: String) -> SourceLocation {
        var line = 1, column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    private static func exceedsNodeBudget(_ root: Node) -> Bool {
        var remaining = maximumNodeCount
        func visit(_ node: Node) -> Bool {
            remaining -= 1
            if remaining < 0 { return false }
            switch node {
            case .scalar, .alias: return true
            case .sequence(let sequence): return sequence.allSatisfy(visit)
            case .mapping(let mapping): return mapping.allSatisfy { visit($0.key) && visit($0.value) }
            }
        }
        return !visit(root)
    }
}

extension Node {
    /// True for an absent value: `~`, `null` or nothing, unquoted.
    package var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A word for the node's shape, for messages ("a list", "a mapping", "the text 'x'").
    package var shapeDescription: String {
        switch self {
        case .scalar(let scalar): return isNull ? "nothing" : "'\(scalar.string)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
