import AdvisorModel

/// The count stage: a line read as the answer to a number question ("about 7 people", "just
/// me"), refusing bounds and guesses ("more than 10", "a few").
extension PlainAnswerReader {
    /// Words that make a count a bound or a guess rather than a number.
    static let vagueWords: Set<String> = [
        "more", "less", "fewer", "over", "under", "above", "below", "beyond", "least", "most", "max", "maximum",
        "min", "minimum", "than", "plus", "others", "other", "half", "percent", "few", "several", "many", "dozens",
        "hundreds", "thousands", "millions", "handful", "lots", "lot", "bunch", "each", "per", "upto",
        // Parts of a number: "three-quarters", "two thirds", "seven point five".
        "quarter", "quarters", "third", "thirds", "fifth", "fifths", "halves", "point", "decimal", "fraction",
    ]
    /// Marks that make a count a bound or not a count ("15+", "<10", "50%").
    static let vagueMarks: Set<Character> = ["+", "<", ">", "%", "≤", "≥", "±", "≈"]
    /// Words that add people to a count phrase ("just me and two others", "me with my partner"),
    /// so that the phrase alone is not the count.
    static let additiveWords: Set<String> = ["and", "with", "plus", "together", "others", "other", "also"]
    /// Words that make a number a count of people.
    static let peopleWords: Set<String> = [
        "staff", "people", "person", "employees", "employee", "users", "workers", "colleagues", "us", "them", "folk", "folks",
    ]

