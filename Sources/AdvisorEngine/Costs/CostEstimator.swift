import AdvisorModel
import Foundation

/// What one option would cost a year, in whole units of the model's currency.
public struct CostEstimate: Sendable, Hashable {
    /// The option estimated.
    public var option: OptionIndex
    /// In the order the cost model lists them.
    public var parts: [Part]

    /// A typical year: the sum of the parts' amounts.
    public var expected: Int { parts.reduce(0) { $0 + $1.amount } }
    /// A quiet year (and the most favourable answers to open questions).
    public var low: Int { parts.reduce(0) { $0 + $1.low } }
    /// A bad year (and the least favourable answers to open questions).
    public var high: Int { parts.reduce(0) { $0 + $1.high } }

    /// One part of the cost, traceable to the parameters it used.
    public struct Part: Sendable, Hashable {
        /// What the part pays for: fees, labour, outages or downtime.
        public var kind: CostPartKind
        /// In a typical year.
        public var amount: Int
        /// In a quiet year (and with the most favourable answers to open questions).
        public var low: Int
        /// In a bad year (and with the least favourable answers to open questions).
        public var high: Int
        /// The parameters its formula reads, in order of mention.
        public var parameters: [CostParameterIndex]
        /// The formula with the typical values put in: "12 users × 4 hours/user/year × 125 USD/hour".
        public var working: String
    }
}

/// Why no estimate could be made.
public enum CostEstimateError: Error, Sendable, Hashable {
    /// These number questions are used by the formulas and have no answer yet.
    case unanswered([QuestionIndex])
}

/// Works out estimates from the cost model, the assumptions in force and the answers.
///
/// Each parameter is resolved against the answers in three-valued logic: the first case that
/// certainly holds gives its value (else the default); cases still open because a question is
/// unanswered widen its range but do not move the typical value. An estimate's low and high come
/// from evaluating every formula with all parameters at their lowest and at their highest (quiet
/// year, bad year, open cases), and always include the typical year.
public struct CostEstimator: Sendable {
    /// The cost model, with any changed values.
    public let assumptions: CostAssumptions
    /// The rule base whose answers the formulas and cases read.
    public let ruleBase: RuleBase

    /// An estimator of the model in `assumptions` for the questions of `ruleBase`.
    public init(assumptions: CostAssumptions, ruleBase: RuleBase) {
        self.assumptions = assumptions
        self.ruleBase = ruleBase
    }

    /// The cost model.
    public var model: CostModel { assumptions.model }

    /// A parameter's values under some answers, canonical (see `CostUnit`).
    public struct Resolved: Sendable, Hashable {
        /// The typical value in the parameter's own unit, as shown to people.
        public var shown: Decimal
        /// The typical value, canonical (see ``CostUnit``).
        public var typical: Decimal
        /// The lowest value: a quiet year, or a case that open questions could still select.
        public var low: Decimal
        /// The highest value: a bad year, or a case that open questions could still select.
        public var high: Decimal
        /// True when an unanswered question could still change the value.
        public var isOpen: Bool
        /// True when the value comes from `--assume` or the chat's `assume`.
        public var isAssumed: Bool
    }

    /// The value of every parameter under `answers`.
    public func resolve(_ answers: Answers) -> [Resolved] {
        model.parameters.indices.map { resolve($0, answers) }
    }

    /// The values of one parameter under `answers`.
    public func resolve(_ index: CostParameterIndex, _ answers: Answers) -> Resolved {
        let parameter = model.parameters[index]
        let scale = parameter.unit.scale
        if let assumed = assumptions.override(index) {
            let canonical = scale.applied(to: assumed)
            return Resolved(shown: assumed, typical: canonical, low: canonical, high: canonical, isOpen: false, isAssumed: true)
        }
        var candidates: [CostValue] = []
        var chosen = parameter.value
        for item in parameter.cases {
            let truth = item.condition.truth(answers)
            if truth == .unknown { candidates.append(item.value) }
            if truth == .true {
                chosen = item.value
                break
            }
        }
        let open = !candidates.isEmpty
        candidates.append(chosen)
        let values = candidates.flatMap { [$0.quietYear, $0.typical, $0.badYear] }
        return Resolved(
            shown: chosen.typical, typical: scale.applied(to: chosen.typical),
            low: scale.applied(to: values.min() ?? chosen.typical), high: scale.applied(to: values.max() ?? chosen.typical),
            isOpen: open, isAssumed: false)
    }

