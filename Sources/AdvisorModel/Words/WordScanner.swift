/// The first stage of reading a typed line: the scanner that splits it into words, numbers
/// and marks, and the form in which words meet the rule files' aliases and phrases. Pure and
/// total. It lives with the model because loading compares a rule base's phrases in the form the
/// chat's reader (`PlainAnswerReader`) matches them.
package enum WordScanner {
    /// One piece of a typed line.
    package enum Token: Hashable {
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
        package var key: String? {
            switch self {
            case .word(let word): return word
            case .number(let literal): return literal.isPlain ? literal.digits : nil
            case .mark, .oddNumeral: return nil
            }
        }

        package var word: String? {
            if case .word(let word) = self { return word }
            return nil
        }

        package var literal: Literal? {
            if case .number(let literal) = self { return literal }
            return nil
        }

        /// A mark as text ("," for `.mark(",")`); empty for anything else.
        package var markText: String {
            if case .mark(let mark) = self { return String(mark) }
            return ""
        }
    }

    /// Digits as typed, with what surrounds them.
    package struct Literal: Hashable {
        /// The digits, without thousands separators ("1,200" gives `1200`).
        package var digits: String
        /// Written with a minus sign ("-5").
        package var isNegative = false
        /// Has a decimal part ("7.5").
        package var isFraction = false
        /// Directly after a letter, as in "b2b" or "m365": part of a name, not a number.
        package var isGlued = false

        package var isPlain: Bool { !isNegative && !isFraction && !isGlued }

        /// The value, or `nil` when it does not fit in `Int`.
        package var magnitude: Int? { Int(digits) }
    }

    /// Splits `text` into tokens. Case, whitespace, control characters and apostrophes are
    /// dropped; `-` and `_` between letters separate words; every other non-letter, non-digit
    /// character becomes a mark. Linear in the length of the text.
    package static func scan(_ text: String) -> [Token] {
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
            if let ascii = character.asciiValue, ascii >= 0x61 && ascii <= 0x7A {
                // A to z, by far the most common, without looking up Unicode properties.
                word.append(character)
                index += 1
            } else if isApostrophe(character) {
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
                let joinsWords =
                    index > 0 && characters[index - 1].isLetter
                    && index + 1 < characters.count && characters[index + 1].isLetter
                if !joinsWords && !isSign(in: characters, at: index) { tokens.append(.mark("-")) }
                index += 1
            } else if character == ".", honorifics.contains(word) {
                // "Mrs. Pulaski", "Dr. Patel": the title's full stop ends no sentence.
                flush()
                index += 1
            } else {
                flush()
                tokens.append(.mark(character))
                index += 1
            }
        }
        flush()
        return contracted(tokens)
    }

    /// `tokens` with "do not", "could not", "cannot" … as they are typed with an apostrophe
    /// ("dont", "couldnt", "cant"), so that a phrase matches however formally it is written.
    private static func contracted(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.word == "not" || $0.word == "cannot" }) else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            if token.word == "cannot" {
                result.append(.word("cant"))
            } else if token.word == "not", let last = result.last?.word, let contraction = contractions[last] {
                result[result.count - 1] = .word(contraction)
            } else {
                result.append(token)
            }
        }
        return result
    }

    /// Words before "not" and the contraction they make with it, without the apostrophe. (Not
    /// "is", "are", "have" …: "it is not complicated" keeps the phrase "not complicated".)
    private static let contractions: [String: String] = [
        "do": "dont", "does": "doesnt", "did": "didnt", "could": "couldnt", "would": "wouldnt", "should": "shouldnt",
        "will": "wont", "can": "cant", "must": "mustnt", "need": "neednt",
    ]

    /// Titles written with a full stop before a name.
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "prof"]

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
                index + 4 == characters.count || !isDigit(characters[index + 4])
            {
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
            index + 1 < characters.count, isDigit(characters[index + 1])
        else { return false }
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

    /// The form a word takes where lines meet the rule files' phrases: "I" as "we" ("pay as I go"
    /// meets "pay as we go", "I'm paying" meets "we're paying"), then the stem. Owners speak for
    /// themselves or for the business, and the files mostly write "we". Only the subject forms:
    /// "me" and "my" stay, since "just me" (one user) and "just us" (a few) differ.
    package static func matchForm(_ word: String) -> String {
        stem(firstPersonPlural[word] ?? word)
    }

    /// The words of a phrase from a rule file as the reader matches them: scanned (case,
    /// apostrophes and punctuation dropped), in `matchForm` ("I" as "we", without plural endings).
    package static func phraseWords(_ text: String) -> [String] {
        scan(text).compactMap(\.key).map(matchForm)
    }

    /// "I", "I'm" (scanned as `im`) and "I've" as "we", "we're" and "we've".
    static let firstPersonPlural: [String: String] = ["i": "we", "im": "were", "ive": "weve"]

    /// `word` without a plural or verb ending ("backups" → "backup", "companies" → "company",
    /// "paying" → "pay", "checked" → "check", "stopped" → "stop", "restoring" and "restores" →
    /// "restor"), the form in which the rule files' words are matched (through `matchForm`). Crude,
    /// but applied alike to the line and the rule files, so it only needs to map the forms of one
    /// word to one form.
    package static func stem(_ word: String) -> String {
        let count = word.count
        var stem = word
        var verbEnding = false
        if count > 4, word.hasSuffix("ies") || word.hasSuffix("ied") {
            stem = String(word.dropLast(3)) + "y"
        } else if count > 5, word.hasSuffix("ing") {
            stem = String(word.dropLast(3))
            verbEnding = true
        } else if count > 4, word.hasSuffix("ed"), !word.hasSuffix("eed") {
            stem = String(word.dropLast(2))
            verbEnding = true
        } else if count > 4, ["shes", "ches", "xes", "sses", "zes"].contains(where: word.hasSuffix) {
            stem = String(word.dropLast(2))
        } else if count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            stem = String(word.dropLast())
        }
        // "stopped" → "stop", but "calling" → "call".
        if verbEnding, let last = stem.last, stem.count > 3, stem.dropLast().last == last, !"lsfzaeiou".contains(last) {
            stem.removeLast()
        }
        // "restore" and "restoring" → "restor": the e a verb ending takes away goes from the word too.
        if stem.count > 4, stem.hasSuffix("e"), !stem.hasSuffix("ee") { stem.removeLast() }
        return stem
    }
}
