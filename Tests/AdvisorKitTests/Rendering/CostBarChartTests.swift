import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The cost chart: its scale, its text bars at several widths, and its Mermaid block, on
/// constructed amounts (the shipped cost figures change with the rules).
@Suite struct CostBarChartTests {
    typealias Bar = CostBarChart.Bar

    /// Four options shaped like the shipped estimates: two wide hourly ranges, a narrow fee and
    /// one far to the right.
    static let four = CostBarChart(
        bars: [
            Bar(name: "Break-fix shop", low: 2_250, typical: 12_307, high: 38_436),
            Bar(name: "Managed services provider", low: 14_400, typical: 15_229, high: 18_547),
            Bar(name: "In-house IT", low: 93_160, typical: 94_298, high: 99_244),
            Bar(name: "Sole proprietor", low: 1_710, typical: 12_423, high: 44_556),
        ],
        cheapest: 0)

    /// The columns of a line as a terminal shows them (every character here takes one).
    static func visible(_ line: String) -> Int { line.count }

    // MARK: - Scale

    @Test(arguments: [
        (0, 99_244, 50), (2_250, 99_244, 20), (1_000, 1_002, 60), (0, 50_000_000, 36), (90_000, 100_000, 80),
        (5_000, 5_000, 40), (0, 0, 24), (17, 23, 120), (-3_000, 4_000, 50), (1, 999_999_999_999, 30),
    ])
    func scaleTicksAreRoundAndSpanEveryAmount(low: Int, high: Int, columns: Int) {
        let scale = CostChartScale(from: low, to: high, columns: columns)
        #expect(scale.lower <= low && scale.upper >= high && scale.upper > scale.lower)
        var step = scale.step
        while step % 10 == 0 { step /= 10 }
        #expect([1, 2, 5].contains(step), "step \(scale.step) is not 1, 2 or 5 times a power of ten")
        #expect(scale.lower % scale.step == 0 && scale.upper % scale.step == 0)
        #expect(scale.ticks.first == scale.lower && scale.ticks.last == scale.upper)
        #expect(scale.column(of: scale.lower) == 0 && scale.column(of: scale.upper) == columns - 1)
        let axis = scale.axis()
        #expect(axis.rule.count == columns && axis.labels.count <= columns)
        #expect(axis.rule.filter { $0 == "┴" }.count == scale.ticks.count)
        // Labels never touch: each word of the label line is a tick's amount, in order.
        let labels = axis.labels.split(separator: " ").map { Int($0.replacingOccurrences(of: ",", with: "")) }
        #expect(labels.allSatisfy { $0.map(scale.ticks.contains) == true } && labels == labels.sorted { ($0 ?? 0) < ($1 ?? 0) })
        #expect(labels.first == scale.lower && labels.count >= 2)
    }

    @Test func scaleStartsAtZeroUnlessEveryAmountLiesFarAbove() {
        #expect(CostChartScale(from: 2_250, to: 99_244, columns: 50).lower == 0)
        #expect(CostChartScale(from: 40_000, to: 80_000, columns: 50).lower == 0)
        #expect(CostChartScale(from: 5_000, to: 5_000, columns: 50).lower == 0, "equal amounts are shown against 0")
        let high = CostChartScale(from: 90_000, to: 100_000, columns: 50)
        #expect(high.lower > 0 && high.lower <= 90_000, "a cluster far from 0 gets the room: \(high)")
        #expect(high.axis().labels.hasPrefix(Prose.grouped(high.lower)), "the first label says where the scale starts")
    }

    @Test func labelsAreGroupedInThreesAndCentredOnTheirTicks() {
        let scale = CostChartScale(from: 0, to: 99_244, columns: 51)
        #expect(scale.ticks == [0, 20_000, 40_000, 60_000, 80_000, 100_000])
        let axis = scale.axis()
        #expect(axis.rule == "┴─────────┴─────────┴─────────┴─────────┴─────────┴")
        #expect(axis.labels == "0      20,000    40,000    60,000    80,000 100,000", "the last label ends at the last column")
    }

