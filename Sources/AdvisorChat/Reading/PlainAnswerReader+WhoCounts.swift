import AdvisorModel

/// What a count holds: the numbers beside it that count no people (years, ages, money, places,
/// machines), a count said to be exact, the owner counted in, and a number followed by the list
/// of who it counts.
extension PlainAnswerReader {
    /// A number said to be exact ("exactly 6", "five, to be exact", "no more than 3 and no
    /// fewer"), when the scope says only one, with the words that say so.
    static func exactCount(in scope: Scope) -> (value: Int, range: Range<Int>)? {
        let line = scope.line
        let words = scope.positions.filter { line.keys[$0] != nil }
        var found: [(value: Int, range: Range<Int>)] = []
        for number in line.numbers.mentions where number.range.allSatisfy({ scope.included[$0] }) {
            guard let value = number.value, let at = words.firstIndex(of: number.range.lowerBound) else { continue }
            let before = at > 0 ? line.keys[words[at - 1]] : nil
            let next = words.filter { $0 >= number.range.upperBound }.prefix(4).compactMap { line.keys[$0] }
            let saysExact =
                ["exactly", "precisely"].contains(before ?? "")
                || next.starts(with: ["to", "be", "exact"]) || next.starts(with: ["exactly"]) || next.starts(with: ["on", "the", "dot"])
                || next.starts(with: ["no", "less"]) || next.starts(with: ["no", "fewer"])
                || next.starts(with: ["and", "no", "less"]) || next.starts(with: ["and", "no", "fewer"])
            if saysExact { found.append((value, number.range.lowerBound..<(words.first { $0 >= number.range.upperBound } ?? number.range.upperBound))) }
        }
        guard let first = found.first, found.allSatisfy({ $0.value == first.value }) else { return nil }
        let values = Set(line.numbers.mentions.filter { $0.range.allSatisfy { scope.included[$0] } && !countsNoPeople($0, in: line) }.compactMap(\.value))
        return values == [first.value] ? first : nil
    }

    /// Machines besides computers that a number may count ("1 router").
    static let machineWords: Set<String> = ["router", "routers", "server", "servers", "printer", "printers", "laptop", "pc", "computer", "phone", "phones"]

    /// Words for places a business works from, which a number before them counts.
    static let premisesWords: Set<String> = [
        "shops", "stores", "sites", "offices", "branches", "locations", "studios", "clinics", "salons", "surgeries", "depots",
        "warehouses", "restaurants", "cafes", "towns", "buildings", "floors", "vans", "trucks",
    ]

    /// Whether `number` is a year ("in 1952", "since 2019"), an age ("she's 88"), money or time
    /// ("eleven hundred dollars", "three days") or places ("two shops"), not a count of people.
    static func countsNoPeople(_ number: NumberMention, in line: TypedLine) -> Bool {
        let before = number.range.lowerBound > 0 ? line.keys[number.range.lowerBound - 1] : nil
        let after = number.range.upperBound < line.keys.count ? line.keys[number.range.upperBound] : nil
        if after.map(timesAndMoney.contains) == true || ["shes", "hes", "aged"].contains(before ?? "") { return true }
        // "every night at 11": a time of day.
        if before == "at", number.range.lowerBound >= 2, line.keys[number.range.lowerBound - 2].map(clockWords.contains) == true { return true }
        // "across the two shops": places, not people.
        if after.map(premisesWords.contains) == true { return true }
        guard let value = number.value, (1900...2099).contains(value) else { return false }
        return before.map(["in", "since", "from", "until", "till", "of", "back", "before", "after"].contains) == true
    }

    /// Words before "at" that make the number after it a time of day ("every night at 11").
    static let clockWords: Set<String> = [
        "night", "nights", "morning", "mornings", "evening", "evenings", "afternoon", "daily", "runs", "run", "starts", "start", "opens",
        "open", "closes", "close", "finishes", "finish", "midnight", "noon", "backup", "backups",
    ]

    /// Whether the owner says they are one of the count ("2 people, me included", "three,
    /// counting myself", "6 including me").
    static func ownerIncluded(_ line: TypedLine) -> Bool {
        line.keys.indices.contains { position in
            guard line.keys[position].map(ownerWords.contains) == true else { return false }
            let before = position > 0 ? line.keys[position - 1] : nil
            let after = position + 1 < line.keys.count ? line.keys[position + 1] : nil
            return after == "included" || after == "incl" || before.map(["including", "counting", "incl", "inc", "includes", "include"].contains) == true
        }
    }

    /// Whether `number` is followed by the list of who it counts: "3 - the receptionist, the
    /// manager and me", "the two of us: me and the wife", "4 people. My husband, …" (the number
    /// with at most "people" or "of us", then a dash, a colon or, for a sentence of its own, a
    /// full stop). The owner in such a list is one of the number.
    static func isSpelledOut(_ number: NumberMention, in line: TypedLine) -> Bool {
        var next = number.range.upperBound
        var counted = false
        if next < line.keys.count, line.keys[next] == "of", next + 1 < line.keys.count, line.keys[next + 1] == "us" {
            next += 2
            counted = true
        } else if next < line.keys.count, line.keys[next].map(peopleWords.contains) == true {
            next += 1
            counted = true
        }
        guard next < line.tokens.count else { return false }
        // "only 4 people who use the computers: me, Gloria and Luis", but not "two lads - and me",
        // "10 - 15" or "count us on one hand — five".
        let marks: [Token] = [.mark("-"), .mark(":"), .mark("–"), .mark("—"), .mark("(")]
        if let mark = line.tokens[next...].prefix(7).firstIndex(where: marks.contains), counted || mark == next,
            !line.numbers.mentions.contains(where: { other in
                // (a number right after it only when it counts people too: "of 5: three accountants, …")
                other.range.lowerBound == mark + 1
                    && !line.keys[other.range.upperBound..<min(line.keys.count, other.range.upperBound + 2)].contains { $0.map(personPlurals.contains) == true }
            }),
            !line.tokens[next..<mark].contains(where: { if case .mark = $0 { return true } else { return false } }),
            !line.keys[next..<mark].contains(where: { $0.map(ownerWords.contains) == true }),
            !line.numbers.mentions.contains(where: { next <= $0.range.lowerBound && $0.range.lowerBound < mark }),
            let following = line.keys[(mark + 1)...].first(where: { $0 != nil }), following.map(additiveWords.contains) != true
        {
            return true
        }
        let sentences = line.sentenceStarts
        let aloneInSentence = !line.keys[sentences[number.range.lowerBound]..<number.range.lowerBound].contains { $0 != nil }
        return line.tokens[next] == .mark(".") && aloneInSentence
    }
}
