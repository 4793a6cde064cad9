/// Numbers in typed text: the scanner that splits a line into words, numbers and marks, and
/// the reading of whole numbers written in digits ("12", "1,200") or in words ("twenty-five",
/// "a hundred and twenty", "a dozen"). Used by `PlainAnswerReader`; pure and total.
extension PlainAnswerReader {
    // MARK: - Tokens

    /// One piece of a typed line.
    enum Token: Hashable {
        /// A run of letters, lower-cased, with apostrophes dropped ("don't" is `dont`).
        case word(String)
        /// A run of ASCII digits.
        case number(Literal)
        /// Punctuation, a symbol or an emoji; phrases never run across one.
        case mark(Character)
        /// A digit that is not an ASCII digit ("½", "²", "٣"): never read as a number.
        case oddNumeral

        /// The form compared with phrases: words as they are, plain numbers as their digits,
        /// `nil` for marks (so that no phrase matches across them).
        var key: String? {
            switch self {
            case .word(let word): return word
            case .number(let literal): return literal.isPlain ? literal.digits : nil
            case .mark, .oddNumeral: return nil
            }
        }

        var word: String? {
            if case .word(let word) = self { return word }
            return nil
        }

        var literal: Literal? {
            if case .number(let literal) = self { return literal }
            return nil
        }
    }

    /// Digits as typed, with what surrounds them.
    struct Literal: Hashable {
        /// The digits, without thousands separators ("1,200" gives `1200`).
        var digits: String
        /// Written with a minus sign ("-5").
        var isNegative = false
        /// Has a decimal part ("7.5").
        var isFraction = false
        /// Directly after a letter, as in "b2b" or "m365": part of a name, not a number.
        var isGlued = false

        var isPlain: Bool { !isNegative && !isFraction && !isGlued }

        /// The value, or `nil` when it does not fit in `Int`.
        var magnitude: Int? { Int(digits) }
    }

