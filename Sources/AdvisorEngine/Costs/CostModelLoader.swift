import AdvisorModel
import Foundation
import Yams

/// Builds a checked `CostModel` from the `costs` sections of rule files (or of a separate cost
/// file), reporting every problem at its file, line and column.
///
///     costs:
///       currency: USD                       # optional, at most once; USD by default
///       parameters:
///         - id: break_fix_hourly_rate
///           value: 125
///           unit: USD/hour
///           description: What a break-fix shop bills for an hour of a technician's time.
///           assumption: The article gives no rates; this is a typical small-business rate.
///       estimates:
///         - option: break_fix
///           parts:
///             - part: labour
///               formula: users * support_hours_per_user_year * break_fix_hourly_rate
///               description: Routine fixes, billed by the hour.
///
/// A parameter may add `quiet_year` and `bad_year` values and `cases` (`when`, `value`,
/// `quiet_year`, `bad_year`) whose conditions use the rules' condition language.
public enum CostModelLoader {
    /// The keys of each kind of entry (also listed in `Rules/rules.schema.json`).
    static let costKeys = ["currency", "parameters", "estimates"]
    static let parameterKeys = ["id", "unit", "value", "quiet_year", "bad_year", "cases", "description", "claims", "source", "assumption", "interpretation"]
    static let caseKeys = ["when", "value", "quiet_year", "bad_year"]
    static let estimateKeys = ["option", "parts"]
    static let partKeys = ["part", "formula", "description"]
    /// The currency when no file names one.
    public static let defaultCurrency = "USD"

    /// Loads the cost model from the `costs` sections of `files`, checked against `ruleBase`.
    /// Returns nil when no file has a `costs` section. With `onlyCosts` (a separate cost file)
    /// any other top-level key is an error; otherwise other keys belong to the rule base.
    public static func load(
        _ files: [RuleFile], ruleBase: RuleBase, onlyCosts: Bool = false
    ) throws(RuleBaseError) -> (CostModel?, warnings: [Diagnostic]) {
        let log = DiagnosticLog()
        var sections: [(reader: NodeReader, fields: [String: Node], node: Node)] = []
        for file in files where !file.isTestFile {
            let document: YAMLDocument
            switch YAMLDocument.parse(file.contents, path: file.path) {
            case .failure(let diagnostic):
                log.append(diagnostic)
                continue
            case .success(let parsed):
                document = parsed
            }
            let reader = NodeReader(document: document, log: log)
            guard let root = document.root else { continue }
            let costsNode: Node?
            if onlyCosts {
                costsNode = reader.fields(root, of: "a cost file", allowed: ["costs"], required: ["costs"])?["costs"]
            } else if case .mapping(let mapping) = root {
                costsNode = mapping["costs"]
            } else {
                costsNode = nil
            }
            guard let costsNode, !costsNode.isNull,
                let fields = reader.fields(costsNode, of: "the 'costs' section", allowed: costKeys, required: [])
            else { continue }
            sections.append((reader, fields, costsNode))
        }
        guard let first = sections.first else {
            if log.hasErrors { throw RuleBaseError(diagnostics: RuleBaseLoader.sortedByLocation(log.diagnostics)) }
            return (nil, [])
        }
        var builder = CostModelBuilder(log: log, ruleBase: ruleBase)
        for section in sections { builder.readCurrency(section.fields["currency"], section.reader) }
        for section in sections { builder.readParameters(section.fields["parameters"], section.reader) }
        for section in sections { builder.readEstimates(section.fields["estimates"], section.reader) }
        builder.requireEstimates(at: first.reader.location(first.node))
        if log.hasErrors {
            throw RuleBaseError(diagnostics: RuleBaseLoader.sortedByLocation(log.diagnostics))
        }
        var model = builder.model
        if onlyCosts {
            let counted = files.filter { !$0.isTestFile }
            let name = counted.count == 1 ? counted[0].relativePath : RuleBaseIdentity.folderName(of: files)
            model.identity = RuleBaseIdentity(name: name, files: files)
        }
        return (model, RuleBaseLoader.sortedByLocation(log.diagnostics))
    }
}

