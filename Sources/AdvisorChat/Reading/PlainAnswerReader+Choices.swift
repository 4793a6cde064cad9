import AdvisorModel

/// The choice stage: where a choice question's values, labels, aliases and phrases occur in a
/// scope, which of them a negation turns down, and which choice is left.
extension PlainAnswerReader {
    /// Words of approval: after another choice in the same clause they approve of it ("hourly is
    /// fine", "fixed is ok") rather than name a choice of their own.
    static let approvalWords: Set<String> = ["fine", "ok", "okay", "good", "great", "alright", "acceptable", "grand", "cool"]

    /// Words for computers, which a number before them counts ("4 office PCs").
    static let deviceWords: Set<String> = [
        "pcs", "computers", "laptops", "desktops", "macs", "machines", "tablets", "workstations", "screens", "tills", "terminals",
    ]

    /// The scope's stems with each number outside the choices' phrases said as "two", "several"
    /// (three to nine) or "many" (ten or more): "five sites" is "several sites", "12 clinics"
    /// "many clinics", "a dozen systems" "many systems", so the rule files need not list every
    /// count. A number a phrase holds keeps its words ("three laptops", "a couple of servers").
    static func countWords(_ scope: Scope, answers: PhraseTable<AnswerValue>) -> [String?] {
        let line = scope.line
        guard !line.numbers.mentions.isEmpty else { return scope.stems }
        let inPhrases = Set(answers.allMatches(in: scope.stems).flatMap(\.range))
        var stems = scope.stems
        for number in line.numbers.mentions where number.range.allSatisfy({ scope.included[$0] && !inPhrases.contains($0) }) {
            guard let value = number.value, value >= 2, let last = number.range.last else { continue }
            // "6 office staff", "the 3 of us": a count of people, not of offices.
            let next = line.keys[(last + 1)..<min(line.keys.count, last + 3)]
            if next.contains(where: { $0.map(peopleWords.contains) == true }) { continue }
            // "the 4 office PCs": a count of computers, the word between says where they are.
            if next.count == 2, next.last.map({ $0.map(deviceWords.contains) == true }) == true { continue }
            for position in number.range { stems[position] = "" }
            stems[last] = value == 2 ? "two" : value < 10 ? "several" : "many"
        }
        return stems
    }