    /// Words after a number that make it a time or money, not people ("three days a week", "50 quid").
    static let timesAndMoney: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "times",
        "am", "pm", "oclock", "mornings", "afternoons", "evenings", "nights", "shifts", "pounds", "quid", "dollars", "grand",
    ]

    /// Words by which the owner counts themselves in ("me and two others", "myself and 2 staff").
    static let ownerWords: Set<String> = ["me", "myself"]

    /// Where "others" (or "other") follows `number`, right after it or after "of" ("two others",
    /// "a couple of others"); nil when it does not.
    static func othersWord(after number: NumberMention, in line: TypedLine) -> Int? {
        var position = number.range.upperBound
        if position < line.keys.count, line.keys[position] == "of" { position += 1 }
        guard position < line.keys.count, line.keys[position] == "others" || line.keys[position] == "other" else { return nil }
        return position
    }

    /// Words that start a companion of the owner in a count phrase ("me and *my partner*", "me
    /// and *an assistant*").
    static let companionDeterminers: Set<String> = ["my", "our", "a", "an", "the"]

    /// The companions the owner counts with (`answers`' phrases for two that read "me and …":
    /// "my partner", "an assistant"), each worth one person.
    static func companionTable(_ answers: PhraseTable<AnswerValue>) -> PhraseTable<Bool> {
        PhraseTable(
            answers.phrases.compactMap { entry in
                let words = entry.words
                guard entry.value == .integer(2), words.count >= 4, words[0] == "me", words[1] == "and",
                    companionDeterminers.contains(words[2])
                else { return nil }
                return (Array(words.dropFirst(2)), true)
            })
    }

    /// Whether the vague word at `position` is part of "not many", "not a lot", "not that many":
    /// a remark that the count is small, said beside the count itself.
    static func isSmallCountRemark(_ line: TypedLine, at position: Int) -> Bool {
        guard let key = line.keys[position], ["many", "lot", "lots"].contains(key) else { return false }
        return line.keys[max(0, position - 3)..<position].contains { $0 == "not" }
    }

    /// Whether `number` is singled out of a larger one: "120 of them", "only about 30".
    static func isSingledOut(_ number: NumberMention, in line: TypedLine) -> Bool {
        let keys = line.keys
        let after = number.range.upperBound
        // ("2 of them part time": who they are, not which of them count.)
        if after + 1 < keys.count, keys[after] == "of", ["them", "those", "whom", "these"].contains(keys[after + 1] ?? "") {
            return after + 2 >= keys.count || !["part", "full", "parttime", "fulltime", "remote", "remotely"].contains(keys[after + 2] ?? "")
        }
        // "about 8 of the 12", "9 of our 15 staff"
        if after + 2 < keys.count, keys[after] == "of", ["the", "our", "my"].contains(keys[after + 1] ?? ""),
            line.numbers.mentions.contains(where: { $0.range.lowerBound == after + 2 })
        {
            return true
        }
        // "18 staff but 5 use computers"
        if number.range.lowerBound > 0, keys[number.range.lowerBound - 1] == "but", after < keys.count,
            ["use", "using", "work", "are", "sit", "need"].contains(keys[after] ?? "")
        {
            return true
        }
        return keys[max(0, number.range.lowerBound - 3)..<number.range.lowerBound].contains("only")
    }

    /// Whether `number` names some of the people rather than counting them all: "the 2
    /// drivers", "our two part-timers" (but "the two of us"), "2 of them part time".
    static func isSomeOfThem(_ number: NumberMention, in line: TypedLine) -> Bool {
        let keys = line.keys
        let before = number.range.lowerBound > 0 ? keys[number.range.lowerBound - 1] : nil
        let after = number.range.upperBound < keys.count ? keys[number.range.upperBound] : nil
        if ["the", "our", "my"].contains(before ?? ""), let after, personPlurals.contains(after) || peopleWords.contains(after), after != "us" {
            return true
        }
        return after == "of" && number.range.upperBound + 1 < keys.count && ["them", "those"].contains(keys[number.range.upperBound + 1] ?? "")
            && !isSingledOut(number, in: line)
    }

    /// Whether `number` is denied, or is the whole the count is taken from: "not twenty, it's
    /// 17", "not all 30 staff, only the 12 in the office", "out of 40 staff only 9" ("not more
    /// than 10" is a bound, read as such).
    static func isDenied(_ number: NumberMention, in line: TypedLine) -> Bool {
        let before = line.keys[max(0, number.range.lowerBound - 2)..<number.range.lowerBound]
        guard let last = before.last, let word = last else { return false }
        // "it's not just the two of us any more": the count as it was.
        let three = line.keys[max(0, number.range.lowerBound - 3)..<number.range.lowerBound]
        if three.first == "not", three.contains(where: { ["just", "only"].contains($0 ?? "") }) { return true }
        // "17 in all, counting the two part-timers": a part of the count, not another one.
        if before.contains(where: { ["including", "counting", "countin", "incl", "inc"].contains($0 ?? "") }) { return true }
        // "everyone except the two drivers", "we lost one in the summer": who is not counted.
        if before.contains(where: { ["except", "excluding", "besides", "minus", "lost"].contains($0 ?? "") }) { return true }
        return ["not", "isnt", "arent", "wasnt", "werent"].contains(word) || (word == "all" || word == "even") && before.first == "not"
            || word == "of" && before.first == "out"
    }

    /// Whether token `index` makes a number near it vague or not a count.
    static func isVague(_ tokens: [Token], at index: Int) -> Bool {
        switch tokens[index] {
        case .word(let word):
            // "not just me any more": a time, not a bound.
            if word == "more", index > 0, tokens[index - 1].word == "any" { return false }
            // "21 staff, each with a laptop": each of them, not a count per something.
            if word == "each", index + 1 < tokens.count, ["with", "has", "have", "on", "chained", "using", "at"].contains(tokens[index + 1].word ?? "") {
                return false
            }
            if vagueWords.contains(word) { return true }
            return word == "up" && index + 1 < tokens.count && tokens[index + 1].word == "to"
        case .mark(let mark):
            // "3 + me": adding the owner, not a bound ("me + 3" may be a bound, like "me plus 3").
            if mark == "+", index + 1 < tokens.count, ["me", "myself"].contains(tokens[index + 1].word ?? "") { return false }
            return vagueMarks.contains(mark) || mark.isCurrencySymbol
        case .number, .oddNumeral:
            return false
        }
    }

    /// What a scope says about a number question with answers in `range`: the numbers in it
    /// (two different ones are ambiguous, values outside the range left out), and the question's
    /// own count phrases from the rule files ("just me" → 1), which count only when no number and
    /// no word adding people stands beside them.
    static func readCount(_ scope: Scope, answers: PhraseTable<AnswerValue>, range: ClosedRange<Int>) -> Finding {
        let said = readSaidCount(scope, answers: answers, range: range)
        return readRoster(scope, answers: answers, range: range, besides: said) ?? said
    }

    /// A count as said: a number, a total after parts, a sum of parts, a count phrase.
    static func readSaidCount(_ scope: Scope, answers: PhraseTable<AnswerValue>, range: ClosedRange<Int>) -> Finding {
        let line = scope.line
        let phrases = answers.longestMatches(in: scope.stems)
        let claimed = Set(phrases.flatMap(\.range))
        if let total = total(in: scope, besides: !phrases.isEmpty) {
            var found = Finding(stance: stance(in: scope, claimed: claimed.union(total.range)))
            if let value = total.value, range.contains(value) { found.add(.integer(value)) } else { found.vague = true }
            return found
        }
        if let whole = wholeBeforeParts(in: scope), let value = whole.value {
            // Its parts add up to it, so the vague words or money beside them change nothing.
            let parts = Set(line.numbers.mentions.filter { $0.range.allSatisfy { scope.included[$0] } }.flatMap(\.range))
            var found = Finding(stance: stance(in: scope, claimed: claimed.union(parts)))
            if range.contains(value) { found.add(.integer(value)) } else { found.vague = true }
            return found
        }
        if let exact = exactCount(in: scope) {
            // "a handful - five, to be exact": the exact count outweighs the vague words.
            var found = Finding(stance: stance(in: scope, claimed: claimed.union(exact.range)))
            if range.contains(exact.value) { found.add(.integer(exact.value)) } else { found.vague = true }
            return found
        }
        if phrases.isEmpty, let sum = sumOfParts(in: scope) {
            // Worked out, so confirmed first.
            var found = Finding(stance: stance(in: scope, claimed: claimed))
            if range.contains(sum) { found.add(.integer(sum)) } else { found.vague = true }
            found.derived = true
            return found
        }
        var found = Finding(stance: stance(in: scope, claimed: claimed))
        let excluded = found.stance.excluded
        let readable = { (position: Int) in scope.included[position] && !excluded.contains(position) }
        var numbers = line.numbers.mentions.filter {
            $0.range.allSatisfy(readable) && !$0.range.contains(where: claimed.contains) && !countsNoPeople($0, in: line)
        }
        // "a practice of 5: three accountants, a bookkeeper and …": the numbers after a count
        // spelled out are its parts.
        // The owner's count phrases in it ("3 (myself, my partner and …)") are parts too.
        let sentences = line.sentenceStarts
        let whole = numbers.first { isSpelledOut($0, in: line) }
        let inList = { (position: Int) in
            whole.map { position > $0.range.lowerBound && sentences[position] == sentences[$0.range.lowerBound] } ?? false
        }
        numbers.removeAll { inList($0.range.lowerBound) }
        // "6 on PCs, the 2 drivers just use phones", "13 staff, 2 of them part time": some of
        // the people, named beside the count, are no count of their own.
        if numbers.count > 1 {
            let some = numbers.filter { isSomeOfThem($0, in: line) }
            if some.count < numbers.count { numbers.removeAll { number in some.contains { $0.range == number.range } } }
        }
        // "6 users. laptops + 1 router": beside a count of people, a count of machines is none.
        let afterNumber = { (number: NumberMention) in number.range.upperBound < line.keys.count ? line.keys[number.range.upperBound] : nil }
        if numbers.contains(where: { afterNumber($0).map(peopleWords.contains) == true }) {
            numbers.removeAll { afterNumber($0).map { deviceWords.contains($0) || machineWords.contains($0) } == true }
        }
        if line.numbers.unreadable.contains(where: readable) { found.vague = true }
        // "two others" (or "a couple of others") right after a number counts people only when the
        // owner is added to them ("me and two others"); alone it stays vague.
        var othersBesideNumber = false
        // A bound or a guess beside a number ("more than 10", "10 or so", "lots more at peak
        // times"); further away it is about something else ("14 of us on computers most days").
        let nearNumber = { (position: Int) in
            line.numbers.mentions.contains { $0.range.lowerBound - 4 <= position && position < $0.range.upperBound + 4 }
        }
        for position in line.tokens.indices
        where readable(position) && !claimed.contains(position)
            && !line.numbers.consumed.contains(position) && isVague(line.tokens, at: position)
            && (nearNumber(position) || numbers.isEmpty)
        {
            if numbers.contains(where: { othersWord(after: $0, in: line) == position }) {
                othersBesideNumber = true
            } else if isSmallCountRemark(line, at: position) {
                // "not many, just the two of us": a remark on the count, not a bound.
                continue
            } else {
                found.vague = true
            }
        }
        var values: [Int] = []
        // "about 200 people, 120 of them use a computer", "45 on the books but only about 30 sit
        // at one": the part singled out is the count.
        let singled = numbers.filter { isSingledOut($0, in: line) }
        let counting = singled.count == 1 && numbers.count > 1 ? singled : numbers
        for number in counting where !isDenied(number, in: line) {
            guard let value = number.value else {
                found.vague = true
                continue
            }
            if !values.contains(value) { values.append(value) }
        }
        // "me and one apprentice", "just me and two others", "two lads in the workshop, plus me":
        // one more than the number, wherever in the line the owner adds themselves. Worked out, so
        // confirmed first; with another count phrase or a bound beside it, not read at all.
        // "3 - the receptionist, the manager and me": a number followed by the list of who it
        // counts, so the owner in the list is one of them.
        let spelledOut = numbers.count == 1 && isSpelledOut(numbers[0], in: line)
        let ownerAdded =
            !numbers.isEmpty && !spelledOut && !ownerIncluded(line)
            && (line.keys.indices.contains(where: { position in
                line.keys[position].map(ownerWords.contains) == true
                    && (line.keys[max(0, position - 2)..<position].contains { $0.map(additiveWords.contains) == true }
                        || position > 0 && [.mark("+"), .mark("&")].contains(line.tokens[position - 1]))
            })
                || scope.keys.contains(where: { $0.map(ownerWords.contains) == true })
                    && (scope.keys.contains(where: { $0.map(additiveWords.contains) == true })
                        || scope.positions.contains { [.mark("+"), .mark("&")].contains(line.tokens[$0]) }))
        // A count phrase negated is not the count: "it's not just me any more, there are 3 of us".
        // ("no one besides me and my partner": an exception, not a denial.)
        let negations = negations(in: scope, outside: claimed.union(excluded)).filter { position in
            !line.keys[(position + 1)..<min(line.keys.count, position + 3)].contains { ["besides", "except", "but", "apart"].contains($0 ?? "") }
        }
        let starts = negationClauseStarts(line)
        let ownerCounted = ownerIncluded(line)
        let counted = phrases.filter {
            !$0.range.contains(where: excluded.contains) && !inList($0.range.lowerBound)
                // ("three, counting myself": the owner is one of the three.)
                && !(ownerCounted && $0.range.count == 1 && line.keys[$0.range.lowerBound].map(ownerWords.contains) == true)
                // ("I test the backups myself": the owner doing it, not how many there are.)
                && !(line.keys[$0.range.lowerBound] == "myself" && $0.range.count == 1
                    && line.keys[sentences[$0.range.lowerBound]..<$0.range.lowerBound].contains { ["i", "im", "ive", "id", "ill"].contains($0 ?? "") })
                && !isNegated($0.range, negations: negations, turnDowns: [], clauseStarts: starts, keys: line.keys)
        }
        // "just me", "myself": the owner alone, added to the one number beside it.
        let ownerJoinsNumber = ownerAdded && numbers.count == 1 && !counted.isEmpty && counted.allSatisfy { $0.value == .integer(1) }
        if !counted.isEmpty, !ownerJoinsNumber {
            // Close by and in the same sentence: "Only me. And before you ask, …" and "only me
            // doing the ordering and the rotas" add nobody.
            let besides = line.tokens.indices.contains { position in
                readable(position) && !claimed.contains(position)
                    && counted.contains {
                        $0.range.lowerBound - 3 <= position && position < $0.range.upperBound + 2 && sentences[$0.range.lowerBound] == sentences[position]
                    }
                    && (line.keys[position].map(additiveWords.contains) == true || line.tokens[position] == .mark("&"))
            }
            // "just me and Sandra": someone added right after it, even in a clause left to another question.
            let joined = counted.contains { phrase in
                let next = phrase.range.upperBound
                return next < line.tokens.count && (line.keys[next].map(additiveWords.contains) == true || line.tokens[next] == .mark("&"))
            }
            // "1, just me": the same count said twice.
            let sameCount = !numbers.isEmpty && numbers.allSatisfy { number in counted.allSatisfy { $0.value == number.value.map(AnswerValue.integer) } }
            if !numbers.isEmpty && !sameCount || besides || joined { found.vague = true }
            for phrase in counted {
                if case .integer(let value) = phrase.value, !values.contains(value) { values.append(value) }
            }
        }
        if ownerAdded {
            // "me, my wife and three part-timers": each companion the rule files pair with the
            // owner ("me and my wife" → 2) counts one more.
            let companions =
                counted.isEmpty || ownerJoinsNumber
                ? companionTable(answers).longestMatches(in: scope.stems, outside: claimed.union(excluded).union(line.numbers.consumed)).count
                : 0
            if values.count == 1, numbers.count == 1, counted.isEmpty || ownerJoinsNumber, !found.vague, values[0] < Int.max - 1 - companions {
                values = [values[0] + 1 + companions]
                found.derived = true
            } else {
                found.vague = true
            }
        } else if othersBesideNumber {
            found.vague = true
        }
        if values.count == 1, !range.contains(values[0]) { found.vague = true }
        let possible = values.count == 1 ? values : values.filter(range.contains)
        if values.count > 1, possible.count < 2 { found.vague = true }
        for value in possible { found.add(.integer(value)) }
        return found
    }
}
