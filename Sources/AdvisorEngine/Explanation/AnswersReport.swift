import AdvisorModel

/// The report of one set of answers, as `advisor --answers` gives it and the `advise` tool of
/// `advisor mcp` returns it: the advice (or, with `open`, the conditional advice), the owner's
/// summary and, when asked for, the cost estimate. One home, so that the two give the same bytes.
public struct AnswersReport: Sendable {
    /// A settled recommendation, or what each answer of the deciding open question would lead to.
    public enum Outcome: Sendable {
        case advice(Advice)
        case conditional(ConditionalAdvice)
    }

    /// The advice.
    public let outcome: Outcome
    /// The cost estimate, when one was asked for.
    public let costs: CostReport?
    /// The owner's summary, with its cost line when a cost model was given for it.
    public let summary: OwnerSummary

    /// Works out the report.
    ///
    /// - Parameters:
    ///   - engine: The engine of the rule base.
    ///   - answers: The answers given.
    ///   - unknown: The questions answered "don't know".
    ///   - open: When the answers leave the recommendation open, give the conditional advice
    ///     instead of failing (`--open`).
    ///   - costs: The cost model for an estimate (`--costs`); nil for none.
    ///   - summaryCosts: The cost model behind the summary's cost line; nil to leave it out.
    /// - Throws: ``AnswersReportError`` when the answers do not settle the recommendation (and
    ///   `open` is false or no single question decides), or the estimate needs more answers.
    public init(
        engine: Engine, answers: Answers, unknown: Set<QuestionIndex> = [], open: Bool = false,
        costs: CostAssumptions? = nil, summaryCosts: CostAssumptions? = nil
    ) throws(AnswersReportError) {
        let outcome: Outcome
        do throws(AdviceError) {
            var advice = try engine.advise(answers)
            advice.unknown = unknown
            outcome = .advice(advice)
        } catch {
            guard open, let conditional = engine.conditionalAdvice(answers, unknown: unknown) else { throw .unsettled(error) }
            outcome = .conditional(conditional)
        }
        self.outcome = outcome
        let settled: Advice?
        switch outcome {
        case .advice(let advice):
            settled = advice
            summary = OwnerSummary(advice, costs: summaryCosts, setting: .report)
        case .conditional(let conditional):
            settled = nil
            summary = OwnerSummary(conditional, costs: summaryCosts, setting: .report)
        }
        guard let costs else {
            self.costs = nil
            return
        }
        do {
            self.costs = try CostReport(engine: engine, assumptions: costs, answers: answers, advice: settled)
        } catch {
            throw .costsNeedAnswers(error)
        }
    }

    /// The report as JSON (both the summary and the full reasoning), ending with a newline.
    public var json: String { jsonValue.serialized() }

    /// The report as a JSON value.
    public var jsonValue: JSONValue {
        switch outcome {
        case .advice(let advice): return JSONRenderer.value(of: advice, costs: costs, summary: summary)
        case .conditional(let conditional): return JSONRenderer.value(of: conditional, costs: costs, summary: summary)
        }
    }

    /// The rule base the report is about.
    public var ruleBase: RuleBase {
        switch outcome {
        case .advice(let advice): return advice.ruleBase
        case .conditional(let conditional): return conditional.ruleBase
        }
    }
}

/// Why answers give no report.
public enum AnswersReportError: Error, Sendable, Hashable {
    /// The answers leave the recommendation open (and no conditional advice was asked for or possible).
    case unsettled(AdviceError)
    /// The cost estimate needs answers to these questions.
    case costsNeedAnswers(CostEstimateError)

    /// The message, without where the answers came from: "the answers do not settle the
    /// recommendation yet (…); still needed: …", "the cost estimate needs an answer to …".
    public func message(in ruleBase: RuleBase) -> String {
        switch self {
        case .unsettled(let error): return error.message(in: ruleBase)
        case .costsNeedAnswers(.unanswered(let questions)): return "the cost estimate needs an answer to \(ruleBase.neededAnswers(questions))"
        }
    }
}
