import AdvisorModel
import Foundation

/// One assumption of the cost estimate: a rate, a fee, a number of hours or outages, a share.
///
/// Its value is given in its own unit (`100 USD/user/month`) and may depend on the answers: the
/// first case whose condition holds gives the value, else `value` does. Every value may say what
/// it becomes in a quiet year and in a bad year; the estimate's range comes from those.
public struct CostParameter: Sendable, Hashable {
    /// Stable identifier, used in formulas, `--assume ID=VALUE` and the chat's `assume`.
    public var id: String
    /// The unit as written (`USD/user/month`), for people.
    public var unitText: String
    /// The unit, with the scale from values as written to canonical values.
    public var unit: CostUnit
    /// One line on what the number is.
    public var description: String
    /// The article's claims (or section) behind the number, or the assumption it rests on.
    public var provenance: Provenance
    /// How we read the article to arrive at the number, which it never gives itself; required
    /// when the provenance cites the article.
    public var interpretation: String?
    /// The value when no case applies, in the parameter's unit.
    public var value: CostValue
    /// Values that depend on the answers, tried in order.
    public var cases: [Case]
    /// Where the parameter is defined.
    public var location: SourceLocation

    /// A parameter with every field given.
    public init(
        id: String, unitText: String, unit: CostUnit, description: String, provenance: Provenance,
        interpretation: String? = nil, value: CostValue, cases: [Case], location: SourceLocation
    ) {
        self.id = id
        self.unitText = unitText
        self.unit = unit
        self.description = description
        self.provenance = provenance
        self.interpretation = interpretation
        self.value = value
        self.cases = cases
        self.location = location
    }

    /// A value that applies when a condition over the answers holds.
    public struct Case: Sendable, Hashable {
        /// The condition as the author wrote it.
        public var conditionText: String
        /// The condition, resolved against the questions.
        public var condition: Condition
        /// The value the parameter takes when the condition holds.
        public var value: CostValue
        /// Where the case is written.
        public var location: SourceLocation

        /// A case with every field given.
        public init(conditionText: String, condition: Condition, value: CostValue, location: SourceLocation) {
            self.conditionText = conditionText
            self.condition = condition
            self.value = value
            self.location = location
        }
    }

    /// Every value the parameter can take (the default, then each case), for checks and docs.
    public var allValues: [CostValue] { [value] + cases.map(\.value) }
}

/// A parameter's value in a typical year, and optionally in a quiet and in a bad year, in the
/// parameter's own unit.
public struct CostValue: Sendable, Hashable {
    /// In a typical year.
    public var typical: Decimal
    /// In a quiet year; the typical value when the model gives none.
    public var quietYear: Decimal
    /// In a bad year; the typical value when the model gives none.
    public var badYear: Decimal

    /// A value; a quiet or bad year left out is the typical year.
    public init(typical: Decimal, quietYear: Decimal? = nil, badYear: Decimal? = nil) {
        self.typical = typical
        self.quietYear = quietYear ?? typical
        self.badYear = badYear ?? typical
    }

    /// True when a quiet or a bad year differs from a typical one.
    public var varies: Bool { quietYear != typical || badYear != typical }
}

/// The kinds of cost an estimate is split into.
public enum CostPartKind: String, Sendable, Hashable, CaseIterable {
    /// Fixed fees and salaries: the same in a quiet and a bad year.
    case fees
    /// Paid hours of routine work and maintenance.
    case labour
    /// What fixing outages costs: emergency hours, call-outs.
    case outages
    /// The work lost while systems are down.
    case downtime

    /// A word for people ("Fees").
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// How one part of one option's cost is worked out.
public struct CostPartFormula: Sendable, Hashable {
    /// The part of the cost: fees, labour, outages or downtime.
    public var kind: CostPartKind
    /// What the part pays for, in words.
    public var description: String
    /// The formula as written.
    public var formulaText: String
    /// The formula, parsed and checked.
    public var formula: CostFormula
    /// Where the part is written.
    public var location: SourceLocation

    /// A part with every field given.
    public init(kind: CostPartKind, description: String, formulaText: String, formula: CostFormula, location: SourceLocation) {
        self.kind = kind
        self.description = description
        self.formulaText = formulaText
        self.formula = formula
        self.location = location
    }
}

/// The cost model: the currency, the parameters, and for every option the formulas of its parts.
public struct CostModel: Sendable {
    /// An ISO 4217 code such as `USD`; every money unit is in it.
    public var currency: String
    /// Every parameter, in the order the files declare them (``CostParameterIndex`` counts them).
    public var parameters: [CostParameter]
    /// For each option of the rule base (indexed like `RuleBase.options`), the parts of its cost.
    public var estimates: [[CostPartFormula]]
    /// For a cost model read on its own (`--costs-file`), its files and their digest; nil when
    /// it comes with the rule base, whose identity covers it.
    public var identity: RuleBaseIdentity?

    private var parameterIndexByID: [String: CostParameterIndex]

    /// A model of `parameters` and, for each option, the parts of its cost.
    public init(currency: String, parameters: [CostParameter], estimates: [[CostPartFormula]]) {
        self.currency = currency
        self.parameters = parameters
        self.estimates = estimates
        var index: [String: CostParameterIndex] = [:]
        for (position, parameter) in parameters.enumerated() where index[parameter.id] == nil {
            index[parameter.id] = position
        }
        self.parameterIndexByID = index
    }

    /// The index of the parameter with this id, if there is one.
    public func parameterIndex(_ id: String) -> CostParameterIndex? { parameterIndexByID[id] }

    /// The parameters `option`'s formulas read, in order of first mention.
    public func parameters(of option: OptionIndex) -> [CostParameterIndex] {
        var seen: [CostParameterIndex] = []
        for part in estimates[option] {
            for index in part.formula.parameters where !seen.contains(index) { seen.append(index) }
        }
        return seen
    }

    /// Parameters that divide in some formula, and so must stay above zero.
    public var divisors: Set<CostParameterIndex> {
        Set(estimates.flatMap { $0.flatMap(\.formula.divisors) })
    }

    /// Number questions the formulas read (`users`), in question order.
    public var questions: [QuestionIndex] {
        Set(estimates.flatMap { $0.flatMap(\.formula.questions) }).sorted()
    }
}
