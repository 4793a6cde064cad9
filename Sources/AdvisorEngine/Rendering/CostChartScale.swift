import AdvisorModel

/// A linear scale from amounts of money to the columns of a text chart, with ticks at round
/// values (1, 2 or 5 times a power of ten) far enough apart for their labels.
///
/// The scale starts at 0 unless every amount lies far above it (the smallest is more than half
/// the largest), so that the bars keep their proportions wherever that costs little room; a scale
/// that does not start at 0 says so by its first label.
public struct CostChartScale: Sendable, Hashable {
    /// The amount at the first column: a multiple of `step`.
    public let lower: Int
    /// The amount at the last column: a multiple of `step`, above `lower`.
    public let upper: Int
    /// The distance between two ticks.
    public let step: Int
    /// How many columns the scale spans (at least 2).
    public let columns: Int

    /// The scale that spans the amounts from `low` to `high` over `columns` columns.
    ///
    /// - Parameters:
    ///   - low: The smallest amount to show.
    ///   - high: The largest amount to show (`low` when smaller).
    ///   - columns: The width of the chart's plot, in characters (at least 2 are used).
    public init(from low: Int, to high: Int, columns: Int) {
        let high = max(low, high)
        let columns = max(2, columns)
        let fromZero = low >= 0 && (low == high || low <= high - low)
        let start = fromZero ? 0 : low
        var chosen: (lower: Int, upper: Int, step: Int)?
        for step in Self.roundSteps {
            guard let lower = Self.floor(start, step), let top = Self.ceil(high, step), let next = Self.sum(lower, step),
                let span = Self.difference(max(top, next), lower)
            else { continue }
            let upper = max(top, next), intervals = span / step
            guard intervals <= columns - 1 else { continue }
            chosen = (lower, upper, step)
            let labelWidth = max(Prose.grouped(lower).count, Prose.grouped(upper).count)
            if Double(columns - 1) / Double(intervals) >= Double(labelWidth + 3) { break }
        }
        // Only amounts that span nearly all of Int's range fail every step: then the ends alone.
        let (lower, upper, step) = chosen ?? (low, high > low ? high : low &+ 1, high > low ? high &- low : 1)
        self.lower = lower
        self.upper = upper
        self.step = step
        self.columns = columns
    }

    /// The amounts at the ticks, from `lower` to `upper`.
    public var ticks: [Int] { Array(stride(from: lower, through: upper, by: step)) }

    /// The column (from 0 to `columns - 1`) nearest to `amount`; amounts outside the scale go
    /// to its ends.
    public func column(of amount: Int) -> Int {
        let share = (Double(amount) - Double(lower)) / (Double(upper) - Double(lower))
        // Amounts near Int's limits can round to equal Doubles: NaN goes to the first column.
        let clamped = share.isNaN ? 0 : min(1, max(0, share))
        return Int((clamped * Double(columns - 1)).rounded())
    }

    /// The axis: a rule with a tick under every tick amount, and the amounts below it, grouped
    /// in threes ("25,000"), each centred on its tick but kept inside the rule; where two would
    /// touch, the later one is left out, except the last, which ends the axis.
    public func axis() -> (rule: String, labels: String) {
        let tickColumns = ticks.map(column(of:))
        let rule = String((0..<columns).map { tickColumns.contains($0) ? "┴" : "─" })
        let placed = zip(ticks, tickColumns).map { tick, column in
            let label = Prose.grouped(tick)
            return (start: min(max(0, column - label.count / 2), max(0, columns - label.count)), label: label)
        }
        var labels = ""
        for (index, label) in placed.enumerated() {
            let gap = label.start - labels.count
            let isLast = index == placed.count - 1
            let leavesRoomForLast = isLast || placed.last.map { label.start + label.label.count < $0.start } ?? true
            guard labels.isEmpty || (gap >= 1 && leavesRoomForLast) else { continue }
            labels += String(repeating: " ", count: max(0, gap)) + label.label
        }
        return (rule, labels)
    }

    /// 1, 2, 5, 10, 20, 50, … up to the largest that fits in an `Int`.
    static let roundSteps: [Int] = {
        var steps: [Int] = []
        var power = 1
        while true {
            for factor in [1, 2, 5] {
                let (step, overflow) = power.multipliedReportingOverflow(by: factor)
                if overflow { return steps }
                steps.append(step)
            }
            let (next, overflow) = power.multipliedReportingOverflow(by: 10)
            if overflow { return steps }
            power = next
        }
    }()

    /// The largest multiple of `step` not above `value`; nil when it does not fit in an `Int`.
    static func floor(_ value: Int, _ step: Int) -> Int? {
        let quotient = value / step
        let result = (value % step != 0 && value < 0 ? quotient - 1 : quotient).multipliedReportingOverflow(by: step)
        return result.overflow ? nil : result.partialValue
    }

    /// The smallest multiple of `step` not below `value`; nil when it does not fit in an `Int`.
    package static func ceil(_ value: Int, _ step: Int) -> Int? {
        let quotient = value / step
        let result = (value % step != 0 && value > 0 ? quotient + 1 : quotient).multipliedReportingOverflow(by: step)
        return result.overflow ? nil : result.partialValue
    }

    package static func sum(_ a: Int, _ b: Int) -> Int? {
        let result = a.addingReportingOverflow(b)
        return result.overflow ? nil : result.partialValue
    }

    static func difference(_ a: Int, _ b: Int) -> Int? {
        let result = a.subtractingReportingOverflow(b)
        return result.overflow ? nil : result.partialValue
    }
}
