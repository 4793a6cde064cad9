/// The second stage: whole numbers in a scanned line, written in digits ("12", "1,200") or in
/// words ("twenty-five", "a hundred and twenty", "a dozen"). Pure and total.
extension PlainAnswerReader {
    /// A number found in a line: its value (`nil` when too large for `Int`) and its tokens.
    package struct NumberMention: Hashable {
        package var value: Int?
        package var range: Range<Int>
    }

    /// What the numbers of a line say.
    package struct NumberReading {
        /// Every number, in order.
        package var mentions: [NumberMention]
        /// Tokens that are part of a number.
        package var consumed: Set<Int>
        /// Tokens that make a count imprecise or unreadable: "7.5", "½", "1st", "15+".
        package var unreadable: [Int]
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
            let negative =
                tokens[index].literal?.isNegative == true
                || (index > 0 && tokens[index - 1].word.map(NumberWords.minus.contains) == true)
            if index > 0, tokens[index - 1].word.map(NumberWords.minus.contains) == true { start = index - 1 }
            if negative, let value = mention.value { mention.value = -value }
            mention.range = start..<mention.range.upperBound
            reading.consumed.formUnion(mention.range)
            reading.mentions.append(mention)
            if mention.range.upperBound < tokens.count, let next = tokens[mention.range.upperBound].word {
                // "1st", "2nd": an ordinal. "a trillion trillion", "twenty hundred": not a number we can read.
                if tokens[index].literal != nil && NumberWords.ordinalSuffixes.contains(next)
                    || NumberWords.scales[next] != nil || next == "hundred" || next == "dozen"
                {
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
                ["no", "any", "every", "each", "some", "the", "which", "not", "single", "use", "uses", "using"].contains(before)
            {
                return nil
            }
            if first == "half", start + 2 < tokens.count, ["a", "an"].contains(tokens[start + 1].word ?? ""),
                tokens[start + 2].word == "dozen"
            {
                return NumberMention(value: 6, range: start..<start + 3)
            }
            // "a baker's dozen": thirteen.
            if first == "a", start + 2 < tokens.count, tokens[start + 1].word == "bakers", tokens[start + 2].word == "dozen" {
                return NumberMention(value: 13, range: start..<start + 3)
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
                        after == "hundred" || NumberWords.scales[after] != nil
                    {
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
