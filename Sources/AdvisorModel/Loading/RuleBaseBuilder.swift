import Yams

/// Reads the parts of a rule base one kind at a time, checking each against what came before.
package struct RuleBaseBuilder {
    /// The keys each kind of entry may have (also listed in `Rules/rules.schema.json`).
    static let articleKeys = ["name", "title", "date", "sections", "claims"]
    static let claimKeys = ["id", "section", "says", "unused_because"]
    static let questionKeys = ["id", "type", "label", "ask", "why", "unit", "min", "max", "choices", "ordered", "mentions", "phrases", "hints"]
    static let choiceKeys = ["value", "label", "aliases", "phrases", "hints", "renamed_from"]
    static let optionKeys = ["id", "name", "description"]
    static let ruleKeys = ["id", "when", "points", "caveat", "if_recommended", "because", "claims", "source", "assumption", "interpretation"]

    /// Points a rule may give one option; keeps every sum of scores far from overflowing.
    static let pointRange = -1_000_000...1_000_000

    package let log: DiagnosticLog
    private(set) var citations = Citations()
    /// The chat's words of the questions read so far (see `RuleBaseBuilder+Vocabulary`).
    let ledger: VocabularyLedger
    package private(set) var questions: [Question] = []
    package private(set) var options: [SupportOption] = []
    package private(set) var rules: [Rule] = []
    /// Ids of questions that a mistake (already reported) kept from loading, or left without a
    /// choice whose value could not be read: a rule that names the question, or such a choice,
    /// is left out without a second message.
    package private(set) var incomplete: Set<String> = []
    /// What files that failed to load left unread (see `UnreadText`): a question, option, claim or
    /// section named there is not reported unknown on top of the file's own error.
    package var unread = UnreadText() {
        didSet { citations.unread = unread }
    }
    private var firstDefinition: [String: SourceLocation] = [:]

    package init(log: DiagnosticLog) {
        self.log = log
        ledger = VocabularyLedger(log: log)
    }

    package var ruleBase: RuleBase {
        RuleBase(questions: questions, options: options, rules: rules, sources: citations.sources, claims: citations.claims)
    }

    // MARK: Articles

    mutating func readArticles(_ node: Node?, _ reader: NodeReader) {
        var sources = citations.sources, claims = citations.claims, broken = citations.brokenClaims
        for item in reader.list(node, "articles", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "an article", allowed: Self.articleKeys, required: ["name", "sections"]),
                let name = reader.text(fields["name"], "name", in: "an article")
            else { continue }
            var headings: [String] = []
            for section in reader.list(fields["sections"], "sections", in: "article '\(name)'") ?? [] {
                guard let heading = reader.text(section, "section", in: "article '\(name)'") else { continue }
                headings.append(heading)
                sources.append("\(name), \(heading)")
            }
            for claimNode in reader.list(fields["claims"], "claims", in: "article '\(name)'") ?? [] {
                if let claim = readClaim(claimNode, article: name, headings: headings, reader) {
                    claims.append(claim)
                } else if case .mapping(let mapping) = claimNode, case .scalar(let id)? = mapping["id"] {
                    broken.insert(id.string)
                }
            }
        }
        citations = Citations(sources: sources, claims: claims, brokenClaims: broken.subtracting(claims.map(\.id)))
        citations.unread = unread
    }

    /// One claim: its id (unique), the section it is in (one of the article's), what it says.
    private mutating func readClaim(_ node: Node, article: String, headings: [String], _ reader: NodeReader) -> Claim? {
        guard let fields = reader.fields(node, of: "a claim", allowed: Self.claimKeys, required: ["id", "section", "says"]),
            let id = reader.identifier(fields["id"], "id", in: "a claim"),
            claim("claim", id, at: reader.location(fields["id"] ?? node))
        else { return nil }
        let what = "claim '\(id)'"
        let says = reader.text(fields["says"], "says", in: what)
        let unusedBecause = reader.text(fields["unused_because"], "unused_because", in: what)
        guard let sectionNode = fields["section"], let section = reader.text(sectionNode, "section", in: what) else { return nil }
        guard headings.contains(section) else {
            let hint =
                DidYouMean.suggestion(for: section, among: headings).map { "; did you mean '\($0)'?" }
                ?? " (its sections: \(headings.joined(separator: "; ")))"
            log.error(.unknownSection, "\(what) is in section '\(section)', which article '\(article)' does not list\(hint)", at: reader.location(sectionNode))
            return nil
        }
        guard let says else { return nil }
        return Claim(id: id, article: article, section: section, says: says, unusedBecause: unusedBecause, location: reader.location(node))
    }

    // MARK: Questions

    mutating func readQuestions(_ node: Node?, _ reader: NodeReader) {
        let allowed = Self.questionKeys
        for item in reader.list(node, "questions", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "a question", allowed: allowed, required: ["id", "type", "label", "ask", "why"]) else { continue }
            guard let id = reader.identifier(fields["id"], "id", in: "a question") else {
                // Rules most likely name it as written, or in lower case ("Users" for users).
                if case .scalar(let raw)? = fields["id"] { incomplete.formUnion([raw.string, raw.string.lowercased()]) }
                continue
            }
            let what = "question '\(id)'"
            guard claim("question", id, at: reader.location(fields["id"] ?? item)) else { continue }
            let label = reader.text(fields["label"], "label", in: what)
            let ask = reader.text(fields["ask"], "ask", in: what)
            let why = reader.text(fields["why"], "why", in: what)
            let mentions = readMentions(fields["mentions"], what: what, reader)
            // A question loads as far as it can, so that the rules reading it are still checked
            // and each mistake gets one message: a missing text stands in as the id.
            let misspelt = reader.misspeltKeys(item, allowed: allowed)
            guard let (kind, complete) = readKind(fields, misspelt: misspelt, what: what, reader) else {
                incomplete.insert(id)
                continue
            }
            if !complete { incomplete.insert(id) }
            var owners: [String: AnswerValue] = [:]
            let phrases =
                readAnswerPhrases(fields["phrases"], kind: kind, what: what, reader, owners: &owners)
                + readAnswerPhrases(fields["hints"], key: "hints", kind: kind, what: what, reader, owners: &owners)
            let ordered = reader.boolean(fields["ordered"], "ordered", in: what) ?? false
            questions.append(
                Question(
                    id: id, label: label ?? id, ask: ask ?? id, why: why ?? id, kind: kind, location: reader.location(item), mentions: mentions,
                    phrases: phrases, ordered: ordered && kind.isChoice))
        }
    }

    /// The question's kind, and false beside it when a choice was left out; nil when no kind can be made out.
    /// `misspelt` are the keys that unknown keys of the question were taken for, already reported.
    private func readKind(_ fields: [String: Node], misspelt: Set<String>, what: String, _ reader: NodeReader) -> (Question.Kind, complete: Bool)? {
        guard let typeNode = fields["type"], let type = reader.text(typeNode, "type", in: what) else { return nil }
        let types = ["integer", "boolean", "choice"]
        let onlyFor: [String: String] = ["unit": "integer", "min": "integer", "max": "integer", "choices": "choice", "ordered": "choice"]
        for (key, owner) in onlyFor.sorted(by: { $0.key < $1.key }) where fields[key] != nil && type != owner && types.contains(type) {
            log.error(
                .unexpectedKey, "'\(key)' applies only to \(owner) questions, and \(what) is of type \(type)", at: reader.location(fields[key] ?? typeNode))
        }
        switch type {
        case "integer":
            var lower = reader.integer(fields["min"], "min", in: what) ?? 0
            var upper = reader.integer(fields["max"], "max", in: what) ?? Int.max
            let unit = reader.text(fields["unit"], "unit", in: what)
            if lower == Int.min {
                // The compiled engine keeps Int.min for "not answered" (see AnswerVector).
                log.error(.outOfRange, "'min' of \(what) must be above \(Int.min)", at: reader.location(fields["min"] ?? typeNode))
                lower += 1
            }
            if lower > upper {
                log.error(
                    .emptyRange, "\(what) has min \(lower) above max \(upper); no number lies between them, so swap them or correct one",
                    at: reader.location(fields["min"] ?? typeNode))
                // Loaded with no bounds, so that no rule or test is faulted for a range that is not meant.
                (lower, upper) = (Int.min + 1, Int.max)
            }
            return (.integer(range: lower...upper, unit: unit), true)
        case "boolean":
            return (.boolean, true)
        case "choice":
            let items = reader.list(fields["choices"], "choices", in: what)
            guard let items, !items.isEmpty else {
                // Not a list, or taken for a misspelt key: already reported.
                if items != nil || (fields["choices"] == nil && !misspelt.contains("choices")) {
                    log.error(.missingKey, "\(what) is a choice but lists no 'choices'", at: reader.location(typeNode))
                }
                return nil
            }
            let read = readChoices(items, what: what, reader)
            return read.choices.isEmpty ? nil : (.choice(read.choices), read.complete)
        default:
            log.error(
                .unknownType, "unknown question type '\(type)'\(DidYouMean.hint(for: type, among: types)) (types: \(types.joined(separator: ", ")))",
                at: reader.location(typeNode))
            return nil
        }
    }

    /// Reads the choices of a question. Values are claimed first, so that an alias or a phrase can
    /// clash neither with another one nor with any value, in whatever order they are written;
    /// words are compared the way the chat matches them (see `RuleBaseBuilder.matchKey`), which
    /// also covers how answer files match aliases (`AnswerValueParser.normalized`).
    ///
    /// Each mistake is reported once and leaves out only what it spoils: an alias that clashes, a
    /// repeated value (the first stands) or a choice whose value cannot be read (for these two
    /// `complete` is false: a rule may name the value that was meant); a choice without a
    /// readable label is labelled with its value.
    private func readChoices(_ items: [Node], what: String, _ reader: NodeReader) -> (choices: [Choice], complete: Bool) {
        var entries: [(value: String, label: String, lists: [String: Node], renamedFrom: String?)] = []
        var owners: [String: String] = [:]
        var complete = true
        for item in items {
            guard let fields = reader.fields(item, of: "a choice of \(what)", allowed: Self.choiceKeys, required: ["value", "label"]),
                let value = reader.identifier(fields["value"], "value", in: "a choice of \(what)")
            else {
                complete = false
                continue
            }
            let label = fields["label"].flatMap { reader.text($0, "label", in: "choice '\(value)'") } ?? value
            guard owners[Self.matchKey(value)] == nil else {
                log.error(.duplicateID, "\(what) lists the choice '\(value)' twice", at: reader.location(item))
                complete = false
                continue
            }
            owners[Self.matchKey(value)] = value
            let renamedFrom = reader.identifier(fields["renamed_from"], "renamed_from", in: "choice '\(value)'")
            if let renamedFrom, renamedFrom == value {
                let message = "choice '\(value)' of \(what) is renamed from itself; 'renamed_from' names the value it had before"
                log.error(.duplicateID, message, at: reader.location(item))
            }
            entries.append((value, label, fields.filter { ["aliases", "phrases", "hints"].contains($0.key) }, renamedFrom == value ? nil : renamedFrom))
        }
        var choices: [Choice] = []
        for entry in entries {
            var words: [String: [String]] = [:]
            var places: [String: [SourceLocation]] = [:]
            var listedKeys: Set<String> = []
            for (key, singular) in [("aliases", "alias"), ("phrases", "phrase"), ("hints", "hint")] {
                let choice = "choice '\(entry.value)'"
                for node in reader.list(entry.lists[key], key, in: choice) ?? [] {
                    guard let text = phraseText(node, singular, in: choice, reader) else { continue }
                    let match = Self.matchKey(text)
                    let listed = listedKeys.contains(match)
                    if let owner = owners[match], owner != entry.value || listed {
                        let clash = owner == entry.value ? "is listed twice for '\(owner)'" : "is already a word for '\(owner)'"
                        log.error(.ambiguousAlias, "'\(text)' \(clash) in \(what); an alias must point to one choice", at: reader.location(node))
                        continue
                    }
                    owners[match] = entry.value
                    listedKeys.insert(match)
                    words[key, default: []].append(text)
                    places[key, default: []].append(reader.location(node))
                    ledger.note(match, text: text, of: what, at: reader.location(node), as: .answer)
                }
            }
            choices.append(
                Choice(
                    value: entry.value, label: entry.label, aliases: words["aliases"] ?? [], phrases: words["phrases"] ?? [],
                    renamedFrom: entry.renamedFrom, aliasLocations: places["aliases"] ?? [], phraseLocations: places["phrases"] ?? [],
                    hints: words["hints"] ?? [], hintLocations: places["hints"] ?? []))
        }
        return (choices, complete)
    }

    // MARK: Options

    mutating func readOptions(_ node: Node?, _ reader: NodeReader) {
        for item in reader.list(node, "options", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "an option", allowed: Self.optionKeys, required: ["id", "name", "description"]),
                let id = reader.identifier(fields["id"], "id", in: "an option"),
                claim("option", id, at: reader.location(fields["id"] ?? item)),
                let name = reader.text(fields["name"], "name", in: "option '\(id)'"),
                let description = reader.text(fields["description"], "description", in: "option '\(id)'")
            else { continue }
            options.append(SupportOption(id: id, name: name, description: description, location: reader.location(item)))
        }
    }

    // MARK: Rules

    package mutating func readRules(_ node: Node?, theme: String?, _ reader: NodeReader) {
        let allowed = Self.ruleKeys
        let checker = ConditionChecker(questions: questions, incomplete: incomplete, unread: unread)
        for item in reader.list(node, "rules", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "a rule", allowed: allowed, required: ["id", "when", "because"]),
                let id = reader.identifier(fields["id"], "id", in: "a rule")
            else { continue }
            let what = "rule '\(id)'"
            guard claim("rule", id, at: reader.location(fields["id"] ?? item)) else { continue }
            let condition = readCondition(fields["when"], checker: checker, what: what, reader)
            let points = readPoints(fields["points"], what: what, reader)
            let caveat = reader.text(fields["caveat"], "caveat", in: what)
            let ifRecommended = readOptionList(fields["if_recommended"], what: what, reader)
            let because = reader.text(fields["because"], "because", in: what)
            let cited = readProvenance(fields, what: what, at: reader.location(item), reader)
            if fields["points"] == nil && fields["caveat"] == nil {
                log.error(.noEffect, "\(what) has neither 'points' nor a 'caveat', so it can change nothing", at: reader.location(item))
            }
            if let ifNode = fields["if_recommended"], caveat == nil {
                log.error(.unexpectedKey, "'if_recommended' limits when a caveat is shown, but \(what) has no 'caveat'", at: reader.location(ifNode))
            }
            guard let (text, condition) = condition, let points, let ifRecommended, let because, let cited else { continue }
            rules.append(
                Rule(
                    id: id, theme: theme, conditionText: text, condition: condition, points: points, caveat: caveat,
                    ifRecommended: ifRecommended, because: because, provenance: cited.0, interpretation: cited.interpretation,
                    location: reader.location(item)))
        }
    }

    private func readCondition(_ node: Node?, checker: ConditionChecker, what: String, _ reader: NodeReader) -> (String, Condition)? {
        guard let node, case .scalar(let scalar) = node else {
            if let node {
                log.error(.wrongType, "'when' of \(what) must be a condition written as text, found \(node.shapeDescription)", at: reader.location(node))
            }
            return nil
        }
        let text = scalar.string
        do {
            return (text.trimmedOfWhitespace, try checker.check(text))
        } catch {
            for mistake in error.errors {
                log.error(mistake.code, "in the condition of \(what): \(mistake.message)", at: reader.document.location(in: node, offset: mistake.span.start))
            }
            return nil
        }
    }

    private func readPoints(_ node: Node?, what: String, _ reader: NodeReader) -> [Rule.Effect]? {
        guard let node, !node.isNull else { return [] }
        guard case .mapping(let mapping) = node else {
            log.error(
                .wrongType, "'points' of \(what) must map option ids to points, such as {managed_services: 3}, found \(node.shapeDescription)",
                at: reader.location(node))
            return nil
        }
        var effects: [Rule.Effect] = []
        var valid = true
        for (key, value) in mapping {
            guard let option = optionIndex(key, what: what, reader) else {
                valid = false
                continue
            }
            guard let points = reader.integer(value, "points for '\(options[option].id)'", in: what) else {
                valid = false
                continue
            }
            guard Self.pointRange.contains(points) else {
                log.error(
                    .pointsOutOfRange,
                    "\(what) gives '\(options[option].id)' \(points) points; points must lie between \(Self.pointRange.lowerBound) and \(Self.pointRange.upperBound)",
                    at: reader.location(value))
                valid = false
                continue
            }
            effects.append(Rule.Effect(option: option, points: points))
        }
        return valid ? effects : nil
    }

    private func readOptionList(_ node: Node?, what: String, _ reader: NodeReader) -> [OptionIndex]? {
        guard let node else { return [] }
        guard let items = reader.list(node, "if_recommended", in: what, allowSingle: true) else { return nil }
        let indices = items.map { optionIndex($0, what: what, reader) }
        return indices.contains(nil) ? nil : indices.compactMap { $0 }
    }

    private func optionIndex(_ node: Node, what: String, _ reader: NodeReader) -> OptionIndex? {
        guard case .scalar(let scalar) = node else {
            log.error(.wrongType, "expected an option id in \(what), found \(node.shapeDescription)", at: reader.location(node))
            return nil
        }
        if let index = options.firstIndex(where: { $0.id == scalar.string }) { return index }
        if unread.mightDefine(scalar.string) { return nil }
        let ids = options.map(\.id)
        log.error(
            .unknownOption,
            "unknown option '\(scalar.string)' in \(what)\(DidYouMean.hint(for: scalar.string, among: ids)) (options: \(ids.joined(separator: ", ")))",
            at: reader.location(node))
        return nil
    }

    private func readProvenance(_ fields: [String: Node], what: String, at location: SourceLocation, _ reader: NodeReader) -> (
        Provenance, interpretation: String?
    )? {
        reader.provenance(
            fields, of: what, at: location, citing: citations,
            missing: (.unsourcedRule, "every rule must say where its advice comes from"))
    }

    // MARK: Shared checks

    /// Records the first definition of an id; reports a later one as a duplicate.
    private mutating func claim(_ kind: String, _ id: String, at location: SourceLocation) -> Bool {
        let key = "\(kind):\(id)"
        if let first = firstDefinition[key] {
            log.error(.duplicateID, "the \(kind) id '\(id)' is already defined at \(first)", at: location)
            return false
        }
        firstDefinition[key] = location
        return true
    }

    /// A rule base needs at least one question, two options and one rule to mean anything; the
    /// reasoning core keeps the options that can still lead in 64-bit masks, so at most 64 options.
    func requireContents(at location: SourceLocation?) {
        if questions.isEmpty && !log.hasErrors { log.error(.noQuestions, "the rule base defines no questions", at: location) }
        if options.count < 2 && !log.hasErrors { log.error(.noOptions, "the rule base needs at least two options to choose between", at: location) }
        if options.count > SupportOption.maximumCount && !log.hasErrors {
            log.error(
                .tooManyOptions, "the rule base defines \(options.count) options; at most \(SupportOption.maximumCount) can be compared",
                at: options.last?.location ?? location)
        }
        if rules.isEmpty && !log.hasErrors { log.error(.noRules, "the rule base defines no rules", at: location) }
    }
}
