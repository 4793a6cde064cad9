import Foundation

/// A unit of measure for the cost model, such as `USD/user/month` or `hours/outage`.
///
/// A unit is a product of powers of base units (`USD`, `hour`, `user`, `outage`, `year`, …) and a
/// scale to its canonical form: a month is a twelfth of a year, a week a fifty-second, a percent a
/// hundredth of one. Values are converted to the canonical form once, when they are read, so a
/// formula only ever multiplies canonical values and its unit check is a check of dimensions:
/// `USD/user/month × users` is money per year, whatever period the fee was quoted for.
public struct CostUnit: Sendable, Hashable, CustomStringConvertible {
    /// Base unit → exponent; never holds a zero exponent. Empty for a pure number.
    public private(set) var dimensions: [String: Int]
    /// The factor from a value in this unit to the canonical value, as a fraction.
    public private(set) var scale: Fraction

    /// A pure number (a count, a ratio).
    public static let number = CostUnit(dimensions: [:], scale: .one)

    /// A unit of these dimensions (exponents by word; zeros dropped) and scale.
    public init(dimensions: [String: Int], scale: Fraction = .one) {
        self.dimensions = dimensions.filter { $0.value != 0 }
        self.scale = scale
    }

    /// Money per year in `currency`: the unit every part of an estimate must come out in.
    public static func perYear(_ currency: String) -> CostUnit {
        CostUnit(dimensions: [currency: 1, "year": -1])
    }

    /// The unit of a product: dimensions added, scales multiplied.
    public static func * (lhs: CostUnit, rhs: CostUnit) -> CostUnit {
        CostUnit(dimensions: lhs.dimensions.merging(rhs.dimensions, uniquingKeysWith: +), scale: lhs.scale * rhs.scale)
    }

    /// The unit of a quotient: dimensions subtracted, scales divided.
    public static func / (lhs: CostUnit, rhs: CostUnit) -> CostUnit {
        lhs * rhs.inverse
    }

    var inverse: CostUnit {
        CostUnit(dimensions: dimensions.mapValues { -$0 }, scale: scale.inverse)
    }

    /// True when the two measure the same kind of thing (a fee per month and per year, say).
    public func isCommensurable(with other: CostUnit) -> Bool { dimensions == other.dimensions }

    /// The canonical spelling: base units with positive powers, then `/` and those with negative
    /// ones, alphabetically, the currency first (`USD/year`, `USD·hour/user/year`, `number`).
    public var description: String {
        func words(_ positive: Bool) -> [String] {
            dimensions.filter { positive ? $0.value > 0 : $0.value < 0 }
                .sorted { ($0.key.uppercased() == $0.key ? 0 : 1, $0.key) < ($1.key.uppercased() == $1.key ? 0 : 1, $1.key) }
                .map { abs($0.value) == 1 ? $0.key : "\($0.key)^\(abs($0.value))" }
        }
        let upper = words(true), lower = words(false)
        if upper.isEmpty && lower.isEmpty { return "number" }
        return ([upper.isEmpty ? "1" : upper.joined(separator: "·")] + lower).joined(separator: "/")
    }
}

/// A positive fraction of whole numbers, for exact unit scales (12 months a year, 100 percent).
public struct Fraction: Sendable, Hashable {
    /// The numerator, in lowest terms.
    public var numerator: Int
    /// The denominator, in lowest terms and positive.
    public var denominator: Int

    /// One.
    public static let one = Fraction(1, 1)

    /// `numerator / denominator`, reduced to lowest terms.
    public init(_ numerator: Int, _ denominator: Int) {
        let divisor = Self.gcd(abs(numerator), abs(denominator))
        self.numerator = numerator / max(divisor, 1)
        self.denominator = denominator / max(divisor, 1)
    }

    var inverse: Fraction { Fraction(denominator, numerator) }

    static func * (lhs: Fraction, rhs: Fraction) -> Fraction {
        Fraction(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    /// `value` times this fraction, multiplying first so that whole results stay exact.
    package func applied(to value: Decimal) -> Decimal {
        value * Decimal(numerator) / Decimal(denominator)
    }

    /// `value` divided by this fraction.
    package func removed(from value: Decimal) -> Decimal {
        value * Decimal(denominator) / Decimal(numerator)
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}

extension CostUnit {
    /// Units that are a fixed fraction of another: the period of a year and percentages.
    static let scaledUnits: [String: (base: String?, scale: Fraction)] = [
        "month": ("year", Fraction(1, 12)),
        "week": ("year", Fraction(1, 52)),
        "percent": (nil, Fraction(1, 100)),
    ]

    /// Why a unit's text could not be read.
    public struct ParseError: Error, Sendable, Hashable {
        /// What is wrong with the unit.
        public var message: String
        /// Offset in the text of the word at fault.
        public var offset: Int
    }

    /// Reads `USD/user/month`, `hours/outage`, `percent`, `staff`: words separated by `/`, each
    /// word a base unit (plural `s` dropped: `hours` is `hour`), the first one multiplied and
    /// the rest dividing. An all-capitals word of three letters is a currency and must be `currency`.
    public static func parse(_ text: String, currency: String) throws(ParseError) -> CostUnit {
        var unit = CostUnit.number
        var offset = 0
        for (position, rawWord) in text.split(separator: "/", omittingEmptySubsequences: false).enumerated() {
            defer { offset += rawWord.unicodeScalars.count + 1 }
            let leading = rawWord.prefix { $0 == " " }.unicodeScalars.count
            let word = rawWord.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else {
                throw ParseError(message: "the unit '\(text)' has an empty part; write it like USD/user/month", offset: offset)
            }
            let valid = word.unicodeScalars.allSatisfy { CharacterSet.letters.contains($0) || $0 == "_" }
            guard valid else {
                throw ParseError(
                    message: "'\(word)' in the unit '\(text)' is not a unit word; write units like USD/hour or hours/user/year", offset: offset + leading)
            }
            let base = try baseUnit(word, currency: currency, offset: offset + leading, in: text)
            unit = position == 0 ? base : unit / base
        }
        return unit
    }

    private static func baseUnit(_ word: String, currency: String, offset: Int, in text: String) throws(ParseError) -> CostUnit {
        if word.count == 3, word == word.uppercased() {
            guard word == currency else {
                throw ParseError(message: "the unit '\(text)' is in \(word), but the cost model's currency is \(currency)", offset: offset)
            }
            return CostUnit(dimensions: [word: 1])
        }
        let name = singular(word.lowercased())
        if let scaled = scaledUnits[name] {
            return CostUnit(dimensions: scaled.base.map { [$0: 1] } ?? [:], scale: scaled.scale)
        }
        return CostUnit(dimensions: [name: 1])
    }

    /// `hours` → `hour`, `users` → `user`; `staff`, `business` and short words stay as they are.
    package static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        return String(word.dropLast())
    }
}
