import AdvisorModel

/// Counts said in parts: a line that counts people group by group, with or without the total
/// ("two dentists, two nurses and a hygienist. So seven."; "3 on the shop floor and 5 in the
/// warehouse").
extension PlainAnswerReader {
    /// Words that say a number sums up what came before it ("so seven", "that's three people",
    /// "15 in total").
    static let totalWords: Set<String> = ["so", "thats", "total", "altogether", "overall", "told", "making", "makes", "yeah", "yes"]
    /// Words that may stand beside a total besides `totalWords`.
    static let besideTotal: Set<String> = [
        "in", "all", "of", "us", "people", "then", "which", "that", "is", "a", "grand", "and", "up", "its", "it", "we", "are", "were",
        "together", "the",
    ]

    /// The number that sums up a line which counts in parts first ("two dentists, two nurses
    /// and a hygienist. So seven.", "60 fee earners plus 20 support staff, so 80"): the last
    /// number, ending the line in a stretch of its own (after a mark or "so") of only total words
    /// ("15 in total", "that's three people", "Three."), when other numbers or count phrases
    /// (`besides`) come before it.
    static func total(in scope: Scope, besides phrases: Bool) -> NumberMention? {
        let line = scope.line
        let numbers = line.numbers.mentions.filter { $0.range.allSatisfy { scope.included[$0] } }
        guard let first = numbers.first, let last = numbers.last else { return nil }
        // Parts before the total: other numbers, count phrases, or the owner ("me and the wife, so 2").
        let parts = numbers.count >= 2 || phrases || line.keys[..<last.range.lowerBound].contains { $0.map(ownerWords.contains) == true }
        guard parts else { return nil }
        // "Nine. Vets, nurses and the two girls on reception.": a first sentence of a number
        // alone, the rest saying who.
        let opening = line.tokens[..<first.range.lowerBound].allSatisfy { $0.word.map(besideTotal.contains) ?? false }
        let next = first.range.upperBound
        if opening, next + 1 < line.tokens.count, [.mark("."), .mark(":"), .mark("—"), .mark("-")].contains(line.tokens[next]),
            line.tokens[next + 1].word != nil, !line.numbers.consumed.contains(next + 1), numbers.count >= 2 || phrases
        {
            return first
        }
        let words = { (range: Range<Int>) in range.filter { line.keys[$0] != nil } }
        let after = words(last.range.upperBound..<line.tokens.count)
        guard after.allSatisfy({ totalWords.contains(line.keys[$0]!) || besideTotal.contains(line.keys[$0]!) }) else { return nil }
        // The stretch it ends: back over total words, commas and dashes ("— yeah, five").
        let summing = { (position: Int) in line.keys[position].map { totalWords.contains($0) || besideTotal.contains($0) } ?? false }
        var start = last.range.lowerBound
        while start > 0, summing(start - 1) || [.mark(","), .mark("—"), .mark("-")].contains(line.tokens[start - 1]) { start -= 1 }
        let before = words(start..<last.range.lowerBound)
        let marked = (before + after).contains { totalWords.contains(line.keys[$0]!) }
        // "… and a hygienist. Seven.": a sentence of its own.
        let sentence = before.isEmpty && start > 0 && [.mark("."), .mark("!"), .mark("…")].contains(line.tokens[start - 1])
        guard marked || sentence else { return nil }
        return last
    }

    /// Words that may follow the number of a part: who they are or where they work ("7 in the
    /// office", "3 who work from home", "five full-time", "two part-timers", "4 staff").
    static let partWords: Set<String> = peopleWords.union(["in", "on", "at", "who", "full", "part", "working", "from", "based"])
    /// Words that join one part to the next.
    static let partJoiners: Set<String> = ["and", "plus", "with"]

    /// The sum of a line that counts people in parts and says no total: each number followed by
    /// who or where they are, the parts joined by "and", "plus" or a comma, no other part joined
    /// after the last ("7 in the office plus 3 who work from home": 10). Nil for
    /// anything else, such as a part without a number ("…, and the boss") or numbers of other
    /// things ("3 sites and 40 staff").
    static func sumOfParts(in scope: Scope) -> Int? {
        let line = scope.line
        let numbers = line.numbers.mentions.filter { $0.range.allSatisfy { scope.included[$0] } }
        guard numbers.count >= 2, !line.keys.contains(where: { $0.map(ownerWords.contains) == true }) else { return nil }
        var sum = 0
        for (index, number) in numbers.enumerated() {
            guard let value = number.value, value > 0, number.range.upperBound < line.tokens.count,
                line.keys[number.range.upperBound].map(partWords.contains) == true
            else { return nil }
            let end = index + 1 < numbers.count ? numbers[index + 1].range.lowerBound : line.tokens.count
            let between = number.range.upperBound..<end
            // The next part starts with a joiner right before its number; the last part goes on
            // to the end with no joiner in it.
            if index + 1 < numbers.count {
                let before = between.upperBound - 1
                guard line.keys[before].map(partJoiners.contains) == true || line.tokens[before] == .mark(",") else { return nil }
            } else if between.contains(where: { line.keys[$0].map(partJoiners.contains) == true }) {
                return nil
            }
            if between.contains(where: { isVague(line.tokens, at: $0) && line.keys[$0] != "plus" }) { return nil }
            let (added, overflow) = sum.addingReportingOverflow(value)
            guard !overflow else { return nil }
            sum = added
        }
        return sum
    }
}
