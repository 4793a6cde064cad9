import Yams

/// Reads the parts of a rule base one kind at a time, checking each against what came before.
struct RuleBaseBuilder {
    /// The keys each kind of entry may have (also listed in `Rules/rules.schema.json`).
    static let articleKeys = ["name", "title", "date", "sections"]
    static let questionKeys = ["id", "type", "label", "ask", "why", "unit", "min", "max", "choices"]
    static let choiceKeys = ["value", "label", "aliases"]
    static let optionKeys = ["id", "name", "description"]
    static let ruleKeys = ["id", "when", "points", "caveat", "if_recommended", "because", "source", "assumption"]

    /// Points a rule may give one option; keeps every sum of scores far from overflowing.
    static let pointRange = -1_000_000...1_000_000

    let log: DiagnosticLog
    private(set) var sources: [String] = []
    private(set) var questions: [Question] = []
    private(set) var options: [SupportOption] = []
    private(set) var rules: [Rule] = []
    private var firstDefinition: [String: SourceLocation] = [:]

    init(log: DiagnosticLog) {
        self.log = log
    }

    var ruleBase: RuleBase {
        RuleBase(questions: questions, options: options, rules: rules, sources: sources)
    }

    // MARK: Articles

    mutating func readArticles(_ node: Node?, _ reader: NodeReader) {
        for item in reader.list(node, "articles", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "an article", allowed: Self.articleKeys, required: ["name", "sections"]),
                  let name = reader.text(fields["name"], "name", in: "an article") else { continue }
            for section in reader.list(fields["sections"], "sections", in: "article '\(name)'") ?? [] {
                guard let heading = reader.text(section, "section", in: "article '\(name)'") else { continue }
                sources.append("\(name), \(heading)")
            }
        }
    }

    // MARK: Questions

    mutating func readQuestions(_ node: Node?, _ reader: NodeReader) {
        let allowed = Self.questionKeys
        for item in reader.list(node, "questions", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "a question", allowed: allowed, required: ["id", "type", "label", "ask", "why"]),
                  let id = reader.identifier(fields["id"], "id", in: "a question") else { continue }
            let what = "question '\(id)'"
            guard claim("question", id, at: reader.location(fields["id"] ?? item)) else { continue }
            let label = reader.text(fields["label"], "label", in: what)
            let ask = reader.text(fields["ask"], "ask", in: what)
            let why = reader.text(fields["why"], "why", in: what)
            guard let kind = readKind(fields, what: what, reader),
                  let label, let ask, let why else { continue }
            questions.append(Question(id: id, label: label, ask: ask, why: why, kind: kind, location: reader.location(item)))
        }
    }

    private func readKind(_ fields: [String: Node], what: String, _ reader: NodeReader) -> Question.Kind? {
        guard let typeNode = fields["type"], let type = reader.text(typeNode, "type", in: what) else { return nil }
        let types = ["integer", "boolean", "choice"]
        let onlyFor: [String: String] = ["unit": "integer", "min": "integer", "max": "integer", "choices": "choice"]
        for (key, owner) in onlyFor.sorted(by: { $0.key < $1.key }) where fields[key] != nil && type != owner && types.contains(type) {
            log.error("unexpected-key", "'\(key)' applies only to \(owner) questions, and \(what) is of type \(type)", at: reader.location(fields[key] ?? typeNode))
        }
        switch type {
        case "integer":
            let lower = reader.integer(fields["min"], "min", in: what) ?? 0
            let upper = reader.integer(fields["max"], "max", in: what) ?? Int.max
            guard lower > Int.min else {
                // The compiled engine keeps Int.min for "not answered" (see AnswerVector).
                log.error("out-of-range", "'min' of \(what) must be above \(Int.min)", at: reader.location(fields["min"] ?? typeNode))
                return nil
            }
            guard lower <= upper else {
                log.error("empty-range", "\(what) has min \(lower) above max \(upper)", at: reader.location(fields["min"] ?? typeNode))
                return nil
            }
            return .integer(range: lower...upper, unit: reader.text(fields["unit"], "unit", in: what))
        case "boolean":
            return .boolean
        case "choice":
            guard let items = reader.list(fields["choices"], "choices", in: what), !items.isEmpty else {
                log.error("missing-key", "\(what) is a choice but lists no 'choices'", at: reader.location(typeNode))
                return nil
            }
            return readChoices(items, what: what, reader).map { .choice($0) }
        default:
            log.error("unknown-type", "unknown question type '\(type)'\(DidYouMean.hint(for: type, among: types)) (types: \(types.joined(separator: ", ")))", at: reader.location(typeNode))
            return nil
        }
    }

    /// Reads the choices of a question. Values are claimed first, so that an alias can clash
    /// neither with another alias nor with any value, in whatever order they are written; words
    /// are compared the way typed answers are matched (`AnswerValueParser.normalized`).
    private func readChoices(_ items: [Node], what: String, _ reader: NodeReader) -> [Choice]? {
        var entries: [(value: String, label: String, aliases: Node?)] = []
        var owners: [String: String] = [:]
        var valid = true
        for item in items {
            guard let fields = reader.fields(item, of: "a choice of \(what)", allowed: Self.choiceKeys, required: ["value", "label"]),
                  let value = reader.identifier(fields["value"], "value", in: "a choice of \(what)"),
                  let label = reader.text(fields["label"], "label", in: "choice '\(value)'") else {
                valid = false
                continue
            }
            guard owners[AnswerValueParser.normalized(value)] == nil else {
                log.error("duplicate-id", "\(what) lists the choice '\(value)' twice", at: reader.location(item))
                valid = false
                continue
            }
            owners[AnswerValueParser.normalized(value)] = value
            entries.append((value, label, fields["aliases"]))
        }
        var choices: [Choice] = []
        for entry in entries {
            var aliases: [String] = []
            for aliasNode in reader.list(entry.aliases, "aliases", in: "choice '\(entry.value)'") ?? [] {
                guard let alias = reader.text(aliasNode, "alias", in: "choice '\(entry.value)'") else { continue }
                let key = AnswerValueParser.normalized(alias)
                if let owner = owners[key], owner != entry.value || aliases.contains(where: { AnswerValueParser.normalized($0) == key }) {
                    let clash = owner == entry.value ? "is listed twice for '\(owner)'" : "is already a word for '\(owner)'"
                    log.error("ambiguous-alias", "'\(alias)' \(clash) in \(what); an alias must point to one choice", at: reader.location(aliasNode))
                    valid = false
                    continue
                }
                owners[key] = entry.value
                aliases.append(alias)
            }
            choices.append(Choice(value: entry.value, label: entry.label, aliases: aliases))
        }
        return valid ? choices : nil
    }

    // MARK: Options

    mutating func readOptions(_ node: Node?, _ reader: NodeReader) {
        for item in reader.list(node, "options", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "an option", allowed: Self.optionKeys, required: ["id", "name", "description"]),
                  let id = reader.identifier(fields["id"], "id", in: "an option"),
                  claim("option", id, at: reader.location(fields["id"] ?? item)),
                  let name = reader.text(fields["name"], "name", in: "option '\(id)'"),
                  let description = reader.text(fields["description"], "description", in: "option '\(id)'") else { continue }
            options.append(SupportOption(id: id, name: name, description: description, location: reader.location(item)))
        }
    }

    // MARK: Rules

    mutating func readRules(_ node: Node?, theme: String?, _ reader: NodeReader) {
        let allowed = Self.ruleKeys
        let checker = ConditionChecker(questions: questions)
        for item in reader.list(node, "rules", in: "the file") ?? [] {
            guard let fields = reader.fields(item, of: "a rule", allowed: allowed, required: ["id", "when", "because"]),
                  let id = reader.identifier(fields["id"], "id", in: "a rule") else { continue }
            let what = "rule '\(id)'"
            guard claim("rule", id, at: reader.location(fields["id"] ?? item)) else { continue }
            let condition = readCondition(fields["when"], checker: checker, what: what, reader)
            let points = readPoints(fields["points"], what: what, reader)
            let caveat = reader.text(fields["caveat"], "caveat", in: what)
            let ifRecommended = readOptionList(fields["if_recommended"], what: what, reader)
            let because = reader.text(fields["because"], "because", in: what)
            let provenance = readProvenance(fields, what: what, at: reader.location(item), reader)
            if fields["points"] == nil && fields["caveat"] == nil {
                log.error("no-effect", "\(what) has neither 'points' nor a 'caveat', so it can change nothing", at: reader.location(item))
            }
            if let ifNode = fields["if_recommended"], caveat == nil {
                log.error("unexpected-key", "'if_recommended' limits when a caveat is shown, but \(what) has no 'caveat'", at: reader.location(ifNode))
            }
            guard let (text, condition) = condition, let points, let ifRecommended, let because, let provenance else { continue }
            rules.append(Rule(
                id: id, theme: theme, conditionText: text, condition: condition, points: points, caveat: caveat,
                ifRecommended: ifRecommended, because: because, provenance: provenance, location: reader.location(item)))
        }
    }

    private func readCondition(_ node: Node?, checker: ConditionChecker, what: String, _ reader: NodeReader) -> (String, Condition)? {
        guard let node, case .scalar(let scalar) = node else {
            if let node { log.error("wrong-type", "'when' of \(what) must be a condition written as text, found \(node.shapeDescription)", at: reader.location(node)) }
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
            log.error("wrong-type", "'points' of \(what) must map option ids to points, such as {managed_services: 3}, found \(node.shapeDescription)", at: reader.location(node))
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
                log.error("points-out-of-range", "\(what) gives '\(options[option].id)' \(points) points; points must lie between \(Self.pointRange.lowerBound) and \(Self.pointRange.upperBound)", at: reader.location(value))
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
            log.error("wrong-type", "expected an option id in \(what), found \(node.shapeDescription)", at: reader.location(node))
            return nil
        }
        if let index = options.firstIndex(where: { $0.id == scalar.string }) { return index }
        let ids = options.map(\.id)
        log.error("unknown-option", "unknown option '\(scalar.string)' in \(what)\(DidYouMean.hint(for: scalar.string, among: ids)) (options: \(ids.joined(separator: ", ")))", at: reader.location(node))
        return nil
    }

    private func readProvenance(_ fields: [String: Node], what: String, at location: SourceLocation, _ reader: NodeReader) -> Provenance? {
        reader.provenance(fields, of: what, at: location, citing: sources,
                          missing: ("unsourced-rule", "every rule must say where its advice comes from"))
    }

    // MARK: Shared checks

    /// Records the first definition of an id; reports a later one as a duplicate.
    private mutating func claim(_ kind: String, _ id: String, at location: SourceLocation) -> Bool {
        let key = "\(kind):\(id)"
        if let first = firstDefinition[key] {
            log.error("duplicate-id", "the \(kind) id '\(id)' is already defined at \(first)", at: location)
            return false
        }
        firstDefinition[key] = location
        return true
    }

    /// A rule base needs at least one question, two options and one rule to mean anything; the
    /// reasoning core keeps the options that can still lead in 64-bit masks, so at most 64 options.
    func requireContents(at location: SourceLocation?) {
        if questions.isEmpty && !log.hasErrors { log.error("no-questions", "the rule base defines no questions", at: location) }
        if options.count < 2 && !log.hasErrors { log.error("no-options", "the rule base needs at least two options to choose between", at: location) }
        if options.count > ScoreModel.maximumOptions && !log.hasErrors {
            log.error("too-many-options", "the rule base defines \(options.count) options; at most \(ScoreModel.maximumOptions) can be compared", at: options.last?.location ?? location)
        }
        if rules.isEmpty && !log.hasErrors { log.error("no-rules", "the rule base defines no rules", at: location) }
    }
}