    /// Number questions the formulas need that have no answer.
    public func missingAnswers(_ answers: Answers) -> [QuestionIndex] {
        model.questions.filter { answers[$0] == nil }
    }

    /// The estimate of every option, in option order.
    public func estimates(_ answers: Answers) throws(CostEstimateError) -> [CostEstimate] {
        let missing = missingAnswers(answers)
        guard missing.isEmpty else { throw .unanswered(missing) }
        let resolved = resolve(answers)
        return ruleBase.options.indices.map { estimate($0, resolved: resolved, answers: answers) }
    }

    /// The typical-year total of every option, as `estimates` would give them, without working
    /// out each part's range and the working it shows (the summary's cost line needs only these).
    package func typicalTotals(_ answers: Answers) throws(CostEstimateError) -> [Int] {
        let missing = missingAnswers(answers)
        guard missing.isEmpty else { throw .unanswered(missing) }
        let totals = expectedTotals(answers, typical: resolve(answers).map(\.typical), options: Array(ruleBase.options.indices))
        return ruleBase.options.indices.map { totals[$0] ?? 0 }
    }

    package func estimate(_ option: OptionIndex, resolved: [Resolved], answers: Answers) -> CostEstimate {
        let question = { (index: QuestionIndex) in Self.number(answers[index]) }
        let parts = model.estimates[option].map { part -> CostEstimate.Part in
            let formula = part.formula
            let typical = formula.evaluate(parameter: { resolved[$0].typical }, question: question)
            let low = formula.evaluate(parameter: { resolved[$0].low }, question: question)
            let high = formula.evaluate(parameter: { resolved[$0].high }, question: question)
            return CostEstimate.Part(
                kind: part.kind,
                amount: CostMath.whole(typical),
                low: CostMath.whole(min(low, typical, high)),
                high: CostMath.whole(max(low, typical, high)),
                parameters: formula.parameters,
                working: working(formula, resolved: resolved, answers: answers))
        }
        return CostEstimate(option: option, parts: parts)
    }

    /// The typical-year total of each of `options` for canonical parameter values `typical`,
    /// rounded as the estimates are: the fast path for break-even searches.
    func expectedTotals(_ answers: Answers, typical: [Decimal], options: [OptionIndex]) -> [OptionIndex: Int] {
        let question = { (index: QuestionIndex) in Self.number(answers[index]) }
        var totals: [OptionIndex: Int] = [:]
        for option in options {
            totals[option] = model.estimates[option].reduce(0) { sum, part in
                sum + CostMath.whole(part.formula.evaluate(parameter: { typical[$0] }, question: question))
            }
        }
        return totals
    }

    /// The formula with each name replaced by its typical value and unit.
    func working(_ formula: CostFormula, resolved: [Resolved], answers: Answers) -> String {
        formula.rendered { node in
            switch node {
            case .parameter(let index):
                return "\(CostPhrasing.number(resolved[index].shown)) \(model.parameters[index].unitText)"
            case .question(let index):
                let question = ruleBase.questions[index]
                guard let value = answers[index] else { return question.id }
                return question.describe(value)
            default:
                return ""
            }
        }
    }

    package static func number(_ value: AnswerValue?) -> Decimal {
        if case .integer(let number)? = value { return Decimal(number) }
        return 0
    }
}

extension [CostEstimate] {
    /// The option with the lowest typical-year cost; a tie goes to the option listed first.
    public var cheapest: OptionIndex? {
        self.min { $0.expected != $1.expected ? $0.expected < $1.expected : $0.option < $1.option }?.option
    }
}