    @Test func columnsGrowWithTheAmount() {
        let scale = CostChartScale(from: 0, to: 1_000, columns: 41)
        let columns = stride(from: 0, through: 1_000, by: 7).map(scale.column(of:))
        #expect(columns == columns.sorted() && columns.first == 0 && columns.last == 40)
        #expect(scale.column(of: 500) == 20 && scale.column(of: -50) == 0 && scale.column(of: 5_000) == 40)
    }

    @Test func extremeAmountsNeitherTrapNorOverflow() {
        for (low, high) in [(0, Int.max), (Int.min, Int.max), (Int.max, Int.max), (Int.min, Int.min), (Int.max - 1, Int.max)] {
            let scale = CostChartScale(from: low, to: high, columns: 40)
            _ = scale.axis()
            #expect((0..<40).contains(scale.column(of: low)) && (0..<40).contains(scale.column(of: high)))
            let chart = CostBarChart(bars: [Bar(name: "A", low: low, typical: low, high: high)], cheapest: 0)
            #expect(chart.lines(width: 40).allSatisfy { Self.visible($0) <= 40 })
        }
    }

    // MARK: - Text

    @Test(arguments: [40, 60, 80, 120, 200])
    func everyLineFitsTheWidthAndBarsSitOnTheAxis(width: Int) throws {
        let lines = Self.four.lines(width: width)
        for line in lines { #expect(Self.visible(line) <= width, "\(Self.visible(line)) > \(width): \(line)") }
        let rule = try #require(lines.first { $0.contains("┴") })
        let axisStart = rule.prefix { $0 == " " }.count
        let columns = rule.count - axisStart
        let scale = CostChartScale(from: 1_710, to: 99_244, columns: columns)
        let barLines = lines.filter { $0.contains("●") && !$0.contains("marks") }
        #expect(barLines.count == 4)
        for (bar, line) in zip(Self.four.bars, barLines) {
            let characters = Array(line)
            #expect(characters[axisStart + scale.column(of: bar.typical)] == "●", "\(bar.name) at width \(width): \(line)")
            // The bar runs from the quiet year's column to the bad year's (the mark may stand on an end).
            let first = characters.indices.dropFirst(axisStart).first { characters[$0] != " " }
            #expect(first == axisStart + scale.column(of: bar.low) && characters.count - 1 == axisStart + scale.column(of: bar.high))
        }
    }

    @Test func namesGoAboveTheBarsWhenTheyLeaveTooLittleRoom() {
        let narrow = Self.four.lines(width: 40)
        #expect(narrow.contains("  Managed services provider"), "the name on a line of its own")
        #expect(narrow.contains { $0.hasPrefix("    ") && $0.contains("├") })
        let wide = Self.four.lines(width: 80)
        #expect(wide.contains { $0.hasPrefix("  Managed services provider  ") && $0.contains("●") })
    }

    @Test func theCheapestIsDrawnHeavyAndColouredOnlyWhenColourIsWanted() throws {
        let plain = Self.four.lines(width: 80)
        #expect(!plain.joined().contains("\u{1B}["))
        let cheapest = try #require(plain.first { $0.hasPrefix("  Break-fix shop") })
        #expect(cheapest.contains("┣") && cheapest.contains("━") && cheapest.contains("┫") && !cheapest.contains("─"))
        let other = try #require(plain.first { $0.hasPrefix("  Sole proprietor") })
        #expect(other.contains("├") && other.contains("┤") && !other.contains("━"))
        let coloured = Self.four.lines(width: 80, style: TextStyle(colors: true))
        #expect(coloured.filter { $0.contains("\u{1B}[1;32m") }.count == 1)
        #expect(try #require(coloured.first { $0.hasPrefix("  Break-fix shop") }).contains(" \u{1B}[1;32m┣"), "the colour starts at the bar")
        #expect(coloured.map { $0.replacingOccurrences(of: "\u{1B}[1;32m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "") } == plain)
        let noneCheapest = CostBarChart(bars: Self.four.bars, cheapest: nil).lines(width: 80)
        #expect(!noneCheapest.joined().contains("━"), "no heavy bar, and the legend does not mention one")
    }

    @Test func verySmallRangesGetFineTicks() {
        let chart = CostBarChart(
            bars: [Bar(name: "A", low: 1_000, typical: 1_001, high: 1_002), Bar(name: "B", low: 1_001, typical: 1_001, high: 1_001)], cheapest: 1)
        let lines = chart.lines(width: 80)
        #expect(lines.contains { $0.contains("├") && $0.contains("●") && $0.contains("┤") }, "a range of 2 still shows as a bar")
        #expect(lines.contains { $0.hasPrefix("  B") && $0.hasSuffix("●") && !$0.contains("├") }, "B is one mark")
        #expect(lines.last?.contains("1,000") == true)
    }

    @Test func veryLargeRangesKeepTheirLabelsApart() throws {
        let chart = CostBarChart(
            bars: [Bar(name: "Small", low: 10, typical: 20, high: 30), Bar(name: "Huge", low: 1_000_000, typical: 20_000_000, high: 48_000_000)], cheapest: 0)
        for width in [40, 80, 120] {
            let lines = chart.lines(width: width)
            #expect(lines.allSatisfy { Self.visible($0) <= width })
            let labels = try #require(lines.last).split(separator: " ").compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
            #expect(labels.count >= 2 && labels.first == 0 && (labels.last ?? 0) >= 48_000_000, "\(labels)")
            #expect(try #require(lines.last).contains(",000,000"), "grouped in threes")
            // The small one is a dot at the start.
            #expect(lines.contains { $0.hasPrefix("  Small") && $0.hasSuffix("●") || $0 == "    ●" })
        }
    }

    @Test func equalAmountsAreDotsInOneColumn() {
        let same = CostBarChart(bars: ["A", "B", "C"].map { Bar(name: $0, low: 5_000, typical: 5_000, high: 5_000) }, cheapest: 0)
        let dots = same.lines(width: 60).filter { $0.hasSuffix("●") }
        #expect(dots.count == 3 && Set(dots.map(\.count)).count == 1)
        let zero = CostBarChart(bars: [Bar(name: "Free", low: 0, typical: 0, high: 0)], cheapest: 0).lines(width: 40)
        #expect(zero.contains("  Free  ●") || zero.contains("    ●"))
        #expect(zero.last?.hasSuffix("1") == true, "a scale from 0 to 1")
        #expect(CostBarChart(bars: [], cheapest: nil).lines(width: 80).isEmpty)
    }

    // MARK: - Mermaid

    @Test func mermaidBlockHasEveryOptionOnOneScaleFromZero() {
        #expect(
            Self.four.mermaid(currency: "USD") == [
                "```mermaid",
                "xychart-beta horizontal",
                "    title \"Yearly cost in USD; cheapest in a typical year: Break-fix shop\"",
                "    x-axis [\"Break-fix shop\", \"Managed services provider\", \"In-house IT\", \"Sole proprietor\"]",
                "    y-axis \"USD a year\" 0 --> 100000",
                "    bar \"Bad year\" [38436, 18547, 99244, 44556]",
                "    bar \"Quiet year\" [2250, 14400, 93160, 1710]",
                "    line \"Typical year\" [12307, 15229, 94298, 12423]",
                "```",
            ])
    }

    @Test func mermaidStringsCannotBreakTheBlock() {
        let odd = CostBarChart(bars: [Bar(name: "The \"best\" `shop`\nin town", low: 1, typical: 2, high: 3)], cheapest: nil)
        let block = odd.mermaid(currency: "EUR")
        #expect(block.contains("    x-axis [\"The 'best' 'shop' in town\"]"))
        #expect(block.contains("    title \"Yearly cost in EUR\""))
        #expect(block.filter { $0.hasPrefix("```") }.count == 2)
        #expect(CostBarChart(bars: [], cheapest: nil).mermaid(currency: "USD").isEmpty)
    }
}
