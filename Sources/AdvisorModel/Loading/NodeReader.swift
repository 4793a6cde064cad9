import Foundation
import Yams

/// Collects diagnostics while a file is read.
package final class DiagnosticLog {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    package func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.error, code: code, message: message, at: location))
    }

    package func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, at: location))
    }

    package func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}

/// Reads typed values out of the nodes of one YAML document, logging what does not fit.
package struct NodeReader {
    package let document: YAMLDocument
    package let log: DiagnosticLog

    package init(document: YAMLDocument, log: DiagnosticLog) {
        self.document = document
        self.log = log
    }

    package func location(_ node: Node) -> SourceLocation { document.location(of: node) }

    /// The allowed keys that unknown keys of a mapping look like misspellings of ("lable" for
    /// "label"); the unknown key's message names them, so they need no second message.
    package func misspeltKeys(_ node: Node, allowed: [String]) -> Set<String> {
        guard case .mapping(let mapping) = node else { return [] }
        var meant: Set<String> = []
        for key in mapping.keys {
            guard case .scalar(let scalar) = key, !allowed.contains(scalar.string) else { continue }
            if let suggestion = DidYouMean.suggestion(for: scalar.string, among: allowed) { meant.insert(suggestion) }
        }
        return meant
    }

    /// The keys and values of a mapping, after checking that every key is allowed and every
    /// required key is present (one misspelt, see `misspeltKeys`, is reported once, as unknown). `what` names the thing for messages ("a rule").
    package func fields(_ node: Node, of what: String, allowed: [String], required: [String]) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            log.error(
                .wrongType, "expected \(what) (a mapping of keys such as \(allowed.prefix(3).joined(separator: ", "))), found \(node.shapeDescription)",
                at: location(node))
            return nil
        }
        var fields: [String: Node] = [:]
        // Required keys an unknown key was taken for ("lable": did you mean 'label'?): that one
        // message covers the mistake, so the key is not also reported missing.
        let misspelt = misspeltKeys(node, allowed: allowed)
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
        for key in required where (fields[key] == nil && !misspelt.contains(key)) || fields[key]?.isNull == true {
            log.error(.missingKey, "\(what) is missing '\(key)'", at: location(node))
        }
        return fields
    }

    /// A non-empty text.
    package func text(_ node: Node?, _ key: String, in what: String) -> String? {
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
    package func identifier(_ node: Node?, _ key: String, in what: String) -> String? {
        guard let node, let word = text(node, key, in: what) else { return nil }
        let valid =
            word.unicodeScalars.first.map { ("a"..."z").contains($0) } == true
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
    package func integer(_ node: Node?, _ key: String, in what: String) -> Int? {
        guard let node, !node.isNull else { return nil }
        guard case .scalar(let scalar) = node, let number = Int(scalar.string.trimmedOfWhitespace) else {
            log.error(.wrongType, "'\(key)' of \(what) must be a whole number, found \(node.shapeDescription)", at: location(node))
            return nil
        }
        return number
    }

    /// `true` or `false`.
    package func boolean(_ node: Node?, _ key: String, in what: String) -> Bool? {
        guard let node, !node.isNull else { return nil }
        guard case .scalar(let scalar) = node, ["true", "false"].contains(scalar.string.trimmedOfWhitespace) else {
            log.error(.wrongType, "'\(key)' of \(what) must be true or false, found \(node.shapeDescription)", at: location(node))
            return nil
        }
        return scalar.string.trimmedOfWhitespace == "true"
    }

    /// The items of a list; a single scalar counts as a list of one when `allowSingle`.
    package func list(_ node: Node?, _ key: String, in what: String, allowSingle: Bool = false) -> [Node]? {
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

/// What rules and cost parameters may cite: the articles' sections and their claims.
package struct Citations {
    /// "<article>, <section>", in the order declared.
    package var sources: [String] = []
    /// The claims, in the order listed.
    package var claims: [Claim] = []
    /// Sections of articles that list claims: citing one whole (`source:`) is an error there.
    var sectionsWithClaims: Set<String> = []
    /// Ids of claims that are listed but failed to load (already reported), so that a citation of
    /// one is not reported again as unknown.
    var brokenClaims: Set<String> = []
    /// What files that failed to load left unread: a claim or section named there is not reported unknown.
    var unread = UnreadText()

    package func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }

    package init(sources: [String] = [], claims: [Claim] = [], brokenClaims: Set<String> = []) {
        self.sources = sources
        self.claims = claims
        self.brokenClaims = brokenClaims
        let articles = Set(claims.map(\.article))
        sectionsWithClaims = Set(sources.filter { source in articles.contains { source.hasPrefix($0 + ", ") } })
    }
}

extension NodeReader {
    /// Where a rule or a cost parameter says its content comes from — exactly one of `claims`
    /// (ids of the articles' claims), `source` (a whole section "<article>, <section>", only for
    /// articles that list no claims) or `assumption` — and its optional `interpretation`, which
    /// says how we read the article and so goes only with a citation of it. `missing` is the code
    /// and the end of the message when none is given.
    package func provenance(
        _ fields: [String: Node], of what: String, at location: SourceLocation, citing citations: Citations,
        missing: (code: DiagnosticCode, reason: String)
    ) -> (Provenance, interpretation: String?)? {
        let given = ["claims", "source", "assumption"].filter { fields[$0].map { !$0.isNull } ?? false }
        guard given.count <= 1 else {
            let named = ["claims": "'claims'", "source": "a 'source'", "assumption": "an 'assumption'"]
            let code: DiagnosticCode = !given.contains("claims") ? .sourceAndAssumption : given[1] == "source" ? .claimsAndSource : .claimsAndAssumption
            let advice =
                given.contains("assumption")
                ? "keep the one that is true, or split it in two if it rests on both"
                : "cite the claims only"
            log.error(
                code, "\(what) has both \(named[given[0]] ?? "") and \(named[given[1]] ?? ""); \(advice)", at: self.location(fields[given[1]] ?? .init("")))
            return nil
        }
        let interpretation = text(fields["interpretation"], "interpretation", in: what)
        let provenance: Provenance?
        switch given.first {
        case "claims": provenance = claims(fields["claims"], of: what, citing: citations)
        case "source": provenance = section(fields["source"], of: what, citing: citations)
        case "assumption": provenance = text(fields["assumption"], "assumption", in: what).map { .assumption($0) }
        default:
            log.error(missing.code, "\(what) cites no 'claims' of the article, no 'source' and no 'assumption'; \(missing.reason)", at: location)
            return nil
        }
        if let interpretationNode = fields["interpretation"], provenance?.assumption != nil {
            log.error(
                .interpretationOfAssumption, "'interpretation' says how we read the article, but \(what) rests on an assumption; say it in the assumption",
                at: self.location(interpretationNode))
            return nil
        }
        return provenance.map { ($0, interpretation) }
    }

    /// `claims: [id, …]` (or one id): every id must be a listed claim, each once.
    private func claims(_ node: Node?, of what: String, citing citations: Citations) -> Provenance? {
        guard let node, let items = list(node, "claims", in: what, allowSingle: true) else { return nil }
        guard !items.isEmpty else {
            log.error(.emptyClaims, "'claims' of \(what) is empty; cite the claims it rests on, or state an 'assumption'", at: self.location(node))
            return nil
        }
        var found: [Claim] = []
        var valid = true
        for item in items {
            guard let id = text(item, "claim", in: what) else {
                valid = false
                continue
            }
            guard let claim = citations.claim(id) else {
                valid = false
                if citations.brokenClaims.contains(id) || citations.unread.mightDefine(id) { continue }
                let ids = citations.claims.map(\.id)
                let hint =
                    DidYouMean.suggestion(for: id, among: ids).map { "; did you mean '\($0)'?" }
                    ?? (ids.isEmpty ? " (no article lists any claims)" : " (advisor rules docs lists the claims)")
                log.error(.unknownClaim, "\(what) cites the claim '\(id)', which no article lists\(hint)", at: self.location(item))
                continue
            }
            if found.contains(claim) {
                log.error(.duplicateID, "\(what) cites the claim '\(id)' twice", at: self.location(item))
                valid = false
                continue
            }
            found.append(claim)
        }
        return valid ? .claims(found) : nil
    }

    /// `source: "<article>, <section>"`: a listed section of an article without claims.
    private func section(_ node: Node?, of what: String, citing citations: Citations) -> Provenance? {
        guard let node, let source = text(node, "source", in: what) else { return nil }
        guard citations.sources.contains(source) else {
            if citations.unread.mightDefine(source) { return nil }
            let hint =
                DidYouMean.suggestion(for: source, among: citations.sources).map { "; did you mean '\($0)'?" }
                ?? " (known sections: \(citations.sources.joined(separator: "; ")))"
            log.error(.unknownSource, "\(what) cites '\(source)', which is not a section of any article in 'articles'\(hint)", at: self.location(node))
            return nil
        }
        guard !citations.sectionsWithClaims.contains(source) else {
            let ids = citations.claims.filter { $0.source == source }.map(\.id)
            let those = ids.isEmpty ? "its claims" : "claims: [\(ids.joined(separator: ", "))]"
            log.error(
                .sectionCitation,
                "\(what) cites the whole section '\(source)', but its article lists claims; cite those it rests on (\(those)) or state an 'assumption'",
                at: self.location(node))
            return nil
        }
        return .source(source)
    }
}
