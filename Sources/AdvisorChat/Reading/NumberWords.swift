/// Number words ("twenty-five", "a hundred and twenty", "a dozen"): the tables the number reader
/// uses, and spelling a number out for examples.
extension PlainAnswerReader {
    package enum NumberWords {
        package static let units: [String: Int] = [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        ]
        static let teens: [String: Int] = [
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19,
        ]
        package static let tens: [String: Int] = [
            "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90,
        ]
        package static let scales: [String: Int] = [
            "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        ]
        /// Words that may follow "a"/"an" in a number ("a hundred", "a dozen", "a couple").
        static let afterArticle: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "couple"]
        /// Words that turn the number after them negative.
        package static let minus: Set<String> = ["minus", "negative"]
        /// Suffixes that make "1st", "2nd", "3rd" and "4th" ordinals rather than counts.
        static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

        /// `number` in words ("twenty-five", "one hundred and twenty"), for 0 up to 999,999.
        package static func spell(_ number: Int) -> String? {
            guard number >= 0, number < 1_000_000 else { return nil }
            if number >= 1000 {
                guard let thousands = spell(number / 1000) else { return nil }
                let rest = number % 1000
                guard rest > 0, let tail = spell(rest) else { return thousands + " thousand" }
                return thousands + " thousand " + (rest < 100 ? "and " : "") + tail
            }
            if number >= 100 {
                guard let hundreds = spell(number / 100) else { return nil }
                let rest = number % 100
                guard rest > 0, let tail = spell(rest) else { return hundreds + " hundred" }
                return hundreds + " hundred and " + tail
            }
            let name = { (table: [String: Int], value: Int) in
                table.first { $0.value == value }?.key
            }
            if number < 10 { return name(units, number) }
            if number < 20 { return name(teens, number) }
            guard let ten = name(tens, number / 10 * 10) else { return nil }
            let unit = number % 10
            guard unit > 0, let one = name(units, unit) else { return ten }
            return ten + "-" + one
        }
    }

    /// Every word that can be part of a number.
    static let numberWords: Set<String> = Set(NumberWords.units.keys).union(NumberWords.teens.keys).union(NumberWords.tens.keys)
        .union(NumberWords.scales.keys).union(["hundred", "dozen", "couple", "half"])
}
