import AdvisorModel
import Foundation

/// The sentences and numbers of the cost estimate, shared by text, Markdown, JSON and the chat so
/// that they all say the same thing.
public enum CostPhrasing {
    /// "16,260 USD".
    public static func money(_ amount: Int, _ currency: String) -> String {
        "\(Prose.grouped(amount)) \(currency)"
    }

    /// "3,000 to 45,000 USD", or one amount when both ends are equal.
    public static func range(_ low: Int, _ high: Int, _ currency: String) -> String {
        low == high ? money(low, currency) : "\(Prose.grouped(low)) to \(Prose.grouped(high)) \(currency)"
    }

    /// A parameter value for people: "70,000", "0.12", "1,234.5".
    public static func number(_ value: Decimal) -> String {
        let plain = CostMath.plain(value)
        let parts = plain.split(separator: ".", maxSplits: 1)
        guard let whole = parts.first, let integer = Int(whole) else { return plain }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (plain.hasPrefix("-") && integer == 0 ? "-" : "") + Prose.grouped(integer) + fraction
    }

    /// "125 USD/hour".
    public static func value(_ value: Decimal, of parameter: CostParameter) -> String {
        "\(number(value)) \(parameter.unitText)"
    }

    /// A parameter's value in words, with its quiet and bad years when they differ:
    /// "2 outages/year (quiet year 0, bad year 5)".
    public static func value(_ value: CostValue, of parameter: CostParameter) -> String {
        var text = Self.value(value.typical, of: parameter)
        if value.varies { text += " (quiet year \(number(value.quietYear)), bad year \(number(value.badYear)))" }
        return text
    }

    /// "+26%", "−35%".
    public static func percent(_ change: Int) -> String { change >= 0 ? "+\(change)%" : "−\(change.magnitude)%" }

    // MARK: Sentences

    /// How the cheapest option and the recommendation relate, in one sentence.
    public static func verdict(_ report: CostReport) -> String {
        let options = report.ruleBase.options
        let cheapest = options[report.cheapest].name
        guard let recommended = report.recommendation else {
            return "In a typical year \(cheapest) would cost least; the recommendation is not settled yet."
        }
        guard recommended != report.cheapest else {
            return "\(cheapest) is both the recommendation and the cheapest option in a typical year."
        }
        let currency = report.currency
        let cheap = report.estimate(of: report.cheapest)?.expected ?? 0
        let chosen = report.estimate(of: recommended)?.expected ?? 0
        let head = "\(cheapest) is cheaper in a typical year (\(Prose.grouped(cheap)) against \(money(chosen, currency)) for \(options[recommended].name))"
        guard let index = report.decidingRule else {
            return head + ", but the recommendation rests on more than cost."
        }
        let rule = report.ruleBase.rules[index]
        let answered = rule.condition.questions.filter { report.answers[$0] != nil }
        let what = answered.map { question -> String in
            let asked = report.ruleBase.questions[question]
            return "\(asked.label.lowercased()): \(report.answers[question].map(asked.describe) ?? "")"
        }
        let weighs = what.isEmpty ? "rule \(rule.id)" : "your answer on \(Prose.list(what)) (rule \(rule.id))"
        return head + ", but the recommendation weighs more than cost, above all \(weighs)."
    }

    /// Where the cheapest option changes along one number question:
    /// "At these rates, with your other answers, Break-fix shop is cheapest from 1 to 22 users and
    /// Managed services provider from 23 users on (checked up to 250 users)."
    public static func sweep(_ sweep: CostBreakEven.Sweep, in report: CostReport) -> String {
        let question = report.ruleBase.questions[sweep.question]
        let unit = unitWord(question)
        let stretches = sweep.stretches
        let names = report.ruleBase.options.map(\.name)
        guard stretches.count > 1 else {
            let only = stretches.first.map { names[$0.cheapest] } ?? "?"
            return "At these rates \(only) is the cheapest at every size from \(sweep.range.lowerBound) to \(sweep.range.upperBound)\(unit)."
        }
        let parts = stretches.enumerated().map { position, stretch -> String in
            let span = stretchText(stretch.range, in: sweep, unit: unit)
            return position == 0 ? "\(names[stretch.cheapest]) is cheapest \(span)" : "\(names[stretch.cheapest]) \(span)"
        }
        return "At these rates, with your other answers, \(Prose.list(parts)) (checked up to \(sweep.range.upperBound)\(unit))."
    }

    /// The recommendation (or the cheapest option) against its nearest rival along one number
    /// question: "Managed services provider costs less than Break-fix shop from 23 users on."
    public static func pair(_ sweep: CostBreakEven.Sweep, in report: CostReport) -> String? {
        guard let (first, second) = report.comparedPair else { return nil }
        let names = report.ruleBase.options.map(\.name)
        let unit = unitWord(report.ruleBase.questions[sweep.question])
        let cheaper = sweep.answers(where: first, costsLessThan: second)
        let subject = "\(names[first]) costs less than \(names[second])"
        if cheaper.isEmpty { return "\(names[first]) costs no less than \(names[second]) at any size up to \(sweep.range.upperBound)\(unit)." }
        if cheaper == [sweep.range] { return "\(subject) at every size up to \(sweep.range.upperBound)\(unit)." }
        return "\(subject) " + Prose.list(cheaper.map { stretchText($0, in: sweep, unit: unit) }) + "."
    }

    /// "break_fix_hourly_rate: 125 → 158 USD/hour (+26%) would make Managed services provider the cheapest."
    public static func shift(_ shift: CostBreakEven.Shift, in report: CostReport) -> String {
        let parameter = report.model.parameters[shift.parameter]
        let name = report.ruleBase.options[shift.cheapest].name
        return "\(parameter.id): \(number(shift.from)) → \(value(shift.to, of: parameter)) (\(percent(shift.percent))) would make \(name) the cheapest."
    }

    /// "Labour: 12 users × 4 hours/user/year × 125 USD/hour = 6,000 USD".
    public static func working(_ part: CostEstimate.Part, currency: String) -> String {
        "\(part.kind.title): \(part.working) = \(money(part.amount, currency))"
    }

    /// A note for estimates made while questions that change them are unanswered.
    public static func openNote(_ report: CostReport) -> String? {
        let open = report.openQuestions
        guard !open.isEmpty else { return nil }
        let labels = open.map { report.ruleBase.questions[$0].label.lowercased() }
        return
            "The ranges are wider because \(Prose.list(labels)) \(Prose.agreeing(open.count, "is", "are")) not answered; a typical year assumes the usual case."
    }

    private static func stretchText(_ range: ClosedRange<Int>, in sweep: CostBreakEven.Sweep, unit: String) -> String {
        if range.upperBound == sweep.range.upperBound && range.lowerBound > sweep.range.lowerBound { return "from \(range.lowerBound)\(unit) on" }
        if range.lowerBound == sweep.range.lowerBound { return "up to \(range.upperBound)\(unit)" }
        if range.lowerBound == range.upperBound { return "at \(range.lowerBound)\(unit)" }
        return "from \(range.lowerBound) to \(range.upperBound)\(unit)"
    }

    private static func unitWord(_ question: Question) -> String {
        if case .integer(_, let unit?) = question.kind { return " " + unit }
        return ""
    }
}
