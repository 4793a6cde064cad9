import AdvisorEngine
import AdvisorModel

/// Renders diagnostics like a compiler: `file:line:column: severity: message [code]`, then in text mode the
/// offending source line and a caret under the column (when the file and line are known).
public enum DiagnosticRenderer {
    /// One block per diagnostic, each line ending in a newline; empty for no diagnostics.
    ///
    /// The caret line copies the tabs of the source line before the column and puts a space for
    /// every other Unicode scalar (columns count Unicode scalars), so the caret lines up.
    public static func text(_ diagnostics: [Diagnostic], files: [RuleFile]) -> String {
        var lines: [String] = []
        var sources = SourceLines(files: files)
        for diagnostic in diagnostics {
            lines.append("\(diagnostic.description) [\(diagnostic.code)]")
            guard let location = diagnostic.location, let line = sources.line(location.line, of: location.file) else { continue }
            lines.append(line)
            lines.append(caret(at: location.column, under: line))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A JSON array of {file, line, column, severity, code, message} (null file/line/column when unknown),
    /// built with the package's `JSONValue` (Sources/AdvisorEngine/Rendering/JSONValue.swift), pretty-printed.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        jsonValue(diagnostics).serialized()
    }

    /// The diagnostics as a JSON value: a list of `{file, line, column, severity, code, message}`.
    public static func jsonValue(_ diagnostics: [Diagnostic]) -> JSONValue {
        JSONValue.array(
            diagnostics.map { diagnostic in
                let location = diagnostic.location
                return .object([
                    ("file", location.map { .string($0.file) } ?? .null),
                    ("line", location.map { .number($0.line) } ?? .null),
                    ("column", location.map { .number($0.column) } ?? .null),
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("code", .string(diagnostic.code)),
                    ("message", .string(diagnostic.message)),
                ])
            }
        )
    }

    /// Spaces (tabs where the source has tabs) up to `column`, then `^`. A column past the end
    /// of the line puts the caret just after its last character.
    static func caret(at column: Int, under line: String) -> String {
        var out = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            out += scalar == "\t" ? "\t" : " "
        }
        return out + "^"
    }
}

/// The lines of the rule files, split once per file on first use.
private struct SourceLines {
    let files: [RuleFile]
    private var cache: [String: [String]] = [:]

    init(files: [RuleFile]) {
        self.files = files
    }

    /// Line `number` (1-based) of the file shown as `path`, without its line break.
    mutating func line(_ number: Int, of path: String) -> String? {
        if cache[path] == nil {
            guard let file = files.first(where: { $0.path == path }) else { return nil }
            cache[path] = Self.split(file.contents)
        }
        guard let lines = cache[path], number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// Splits on "\n" by Unicode scalar (a "\r\n" pair is one Character), dropping a trailing "\r".
    static func split(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var line = String.UnicodeScalarView(scalars)
            if line.last == "\r" { line.removeLast() }
            return String(line)
        }
    }
}