/// Reads the parts of a cost model one kind at a time: currency, then parameters, then estimates.
package struct CostModelBuilder {
    package let log: DiagnosticLog
    package let ruleBase: RuleBase
    package private(set) var currency: String?
    private var currencyLocation: SourceLocation?
    package private(set) var parameters: [CostParameter] = []
    private var estimates: [[CostPartFormula]?]
    private var estimateLocations: [SourceLocation?]
    private var parameterLocations: [String: SourceLocation] = [:]
    /// Every parameter id declared, valid or not, with its unit when that could be read; formulas
    /// see them all, so that one mistake in a parameter is not reported again in every formula.
    private var declared: [String: (index: CostParameterIndex, unit: CostUnit?)] = [:]

    package init(log: DiagnosticLog, ruleBase: RuleBase) {
        self.log = log
        self.ruleBase = ruleBase
        self.estimates = Array(repeating: nil, count: ruleBase.options.count)
        self.estimateLocations = Array(repeating: nil, count: ruleBase.options.count)
    }

    package var model: CostModel {
        CostModel(currency: currency ?? CostModelLoader.defaultCurrency, parameters: parameters, estimates: estimates.map { $0 ?? [] })
    }

    private var effectiveCurrency: String { currency ?? CostModelLoader.defaultCurrency }

    // MARK: Currency

    mutating func readCurrency(_ node: Node?, _ reader: NodeReader) {
        guard let node, let code = reader.text(node, "currency", in: "the 'costs' section") else { return }
        if let first = currencyLocation {
            log.error(.duplicateID, "the currency is already set at \(first); name it in one file only", at: reader.location(node))
            return
        }
        guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            log.error(.badCurrency, "'\(code)' is not a currency code; use three capital letters such as USD or EUR", at: reader.location(node))
            return
        }
        currency = code
        currencyLocation = reader.location(node)
    }

    // MARK: Parameters

    package mutating func readParameters(_ node: Node?, _ reader: NodeReader) {
        let checker = ConditionChecker(questions: ruleBase.questions)
        for item in reader.list(node, "parameters", in: "the 'costs' section") ?? [] {
            guard
                let fields = reader.fields(
                    item, of: "a cost parameter", allowed: CostModelLoader.parameterKeys, required: ["id", "unit", "value", "description"]),
                let id = reader.identifier(fields["id"], "id", in: "a cost parameter")
            else { continue }
            let what = "parameter '\(id)'"
            let idLocation = reader.location(fields["id"] ?? item)
            if let first = parameterLocations[id] {
                log.error(.duplicateID, "the parameter id '\(id)' is already defined at \(first)", at: idLocation)
                continue
            }
            parameterLocations[id] = idLocation
            if ruleBase.questionIndex(id) != nil {
                log.error(.duplicateID, "the parameter id '\(id)' is also a question's id; formulas could not tell them apart", at: idLocation)
                continue
            }
            let unit = readUnit(fields["unit"], what: what, reader)
            let description = reader.text(fields["description"], "description", in: what)
            let cited = readProvenance(fields, what: what, at: reader.location(item), reader)
            let value = readValue(fields, what: what, reader)
            let cases = readCases(fields["cases"], what: what, checker: checker, reader)
            if let cited, cited.0.citesArticle, cited.interpretation == nil {
                let figure = value.map { " to arrive at " + [CostMath.plain($0.typical), unit?.0].compactMap { $0 }.joined(separator: " ") } ?? ""
                log.error(
                    .uninterpretedParameter,
                    "\(what) cites the article but has no 'interpretation'; say in one sentence how we read the article\(figure), or state an 'assumption' instead",
                    at: reader.location(item))
            }
            guard let (unitText, unit) = unit, let description, let cited, let value, let cases else {
                declared[id] = (-1, unit?.1)
                continue
            }
            declared[id] = (parameters.count, unit)
            parameters.append(
                CostParameter(
                    id: id, unitText: unitText, unit: unit, description: description, provenance: cited.0,
                    interpretation: cited.interpretation, value: value, cases: cases, location: reader.location(item)))
        }
    }

    private func readUnit(_ node: Node?, what: String, _ reader: NodeReader) -> (String, CostUnit)? {
        guard let node, let text = reader.text(node, "unit", in: what) else { return nil }
        do {
            return (text, try CostUnit.parse(text, currency: effectiveCurrency))
        } catch {
            log.error(.badUnit, "in the unit of \(what): \(error.message)", at: reader.document.location(in: node, offset: error.offset))
            return nil
        }
    }

    /// `value` with its optional `quiet_year` and `bad_year`, each a number of zero or more.
    private func readValue(_ fields: [String: Node], what: String, _ reader: NodeReader) -> CostValue? {
        let typical = number(fields["value"], "value", what: what, reader)
        let quiet = number(fields["quiet_year"], "quiet_year", what: what, reader)
        let bad = number(fields["bad_year"], "bad_year", what: what, reader)
        let failed = [("value", typical), ("quiet_year", quiet), ("bad_year", bad)].contains { fields[$0.0] != nil && $0.1 == nil }
        guard let typical, !failed else { return nil }
        return CostValue(typical: typical, quietYear: quiet, badYear: bad)
    }

    private func number(_ node: Node?, _ key: String, what: String, _ reader: NodeReader) -> Decimal? {
        guard let node, !node.isNull else { return nil }
        guard case .scalar(let scalar) = node, let value = CostMath.parse(scalar.string) else {
            log.error(.wrongType, "'\(key)' of \(what) must be a number such as 125 or 0.5, found \(node.shapeDescription)", at: reader.location(node))
            return nil
        }
        guard value >= 0 else {
            log.error(.negativeValue, "'\(key)' of \(what) is \(CostMath.plain(value)); costs, hours and counts cannot be negative", at: reader.location(node))
            return nil
        }
        return value
    }

    private func readCases(_ node: Node?, what: String, checker: ConditionChecker, _ reader: NodeReader) -> [CostParameter.Case]? {
        guard let node, !node.isNull else { return [] }
        guard let items = reader.list(node, "cases", in: what) else { return nil }
        var cases: [CostParameter.Case] = []
        var valid = true
        for item in items {
            guard let fields = reader.fields(item, of: "a case of \(what)", allowed: CostModelLoader.caseKeys, required: ["when", "value"]),
                let whenNode = fields["when"]
            else {
                valid = false
                continue
            }
            let condition = readCondition(whenNode, what: what, checker: checker, reader)
            let value = readValue(fields, what: "a case of \(what)", reader)
            guard let (text, condition) = condition, let value else {
                valid = false
                continue
            }
            cases.append(.init(conditionText: text, condition: condition, value: value, location: reader.location(item)))
        }
        return valid ? cases : nil
    }

    private func readCondition(_ node: Node, what: String, checker: ConditionChecker, _ reader: NodeReader) -> (String, Condition)? {
        guard case .scalar(let scalar) = node else {
            log.error(.wrongType, "'when' in a case of \(what) must be a condition written as text, found \(node.shapeDescription)", at: reader.location(node))
            return nil
        }
        do {
            return (scalar.string.trimmingCharacters(in: .whitespacesAndNewlines), try checker.check(scalar.string))
        } catch {
            for mistake in error.errors {
                log.error(mistake.code, "in a condition of \(what): \(mistake.message)", at: reader.document.location(in: node, offset: mistake.span.start))
            }
            return nil
        }
    }

    private func readProvenance(_ fields: [String: Node], what: String, at location: SourceLocation, _ reader: NodeReader) -> (
        Provenance, interpretation: String?
    )? {
        reader.provenance(
            fields, of: what, at: location, citing: Citations(sources: ruleBase.sources, claims: ruleBase.claims),
            missing: (.unsourcedParameter, "every number must say where it comes from"))
    }

    // MARK: Estimates

    mutating func readEstimates(_ node: Node?, _ reader: NodeReader) {
        let names = formulaNames()
        for item in reader.list(node, "estimates", in: "the 'costs' section") ?? [] {
            guard let fields = reader.fields(item, of: "an estimate", allowed: CostModelLoader.estimateKeys, required: ["option", "parts"]),
                let optionNode = fields["option"], let option = optionIndex(optionNode, reader)
            else { continue }
            let optionID = ruleBase.options[option].id
            if let first = estimateLocations[option] {
                log.error(.duplicateID, "option '\(optionID)' already has an estimate at \(first)", at: reader.location(optionNode))
                continue
            }
            estimateLocations[option] = reader.location(item)
            var parts: [CostPartFormula] = []
            for partNode in reader.list(fields["parts"], "parts", in: "the estimate of '\(optionID)'") ?? [] {
                guard let part = readPart(partNode, option: optionID, names: names, reader) else { continue }
                if parts.contains(where: { $0.kind == part.kind }) {
                    log.error(.duplicateID, "the estimate of '\(optionID)' has two '\(part.kind.rawValue)' parts; put them in one formula", at: part.location)
                    continue
                }
                parts.append(part)
            }
            estimates[option] = parts
        }
    }

    private func readPart(_ node: Node, option: String, names: CostFormulaParser.Names, _ reader: NodeReader) -> CostPartFormula? {
        let what = "a part of the estimate of '\(option)'"
        guard let fields = reader.fields(node, of: what, allowed: CostModelLoader.partKeys, required: ["part", "formula", "description"]),
            let kindNode = fields["part"], let kindText = reader.text(kindNode, "part", in: what)
        else { return nil }
        let kinds = CostPartKind.allCases.map(\.rawValue)
        guard let kind = CostPartKind(rawValue: kindText) else {
            log.error(
                .unknownPart, "unknown part '\(kindText)'\(DidYouMean.hint(for: kindText, among: kinds)) (parts: \(kinds.joined(separator: ", ")))",
                at: reader.location(kindNode))
            return nil
        }
        let partWhat = "part '\(kind.rawValue)' of '\(option)'"
        let description = reader.text(fields["description"], "description", in: partWhat)
        guard let formulaNode = fields["formula"], let text = reader.text(formulaNode, "formula", in: partWhat) else { return nil }
        guard case .scalar(let scalar) = formulaNode else { return nil }
        let checked: CostFormulaParser.Checked
        do {
            checked = try CostFormulaParser.check(scalar.string, names: names)
        } catch {
            log.error(error.code, "in the formula of \(partWhat): \(error.message)", at: reader.document.location(in: formulaNode, offset: error.offset))
            return nil
        }
        let expected = CostUnit.perYear(effectiveCurrency)
        if !checked.isZero && !checked.unit.isCommensurable(with: expected) {
            log.error(
                .unitMismatch, "the formula of \(partWhat) comes out in \(checked.unit), but every part must be in \(expected)",
                at: reader.location(formulaNode))
            return nil
        }
        guard let description else { return nil }
        return CostPartFormula(kind: kind, description: description, formulaText: text, formula: checked.formula, location: reader.location(node))
    }

    private func formulaNames() -> CostFormulaParser.Names {
        var questionNames: [String: (index: QuestionIndex, unit: CostUnit?, kind: String)] = [:]
        for (index, question) in ruleBase.questions.enumerated() {
            switch question.kind {
            case .integer(_, let unitText):
                let unit = unitText.flatMap { try? CostUnit.parse($0, currency: effectiveCurrency) } ?? .number
                questionNames[question.id] = (index, CostUnit(dimensions: unit.dimensions), "number")
            case .boolean: questionNames[question.id] = (index, nil, "yes/no")
            case .choice: questionNames[question.id] = (index, nil, "choice")
            }
        }
        return .init(parameters: declared, questions: questionNames)
    }

    private func optionIndex(_ node: Node, _ reader: NodeReader) -> OptionIndex? {
        guard case .scalar(let scalar) = node else {
            log.error(.wrongType, "expected an option id in an estimate, found \(node.shapeDescription)", at: reader.location(node))
            return nil
        }
        if let index = ruleBase.optionIndex(scalar.string) { return index }
        let ids = ruleBase.options.map(\.id)
        log.error(
            .unknownOption,
            "unknown option '\(scalar.string)' in an estimate\(DidYouMean.hint(for: scalar.string, among: ids)) (options: \(ids.joined(separator: ", ")))",
            at: reader.location(node))
        return nil
    }

    // MARK: Whole-model checks

    /// Every option needs an estimate with at least one part, and a divisor must be above zero.
    func requireEstimates(at location: SourceLocation) {
        guard !log.hasErrors else { return }
        for (option, parts) in estimates.enumerated() where parts?.isEmpty ?? true {
            let id = ruleBase.options[option].id
            log.error(
                .missingEstimate, "the cost model has no estimate for option '\(id)'; add one under 'estimates' with its parts",
                at: estimateLocations[option] ?? location)
        }
        let model = self.model
        for index in model.divisors.sorted() {
            let parameter = parameters[index]
            for value in parameter.allValues where [value.typical, value.quietYear, value.badYear].contains(0) {
                log.error(.zeroDivisor, "parameter '\(parameter.id)' divides in a formula, so none of its values may be 0", at: parameter.location)
                break
            }
        }
    }
}
