import AdvisorModel

/// The owner's answer on one screen, in plain words: what to choose and why, what to do or ask
/// for before signing, what it costs, what would change it, and what to type next.
///
/// Built from ``Advice`` (or ``ConditionalAdvice``) with the cost model when the rule base has
/// one; the renderers print it as text, Markdown or JSON. It holds no rule ids, question ids,
/// choice values, points or score ranges: those stay in the full reasoning and in JSON. Its
/// content is chosen to fit one terminal screen (``screenLines`` lines at ``screenWidth``
/// columns, as ``TextRenderer`` lays it out): the third reason, the third and second caveats
/// and the second change are left out, in that order, until it fits.
public struct OwnerSummary: Sendable, Hashable {
    /// What to choose: a recommendation, or what it depends on.
    public var outcome: Outcome
    /// The reasons that decided it, strongest first: the rules' own `because` sentences (two or
    /// three when that many rules counted).
    public var reasons: [Point]
    /// The caveats, as things to do or ask for before signing, most important first (at most three).
    public var beforeYouSign: [Point]
    /// One line on the typical yearly cost of the recommendation and of the cheapest other
    /// option; nil without a cost model (or without the answers the estimate needs).
    public var cost: String?
    /// The one or two nearest changes of an answer that would change the recommendation, in the
    /// owner's words ("If you grew past 15 users, Managed services provider would lead.").
    public var changes: [String]
    /// The option ranked second, by name; nil when the outcome depends on an open question.
    public var runnerUp: String?
    /// One line on what to type next, for where the summary is read.
    public var nextSteps: String

    /// The most lines the text summary takes at ``screenWidth`` columns.
    public static let screenLines = 24
    /// The width the summary is fitted to.
    public static let screenWidth = 80
    /// The most reasons, caveats and changes a summary holds before fitting.
    public static let reasonLimit = 3, caveatLimit = 3, changeLimit = 2
    /// The fewest reasons and caveats fitting keeps (when there are that many).
    public static let reasonMinimum = 2, caveatMinimum = 1
    /// The most lines one `because` or caveat text may take in the summary at ``screenWidth``
    /// columns; `rules check` warns about longer ones.
    public static let textLineLimit = 4

    /// What the summary tells the owner to choose.
    public enum Outcome: Sendable, Hashable {
        /// One option, with its one-line description.
        case recommendation(option: OptionIndex, name: String, description: String)
        /// It depends on a question the owner left open: one line per group of its answers
        /// ("If cost of downtime is “a lot; …”: Managed services provider").
        case dependsOn(question: QuestionIndex, label: String, branches: [String])
    }

    /// A sentence of a rule: a reason (its `because`) or a caveat (its caveat text).
    public struct Point: Sendable, Hashable {
        /// The rule it comes from (for JSON; never shown to the owner).
        public var rule: RuleIndex
        /// The sentence.
        public var text: String
    }

    /// Where the summary is read, which decides its line on what to type next.
    public enum Setting: Sendable, Hashable {
        /// The guided chat: commands such as `how` and `why-not OPTION`.
        case chat
        /// A report from an answers file: options such as `--detail full`.
        case report
    }

    /// A summary with every part given, as built (no fitting).
    public init(
        outcome: Outcome, reasons: [Point], beforeYouSign: [Point], cost: String?, changes: [String], runnerUp: String?, nextSteps: String
    ) {
        self.outcome = outcome
        self.reasons = reasons
        self.beforeYouSign = beforeYouSign
        self.cost = cost
        self.changes = changes
        self.runnerUp = runnerUp
        self.nextSteps = nextSteps
    }
}

