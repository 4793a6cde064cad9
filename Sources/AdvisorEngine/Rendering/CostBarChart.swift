/// The yearly cost of every option as a picture: one bar per option on one scale, from a quiet
/// year to a bad one, with a typical year marked and the cheapest option drawn apart.
///
/// The text report and the chat draw it with box-drawing characters (``lines(width:indent:style:)``);
/// the Markdown report draws it as a Mermaid chart (``mermaid(currency:)``).
public struct CostBarChart: Sendable, Hashable {
    /// One option's costs: a quiet year, a typical year and a bad year.
    public struct Bar: Sendable, Hashable {
        /// The option's name, shown beside its bar.
        public var name: String
        /// A quiet year: where the bar starts.
        public var low: Int
        /// A typical year: the mark on the bar.
        public var typical: Int
        /// A bad year: where the bar ends.
        public var high: Int

        /// A bar from `low` to `high`, marked at `typical`.
        public init(name: String, low: Int, typical: Int, high: Int) {
            self.name = name
            self.low = low
            self.typical = typical
            self.high = high
        }
    }

    /// In the order they are drawn, top to bottom.
    public var bars: [Bar]
    /// The position in `bars` of the option that costs least in a typical year, if any.
    public var cheapest: Int?

    /// A chart of `bars`, with the one at `cheapest` drawn apart.
    public init(bars: [Bar], cheapest: Int?) {
        self.bars = bars
        self.cheapest = cheapest
    }

    /// The options of a cost report, in its order (the ranking's).
    public init(_ report: CostReport) {
        let options = report.ruleBase.options
        bars = report.estimates.map { Bar(name: options[$0.option].name, low: $0.low, typical: $0.expected, high: $0.high) }
        cheapest = report.estimates.firstIndex { $0.option == report.cheapest }
    }

    /// The smallest and the largest amount of any bar.
    public var extent: (low: Int, high: Int)? {
        guard let low = bars.map({ min($0.low, $0.typical) }).min(), let high = bars.map({ max($0.high, $0.typical) }).max() else { return nil }
        return (low, high)
    }

    /// The chart as text: a legend, one line per bar (or a line with the name and one with the bar,
    /// when the names leave too little room beside them), and an axis with round amounts.
    ///
    /// - Parameters:
    ///   - width: The most characters a line may hold (escape codes for colour aside); the bars
    ///     take what the names and `indent` leave.
    ///   - indent: What each line starts with.
    ///   - style: Colours the cheapest option's bar green when colour is wanted.
    /// - Returns: The lines, without line breaks; none when there are no bars.
    public func lines(width: Int, indent: String = "  ", style: TextStyle = TextStyle(colors: false)) -> [String] {
        guard let extent else { return [] }
        let nameWidth = bars.map(\.name.count).max() ?? 0
        let besideNames = width - indent.count - nameWidth - 2
        let stacked = besideNames < Self.minimumColumns
        let plotIndent = stacked ? indent + "  " : indent + String(repeating: " ", count: nameWidth + 2)
        let scale = CostChartScale(from: extent.low, to: extent.high, columns: stacked ? width - plotIndent.count : besideNames)

        let legend = "Each bar runs from a quiet year to a bad one; ● marks a typical year" + (cheapest == nil ? "." : ", ━ the cheapest option.")
        var out = TextWrapping.wrap(legend, width: width, indent: indent)
        for (position, bar) in bars.enumerated() {
            let (offset, drawn) = Self.draw(bar, on: scale, heavy: position == cheapest)
            let painted = String(repeating: " ", count: offset) + (position == cheapest ? style.green(drawn) : drawn)
            if stacked {
                out += TextWrapping.wrap(bar.name, width: width, indent: indent)
                out.append(plotIndent + painted)
            } else {
                out.append(indent + bar.name + String(repeating: " ", count: nameWidth - bar.name.count + 2) + painted)
            }
        }
        let axis = scale.axis()
        out.append(plotIndent + axis.rule)
        out.append(plotIndent + axis.labels)
        return out
    }

    /// The fewest columns a bar gets beside the names before the names go on lines of their own.
    static let minimumColumns = 24

    /// One bar: `├──●────┤` from the quiet year to the bad year with the typical year marked, or
    /// `┣━━●━━━━┫` for the cheapest; a bar whose ends fall in one column is only its mark.
    ///
    /// - Returns: The column the bar starts in, and the bar from there.
    static func draw(_ bar: Bar, on scale: CostChartScale, heavy: Bool) -> (offset: Int, bar: String) {
        let start = scale.column(of: min(bar.low, bar.typical)), end = scale.column(of: max(bar.high, bar.typical))
        let mark = scale.column(of: bar.typical)
        let cells = (start...end).map { column in
            column == mark ? "●" : column == start ? (heavy ? "┣" : "├") : column == end ? (heavy ? "┫" : "┤") : (heavy ? "━" : "─")
        }
        return (start, cells.joined())
    }
}
