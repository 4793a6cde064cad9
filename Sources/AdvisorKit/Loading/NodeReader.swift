import Foundation
import Yams

/// Collects diagnostics while a file is read.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.error, code: code, message: message, at: location))
    }

    func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, at: location))
    }

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}

/// Reads typed values out of the nodes of one YAML document, logging what does not fit.
struct NodeReader {
    let document: YAMLDocument
    let log: DiagnosticLog

    func location(_ node: Node) -> SourceLocation { document.location(of: node) }

    /// The keys and values of a mapping, after checking that every key is allowed and every
    /// required key is present. `what` names the thing for messages ("a rule").
    func fields(_ node: Node, of what: String, allowed: [String], required: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            log.error(.wrongType, "expected \(what) (a mapping of keys such as \(allowed.prefix(3).joined(separator: ", "))), found \(node.shapeDescription)", at: location(node))
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                log.error(.wrongType, "keys of \(what) must be plain words, found \(key.shapeDescription)", at: location(key))
                continue
            }
            guard allowed.contains(scalar.string) else {
                let hint = DidYouMean.hint(for: scalar.string, among: allowed)
                log.error(.unknownKey, "unknown key '\(scalar.string)' in \(what)\(hint) (allowed: \(allowed.joined(separator: ", ")))", at: location(key))
                continue
            }
            fields[scalar.string] = value
        }
        for key in required where fields[key] == nil || fields[key]?.isNull == true {
            log.error(.missingKey, "\(what) is missing '\(key)'", at: location(node))
        }
        return fields
    }

    /// A non-empty text.
    func text(_ node: Node?, _ key: String, in what: String) -> String? {
        guard let node, !node.isNull else { return nil }
        guard case .scalar(let scalar) = node else {
            log.error(.wrongType, "'\(key)' of \(what) must be text, found \(node.shapeDescription)", at: location(node))
            return nil
        }
        let trimmed = scalar.string.trimmedOfWhitespace
        guard !trimmed.isEmpty else {
            log.error(.emptyValue, "'\(key)' of \(what) is empty", at: location(node))
            return nil
        }
        return trimmed
    }

    /// An identifier: lower-case letters, digits and underscores, starting with a letter.
    func identifier(_ node: Node?, _ key: String, in what: String) -> String? {
        guard let node, let word = text(node, key, in: what) else { return nil }
        let valid = word.unicodeScalars.first.map { ("a"..."z").contains($0) } == true
            && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        guard valid else {
            log.error(.badIdentifier, "'\(word)' is not a valid \(key): use lower-case letters, digits and '_', starting with a letter", at: location(node))
            return nil
        }
        guard !ConditionParser.keywords.contains(word) else {
            log.error(.reservedWord, "'\(word)' is a word of the condition language and cannot be used as \(key)", at: location(node))
            return nil
        }
        return word
    }

    /// A whole number.
    func integer(_ node: Node?, _ key: String, in what: String) -> Int? {
        guard let node, !node.isNull else { return nil }
        guard case .scalar(let scalar) = node, let number = Int(scalar.string.trimmedOfWhitespace) else {
            log.error(.wrongType, "'\(key)' of \(what) must be a whole number, found \(node.shapeDescription)", at: location(node))
            return nil
        }
        return number
    }

    /// The items of a list; a single scalar counts as a list of one when `allowSingle`.
    func list(_ node: Node?, _ key: String, in what: String, allowSingle: Bool = false) -> [Node]? {
        guard let node, !node.isNull else { return nil }
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar where allowSingle: return [node]
        default:
            log.error(.wrongType, "'\(key)' of \(what) must be a list, found \(node.shapeDescription)", at: location(node))
            return nil
        }
    }
}

extension NodeReader {
    /// Where a rule or a cost parameter says its content comes from: a `source` that must be one
    /// of `sources` ("<article>, <section>"), or an `assumption` — exactly one of them.
    /// `missing` is the code and the end of the message when neither is given.
    func provenance(
        _ fields: [String: Node], of what: String, at location: SourceLocation, citing sources: [String],
        missing: (code: DiagnosticCode, reason: String)
    ) -> Provenance? {
        let source = text(fields["source"], "source", in: what)
        let assumption = text(fields["assumption"], "assumption", in: what)
        switch (source, assumption) {
        case (let source?, nil):
            guard sources.contains(source) else {
                let hint = DidYouMean.suggestion(for: source, among: sources).map { "; did you mean '\($0)'?" }
                    ?? " (known sections: \(sources.joined(separator: "; ")))"
                log.error(.unknownSource, "\(what) cites '\(source)', which is not a section of any article in 'articles'\(hint)", at: self.location(fields["source"] ?? .init("")))
                return nil
            }
            return .source(source)
        case (nil, let assumption?):
            return .assumption(assumption)
        case (_?, _?):
            log.error(.sourceAndAssumption, "\(what) has both a 'source' and an 'assumption'; keep the one that is true", at: self.location(fields["assumption"] ?? .init("")))
            return nil
        case (nil, nil):
            if fields["source"] == nil && fields["assumption"] == nil {
                log.error(missing.code, "\(what) names no 'source' in the article and no 'assumption'; \(missing.reason)", at: location)
            }
            return nil
        }
    }
}