extension OwnerSummary {
    /// The summary of settled advice. `costs` is the cost model in force (with any changed
    /// assumptions); the cost line needs it.
    public init(_ advice: Advice, costs: CostAssumptions? = nil, setting: Setting = .report) {
        let ruleBase = advice.ruleBase
        let chosen = ruleBase.options[advice.recommendation]
        let reasons = SummaryChoice.decidingReasons(advice).prefix(Self.reasonLimit).map { Point(rule: $0, text: ruleBase.rules[$0].because) }
        let caveats = SummaryChoice.caveatsByImportance(advice.caveats, in: ruleBase).prefix(Self.caveatLimit)
        self.init(
            outcome: .recommendation(option: advice.recommendation, name: chosen.name, description: chosen.description),
            reasons: Array(reasons),
            beforeYouSign: caveats.map { Point(rule: $0, text: ruleBase.rules[$0].caveat ?? "") },
            cost: SummaryChoice.costLine(recommendation: advice.recommendation, answers: advice.answers, costs: costs, in: ruleBase),
            changes: SummaryChoice.nearestChanges(advice).prefix(Self.changeLimit).map {
                OwnerPhrasing.sentence(for: $0, from: advice.answers[$0.question], in: ruleBase)
            },
            runnerUp: advice.runnerUp.map { ruleBase.options[$0.option].name },
            nextSteps: Self.nextSteps(setting, costs: costs != nil, openQuestion: nil))
        self = fitted()
    }

    /// The summary of conditional advice: what each answer of the open question leads to, the
    /// reasons and caveats that hold whatever the answer, and the cost of each possible option.
    public init(_ conditional: ConditionalAdvice, costs: CostAssumptions? = nil, setting: Setting = .report) {
        let ruleBase = conditional.ruleBase
        let deciding = ruleBase.questions[conditional.deciding]
        let branches = conditional.branches.map { "If \(conditional.condition($0)): \(conditional.outcome($0))" }
        let reasons = SummaryChoice.commonReasons(conditional).prefix(Self.reasonLimit).map { Point(rule: $0, text: ruleBase.rules[$0].because) }
        let caveats = SummaryChoice.caveatsByImportance(conditional.caveats, in: ruleBase).prefix(Self.caveatLimit)
        self.init(
            outcome: .dependsOn(question: conditional.deciding, label: deciding.label, branches: branches),
            reasons: Array(reasons),
            beforeYouSign: caveats.map { Point(rule: $0, text: ruleBase.rules[$0].caveat ?? "") },
            cost: SummaryChoice.costLine(possible: conditional.possible, answers: conditional.answers, costs: costs, in: ruleBase),
            changes: [], runnerUp: nil,
            nextSteps: Self.nextSteps(setting, costs: costs != nil, openQuestion: deciding))
        self = fitted()
    }

    /// The line on what to type next.
    static func nextSteps(_ setting: Setting, costs: Bool, openQuestion: Question?) -> String {
        switch (setting, openQuestion) {
        case (.chat, nil):
            return costs
                ? "Type how for the full reasoning, costs, why-not OPTION or what-if."
                : "Type how for the full reasoning, why-not OPTION or what-if."
        case (.chat, let question?):
            return "Type change \(question.label.lowercased()) when you know it, or how for the full reasoning."
        case (.report, _):
            return costs
                ? "Add --detail full for the full reasoning, --costs for every option's cost."
                : "Add --detail full for the full reasoning."
        }
    }

    /// This summary with the least important parts left out until its text fits one screen:
    /// the third reason, then the caveats beyond the second, the second change, and the
    /// caveats beyond the first.
    func fitted() -> OwnerSummary {
        let renderer = TextRenderer(width: Self.screenWidth)
        var summary = self
        while renderer.lines(summary).count > Self.screenLines {
            if summary.reasons.count > Self.reasonMinimum {
                summary.reasons.removeLast()
            } else if summary.beforeYouSign.count > 2 {
                summary.beforeYouSign.removeLast()
            } else if summary.changes.count > 1 {
                summary.changes.removeLast()
            } else if summary.beforeYouSign.count > Self.caveatMinimum {
                summary.beforeYouSign.removeLast()
            } else {
                break
            }
        }
        return summary
    }
}