    /// Splits `text` into tokens. Case, whitespace, control characters and apostrophes are
    /// dropped; `-` and `_` between letters separate words; every other non-letter, non-digit
    /// character becomes a mark. Linear in the length of the text.
    static func scan(_ text: String) -> [Token] {
        let characters = Array(text.lowercased())
        var tokens: [Token] = []
        var word = ""
        func flush() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = ""
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isApostrophe(character) {
                index += 1
            } else if isDigit(character) {
                flush()
                let (literal, next) = literal(in: characters, at: index)
                tokens.append(.number(literal))
                index = next
            } else if character.isNumber {
                flush()
                tokens.append(.oddNumeral)
                index += 1
            } else if character.isLetter {
                word.append(character)
                index += 1
            } else if character == "_" || character.isWhitespace || isInvisible(character) {
                flush()
                index += 1
            } else if isDash(character) {
                flush()
                let joinsWords = index > 0 && characters[index - 1].isLetter
                    && index + 1 < characters.count && characters[index + 1].isLetter
                if !joinsWords && !isSign(in: characters, at: index) { tokens.append(.mark("-")) }
                index += 1
            } else {
                flush()
                tokens.append(.mark(character))
                index += 1
            }
        }
        flush()
        return tokens
    }

    /// The digits starting at `start`, with thousands groups ("1,200") and a decimal part.
    private static func literal(in characters: [Character], at start: Int) -> (Literal, next: Int) {
        var index = start
        var digits = ""
        while index < characters.count, isDigit(characters[index]) {
            digits.append(characters[index])
            index += 1
        }
        // "1,200" and "12,000,000" are one number; "5,6" is two.
        if digits.count <= 3 {
            while index + 3 < characters.count, characters[index] == ",",
                  (1...3).allSatisfy({ isDigit(characters[index + $0]) }),
                  index + 4 == characters.count || !isDigit(characters[index + 4]) {
                digits.append(contentsOf: characters[(index + 1)...(index + 3)])
                index += 4
            }
        }
        var isFraction = false
        if index + 1 < characters.count, characters[index] == ".", isDigit(characters[index + 1]) {
            isFraction = true
            index += 1
            while index < characters.count, isDigit(characters[index]) { index += 1 }
        }
        let literal = Literal(
            digits: digits,
            isNegative: start > 0 && isSign(in: characters, at: start - 1),
            isFraction: isFraction,
            isGlued: start > 0 && characters[start - 1].isLetter
        )
        return (literal, index)
    }

    /// Whether the dash at `index` is a minus sign: it touches a digit on its right, no letter
    /// or digit on its left, and the last thing before it is not a number ("10 - 15" is a range).
    private static func isSign(in characters: [Character], at index: Int) -> Bool {
        guard characters.indices.contains(index), isDash(characters[index]),
              index + 1 < characters.count, isDigit(characters[index + 1]) else { return false }
        guard index > 0 else { return true }
        let before = characters[index - 1]
        if before.isLetter || isDigit(before) { return false }
        var back = index - 1
        while back >= 0, characters[back].isWhitespace || isInvisible(characters[back]) { back -= 1 }
        return back < 0 || !isDigit(characters[back])
    }

    private static func isDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii >= 48 && ascii <= 57
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}" || character == "\u{2018}" || character == "\u{02BC}" || character == "`"
    }

    private static func isDash(_ character: Character) -> Bool {
        character == "-" || character == "\u{2212}" || character == "\u{2013}" || character == "\u{2010}"
    }

    /// Control and format characters (NUL, zero-width joiners on their own, …), read as space.
    private static func isInvisible(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned: return true
            default: return false
            }
        }
    }

    // MARK: - Numbers in words

    enum NumberWords {
        static let units: [String: Int] = [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        ]
        static let teens: [String: Int] = [
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19,
        ]
        static let tens: [String: Int] = [
            "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90,
        ]
        static let scales: [String: Int] = [
            "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        ]
        /// Words that may follow "a"/"an" in a number ("a hundred", "a dozen", "a couple").
        static let afterArticle: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "couple"]
        /// Words that turn the number after them negative.
        static let minus: Set<String> = ["minus", "negative"]
        /// Suffixes that make "1st", "2nd", "3rd" and "4th" ordinals rather than counts.
        static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

        /// `number` in words ("twenty-five", "one hundred and twenty"), for 0 up to 999,999.
        static func spell(_ number: Int) -> String? {
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
                table.filter { $0.value == value && $0.key != "fourty" }.keys.first
            }
            if number < 10 { return name(units, number) }
            if number < 20 { return name(teens, number) }
            guard let ten = name(tens, number / 10 * 10) else { return nil }
            let unit = number % 10
            guard unit > 0, let one = name(units, unit) else { return ten }
            return ten + "-" + one
        }
    }

    // MARK: - Reading numbers

    /// A number found in a line: its value (`nil` when too large for `Int`) and its tokens.
    struct NumberMention: Hashable {
        var value: Int?
        var range: Range<Int>
    }

    /// What the numbers of a line say.
    struct NumberReading {
        /// Every number, in order.
        var mentions: [NumberMention]
        /// Tokens that are part of a number.
        var consumed: Set<Int>
        /// Tokens that make a count imprecise or unreadable: "7.5", "½", "1st", "15+".
        var unreadable: [Int]
    }

    /// Every number in `tokens`, in digits or in words.
    static func readNumbers(_ tokens: [Token]) -> NumberReading {
        var reading = NumberReading(mentions: [], consumed: [], unreadable: [])
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let literal) where literal.isFraction:
                reading.unreadable.append(index)
                index += 1
                continue
            case .oddNumeral:
                reading.unreadable.append(index)
                index += 1
                continue
            default:
                break
            }
            guard var mention = numberPhrase(in: tokens, at: index) else {
                index += 1
                continue
            }
            var start = index
            let negative = tokens[index].literal?.isNegative == true
                || (index > 0 && tokens[index - 1].word.map(NumberWords.minus.contains) == true)
            if index > 0, tokens[index - 1].word.map(NumberWords.minus.contains) == true { start = index - 1 }
            if negative, let value = mention.value { mention.value = -value }
            mention.range = start..<mention.range.upperBound
            reading.consumed.formUnion(mention.range)
            reading.mentions.append(mention)
            if mention.range.upperBound < tokens.count, let next = tokens[mention.range.upperBound].word {
                // "1st", "2nd": an ordinal. "a trillion trillion", "twenty hundred": not a number we can read.
                if tokens[index].literal != nil && NumberWords.ordinalSuffixes.contains(next)
                    || NumberWords.scales[next] != nil || next == "hundred" || next == "dozen" {
                    reading.unreadable.append(mention.range.upperBound)
                }
            }
            index = mention.range.upperBound
        }
        return reading
    }

    /// The parts of a number in words, for the grammar below.
    private enum Part {
        case none, article, unit, teen, ten, hundred, scale, and, literal
    }

    /// The longest number starting at token `start`, if one does.
    ///
    /// Grammar: an optional "a"/"an" before hundred, thousand, dozen or couple; units, teens and
    /// tens ("twenty five"); "hundred" after a unit or teen; thousand, million, … in decreasing
    /// order; "and" only after hundred or a scale and before more number words; a number in digits
    /// only first ("2 thousand", "12k"); "dozen" ends a number ("two dozen", "half a dozen").
    static func numberPhrase(in tokens: [Token], at start: Int) -> NumberMention? {
        if case .word(let first) = tokens[start] {
            if first == "one", start > 0, let before = tokens[start - 1].word,
               ["no", "any", "every", "each", "some", "the", "which"].contains(before) {
                return nil
            }
            if first == "half", start + 2 < tokens.count, ["a", "an"].contains(tokens[start + 1].word ?? ""),
               tokens[start + 2].word == "dozen" {
                return NumberMention(value: 6, range: start..<start + 3)
            }
        }
        var total = 0
        var group = 0
        var overflow = false
        var last = Part.none
        var lastScale = Int.max
        var best: NumberMention?
        var index = start

        func complete() {
            let (sum, over) = total.addingReportingOverflow(group)
            best = NumberMention(value: overflow || over ? nil : sum, range: start..<index + 1)
        }
        func multiply(_ value: Int, by factor: Int) -> Int {
            let (product, over) = value.multipliedReportingOverflow(by: factor)
            if over { overflow = true }
            return over ? 0 : product
        }
        func add(_ value: Int, _ more: Int) -> Int {
            let (sum, over) = value.addingReportingOverflow(more)
            if over { overflow = true }
            return over ? 0 : sum
        }
        func nextWord(after position: Int) -> String? {
            position + 1 < tokens.count ? tokens[position + 1].word : nil
        }

        scanning: while index < tokens.count {
            switch tokens[index] {
            case .number(let literal):
                guard last == .none, literal.isPlain || (literal.isNegative && !literal.isFraction && !literal.isGlued) else {
                    break scanning
                }
                if let value = literal.magnitude { group = value } else { overflow = true }
                last = .literal
                complete()
            case .word(let word):
                if word == "a" || word == "an" {
                    guard last == .none, let next = nextWord(after: index), NumberWords.afterArticle.contains(next) else {
                        break scanning
                    }
                    group = 1
                    last = .article
                } else if let unit = NumberWords.units[word] {
                    switch last {
                    case .none, .hundred, .scale, .and: group = add(group, unit)
                    case .ten where unit > 0: group = add(group, unit)
                    default: break scanning
                    }
                    last = .unit
                    complete()
                } else if let value = NumberWords.teens[word] ?? NumberWords.tens[word] {
                    guard [.none, .hundred, .scale, .and].contains(last) else { break scanning }
                    group = add(group, value)
                    last = NumberWords.teens[word] != nil ? .teen : .ten
                    complete()
                } else if word == "hundred" {
                    switch last {
                    case .none, .article: group = 100
                    case .unit, .teen, .literal: group = multiply(group, by: 100)
                    default: break scanning
                    }
                    last = .hundred
                    complete()
                } else if let scale = NumberWords.scales[word] ?? (word == "k" && last == .literal ? 1000 : nil) {
                    guard scale < lastScale else { break scanning }
                    switch last {
                    case .none, .article: group = 1
                    case .unit, .teen, .ten, .hundred, .literal: break
                    default: break scanning
                    }
                    total = add(total, multiply(group, by: scale))
                    group = 0
                    lastScale = scale
                    last = .scale
                    complete()
                } else if word == "dozen" {
                    guard total == 0 else { break scanning }
                    switch last {
                    case .none, .article: group = 12
                    case .unit, .teen, .ten, .literal: group = multiply(group, by: 12)
                    default: break scanning
                    }
                    complete()
                    break scanning
                } else if word == "couple" {
                    guard last == .none || last == .article else { break scanning }
                    group = 2
                    last = .unit
                    complete()
                    // "a couple of hundred": skip the "of".
                    if nextWord(after: index) == "of", let after = index + 2 < tokens.count ? tokens[index + 2].word : nil,
                       after == "hundred" || NumberWords.scales[after] != nil {
                        index += 1
                    }
                } else if word == "and" {
                    guard last == .hundred || last == .scale, let next = nextWord(after: index),
                          NumberWords.units[next] != nil || NumberWords.teens[next] != nil || NumberWords.tens[next] != nil
                    else { break scanning }
                    last = .and
                } else {
                    break scanning
                }
            case .mark, .oddNumeral:
                break scanning
            }
            index += 1
        }
        return best
    }
}