    /// Words that name a choice by its place in the question ("the first one", "option three").
    static let placeWords: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5]
    /// Words that may stand around a place ("I'd go with the second option, please").
    static let besidePlace: Set<String> = [
        "the", "one", "option", "number", "choice", "answer", "please", "pls", "defo", "definitely", "id", "i", "would", "say",
        "go", "with", "for", "pick", "its", "that", "thats", "probably", "maybe", "guess",
    ]

    /// A choice named by its place among `count` choices as the question lists them ("the first
    /// one", "option 3", "the last one"), when the scope says nothing else; nil otherwise.
    static func readPlace(_ scope: Scope, among count: Int) -> Finding? {
        let line = scope.line
        var place: Int?
        var placeTokens: Set<Int> = []
        for position in scope.positions {
            if let number = line.numbers.mentions.first(where: { $0.range.lowerBound == position }) {
                // ("the first one")
                if place != nil, number.range.count == 1, line.keys[position] == "one" { continue }
                // "option 3", "number two": a number only after a word that says it is a place.
                let before = line.keys[..<position].last { $0 != nil } ?? nil
                guard place == nil, let value = number.value, before.map(["option", "number", "choice", "answer"].contains) == true else { return nil }
                place = value
                placeTokens.formUnion(number.range)
                continue
            }
            if line.numbers.consumed.contains(position) { continue }
            guard let key = line.keys[position] else { continue }
            if let value = placeWords[key] ?? (key == "last" ? count : key == "middle" && count == 3 ? 2 : nil) {
                guard place == nil else { return nil }
                place = value
                placeTokens.insert(position)
            } else if !besidePlace.contains(key) {
                return nil
            }
        }
        guard let place, (1...count).contains(place) else { return nil }
        var found = Finding(stance: stance(in: scope, claimed: placeTokens))
        found.add(.choice(place - 1))
        return found
    }

    /// `standing` without two choices named as alternatives ("fixed or variable") when a third
    /// choice stands beside them, the one that says either ("fixed or variable, all the same to
    /// me").
    static func withoutAlternatives(_ standing: [PhraseMatch<AnswerValue>], in scope: Scope) -> [PhraseMatch<AnswerValue>] {
        let keys = scope.keys
        var paired: Set<Range<Int>> = []
        for (earlier, later) in zip(standing, standing.dropFirst()) where earlier.value != later.value {
            let gap = Array(earlier.range.upperBound..<later.range.lowerBound)
            if gap.count == 1, keys[gap[0]] == "or" { paired.formUnion([earlier.range, later.range]) }
        }
        let pairedValues = Set(standing.filter { paired.contains($0.range) }.map(\.value))
        let others = standing.filter { !paired.contains($0.range) }
        // ("either fixed or hourly" is the alternatives themselves.)
        let correlative = others.contains { other in paired.contains { $0.lowerBound == other.range.upperBound } }
        guard !paired.isEmpty, !correlative, let other = others.first, others.allSatisfy({ $0.value == other.value }), !pairedValues.contains(other.value)
        else {
            return standing
        }
        return others
    }

    /// Whether the choices named in `matches` are given as a range or alternatives ("between
    /// simple and moderate", "low to medium", "moderate or complex"), which is no answer.
    static func isRange(_ matches: [PhraseMatch<AnswerValue>], in scope: Scope) -> Bool {
        let keys = scope.keys
        guard let first = matches.first?.range.lowerBound else { return false }
        let starts = negationClauseStarts(scope.line)
        if keys[starts[first]..<first].contains("between") { return true }
        return zip(matches, matches.dropFirst()).contains { earlier, later in
            let gap = Array(earlier.range.upperBound..<later.range.lowerBound)
            guard gap.count == 1 else { return false }
            if case .mark(let mark) = scope.line.tokens[gap[0]] { return mark == "-" || mark == "/" }
            return keys[gap[0]] == "or" || keys[gap[0]] == "to"
        }
    }

    /// What a scope says about a choice question (`answers` gives each choice's phrases). Where
    /// phrases overlap, the longest wins; a phrase turned down by a negation ("I don't want a
    /// fixed fee", "not complicated" is a phrase of its own) or governed by "I don't know" is
    /// left out; what remains must name exactly one choice, or, when the choices are `ordered`, is
    /// read as the most it names, unsure ("a few PCs and a small server" → some servers, confirmed).
    static func readChoice(_ scope: Scope, answers: PhraseTable<AnswerValue>, ordered: Bool = false) -> Finding {
        // Set phrases ("whatever happens") are no answer.
        let fillers = Set(fillerTable.longestMatches(in: scope.keys).flatMap(\.range))
        let matches = answers.longestMatches(in: countWords(scope, answers: answers), outside: fillers)
        let claimed = Set(matches.flatMap(\.range))
        var found = Finding(stance: stance(in: scope, claimed: claimed))
        var taken = claimed.union(found.stance.excluded)
        taken.formUnion(deniedNegations(in: scope, outside: taken))
        let negations = negations(in: scope, outside: taken)
        let turnDowns = turnDowns(in: scope, outside: taken)
        let starts = negationClauseStarts(scope.line)
        let keys = scope.keys
        var standing: [PhraseMatch<AnswerValue>] = []
        for match in matches where !match.range.contains(where: found.stance.unasserted.contains) {
            // "a server fix", "needs fixing": the verb, not a fixed price, though the stems meet.
            if match.range.count == 1, scope.keys[match.range.lowerBound].map(["fix", "fixes", "fixing"].contains) == true { continue }
            if isNegated(match.range, negations: negations, turnDowns: turnDowns, clauseStarts: starts, keys: keys) { continue }
            // "hourly is fine": the approval goes to the choice before it.
            let approves =
                match.range.allSatisfy { keys[$0].map(approvalWords.contains) == true }
                && standing.contains { starts[$0.range.lowerBound] == starts[match.range.lowerBound] && $0.value != match.value }
            if !approves { standing.append(match) }
        }
        if !ordered { standing = withoutAlternatives(standing, in: scope) }
        let chosen = Set(
            standing.compactMap { match -> Int? in
                if case .choice(let index) = match.value { return index }
                return nil
            })
        if ordered, chosen.count > 1, !isRange(standing, in: scope), let most = chosen.max() {
            found.add(.choice(most))
            found.mostNamed = !found.stance.hedged
            found.stance.hedged = true
            return found
        }
        for index in chosen.sorted() { found.add(.choice(index)) }
        return found
    }
}
