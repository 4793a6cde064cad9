import AdvisorModel

/// The choice stage: where a choice question's values, labels, aliases and phrases occur in a
/// scope, which of them a negation turns down, and which choice is left.
extension PlainAnswerReader {
    /// Words of approval: after another choice in the same clause they approve of it ("hourly is
    /// fine", "fixed is ok") rather than name a choice of their own.
    static let approvalWords: Set<String> = ["fine", "ok", "okay", "good", "great", "alright", "acceptable", "grand", "cool"]

    /// What a scope says about a choice question (`answers` gives each choice's phrases). Where
    /// phrases overlap, the longest wins; a phrase turned down by a negation ("I don't want a
    /// fixed fee", "not complicated" is a phrase of its own) or governed by "I don't know" is
    /// left out; what remains must name exactly one choice.
    static func readChoice(_ scope: Scope, answers: PhraseTable<AnswerValue>) -> Finding {
        let matches = answers.longestMatches(in: scope.stems)
        let claimed = Set(matches.flatMap(\.range))
        var found = Finding(stance: stance(in: scope, claimed: claimed))
        let taken = claimed.union(found.stance.excluded)
        let negations = negations(in: scope, outside: taken)
        let turnDowns = turnDowns(in: scope, outside: taken)
        let starts = negationClauseStarts(scope.line)
        let keys = scope.keys
        var standing: [PhraseMatch<AnswerValue>] = []
        for match in matches where !match.range.contains(where: found.stance.unasserted.contains) {
            if isNegated(match.range, negations: negations, turnDowns: turnDowns, clauseStarts: starts) { continue }
            // "hourly is fine": the approval goes to the choice before it.
            let approves =
                match.range.allSatisfy { keys[$0].map(approvalWords.contains) == true }
                && standing.contains { starts[$0.range.lowerBound] == starts[match.range.lowerBound] && $0.value != match.value }
            if !approves { standing.append(match) }
        }
        let chosen = Set(
            standing.compactMap { match -> Int? in
                if case .choice(let index) = match.value { return index }
                return nil
            })
        for index in chosen.sorted() { found.add(.choice(index)) }
        return found
    }
}
