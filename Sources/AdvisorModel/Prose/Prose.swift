/// Plain English for messages and reports, in one place so that every part of advisor words
/// lists, counts and large numbers alike.
public enum Prose {
    /// "a", "a and b", "a, b and c"; with `conjunction` "or" or "nor" likewise.
    public static func list(_ items: [String], conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// "1,234,567": digits grouped in threes.
    public static func grouped<Number: BinaryInteger>(_ number: Number) -> String {
        let digits = Array(String(number.magnitude))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }

    /// "1 rule", "3 rules" (the number as it is, not grouped).
    public static func count<Number: BinaryInteger>(_ number: Number, _ noun: String) -> String {
        "\(number) \(plural(noun, number))"
    }

    /// The noun for `count` things: "rule" for one, "rules" for any other number.
    public static func plural<Number: BinaryInteger>(_ noun: String, _ count: Number) -> String {
        agreeing(count, noun, noun + "s")
    }

    /// A unit written in the plural in the rule files ("users"), for `count` of it: the singular
    /// ("user") for exactly one, by dropping a final "s" (not of "ss"); as written otherwise.
    public static func unit<Number: BinaryInteger>(_ unit: String, for count: Number) -> String {
        guard count == 1, unit.hasSuffix("s"), !unit.hasSuffix("ss") else { return unit }
        return String(unit.dropLast())
    }

    /// The word that agrees with `count`: `agreeing(1, "is", "are")` is "is", `agreeing(2, "is", "are")` "are".
    public static func agreeing<Number: BinaryInteger>(_ count: Number, _ one: String, _ other: String) -> String {
        count == 1 ? one : other
    }
}
