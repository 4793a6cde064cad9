import AdvisorModel

/// The yes-or-no stage: the English words and phrases that say yes, no or neither, and the
/// reading of a scope as a yes or a no with the question's own phrases from the rule files.
extension PlainAnswerReader {
    /// What a phrase says about a yes-or-no question.
    package enum Cue: Hashable, Sendable {
        case yes, no, neutral
        /// A yes or a no said with a hedge: "I guess so", "I don't think so".
        case hedgedYes, hedgedNo
    }

    /// Words and phrases with a meaning for any yes-or-no question, written as scanned (no apostrophes).
    package enum BooleanPhrases {
        package static let yes = [
            "yes", "yep", "yeah", "yea", "ya", "yah", "yup", "aye", "sure", "surely", "of course", "ofc", "sure thing",
            "absolutely", "definitely", "certainly", "indeed", "y", "true", "correct", "affirmative", "thats right",
            "thats correct", "right", "exactly", "why not", "yes please", "you bet", "for sure", "always", "yess", "yesss",
            // A no turned down: "I wouldn't turn it down", "can't see why not".
            "wouldnt turn it down", "wouldnt turn that down", "cant see why not", "dont see why not", "no reason not to",
            "no reason why not", "wouldnt say no", "would not say no", "never say no", "couldnt say no", "wouldnt object",
            "wouldnt hurt", "couldnt hurt", "cant hurt", "no harm", "do no harm",
        ]
        package static let no = [
            "no", "nope", "nah", "naw", "nay", "nada", "never", "nobody", "nobodys", "no one", "noone", "none", "nothing",
            "nobody does", "not really", "not at all", "not yet", "not anymore", "not any more", "negative", "no longer", "not now", "not us",
            "not needed", "not necessary", "not interested", "no thanks", "no thank you", "no way", "no need",
            "not for us", "not a chance", "no chance", "not particularly", "not especially", "not so much", "n", "false",
        ]
        /// Said with a hedge, so only probable.
        static let hedgedYes = ["think so", "guess so", "suppose so", "believe so", "hope so", "reckon so", "imagine so", "afraid so", "ye"]
        static let hedgedNo = [
            "dont think so", "do not think so", "dont believe so", "dont reckon so", "dont suppose so", "dont imagine so",
            "hope not", "guess not", "suppose not", "think not", "afraid not", "probably not", "maybe not", "possibly not",
            "rarely", "seldom", "hardly ever", "almost never", "not often", "not very often", "once in a blue moon",
            "not that i know of", "not that im aware of", "not that im aware", "not as far as i know",
            // A wish that it were so: "I wish someone did", "I'd like to say yes".
            "wish someone did", "wish somebody did", "wish we did", "wish i did", "wish they did", "like to say yes",
        ]
        /// Phrases with "no" that say nothing about the question ("no problem").
        static let neutral = [
            "no problem", "no problems", "no worries", "no doubt", "no matter", "for nothing", "not only", "never again", "not me", "right now", "right away",
            // A purpose: "… so it doesn't happen".
            "so it doesnt happen", "so that doesnt happen", "so it never happens", "so it wont happen", "so that never happens",
            "so it doesnt break", "so things dont break", "so nothing breaks", "so it doesnt go down", "so we dont go down",
        ]
    }

    static let cueTable = PhraseTable<Cue>(
        words(BooleanPhrases.yes).map { ($0, Cue.yes) } + words(BooleanPhrases.no).map { ($0, Cue.no) }
            + words(BooleanPhrases.neutral).map { ($0, Cue.neutral) })
    static let hedgedCueTable = PhraseTable<Cue>(
        words(BooleanPhrases.hedgedYes).map { ($0, Cue.hedgedYes) } + words(BooleanPhrases.hedgedNo).map { ($0, Cue.hedgedNo) })
    /// Every word of the yes-and-no phrases.
    static let cueWords = Set(
        (BooleanPhrases.yes + BooleanPhrases.no + BooleanPhrases.hedgedYes + BooleanPhrases.hedgedNo)
            .flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.count > 1 })

    /// The single words that say yes or no, which a stretched spelling may stand for.
    static let singleCueWords = Set((BooleanPhrases.yes + BooleanPhrases.no).filter { !$0.contains(" ") && $0.count > 1 })

    /// `key` said with letters held ("nooo" → "no", "yeahhh" → "yeah", "nooope" → "nope"): each
    /// run of a repeated letter read once, when the word as typed is none of the reader's own and
    /// what is left is a one-word yes or no. Otherwise `key` as it is.
    static func unstretched(_ key: String) -> String {
        guard !mechanicsWords.contains(key) else { return key }
        var squeezed = ""
        for character in key where character != squeezed.last { squeezed.append(character) }
        return squeezed.count < key.count && singleCueWords.contains(squeezed) ? squeezed : key
    }

    /// "my partner does", "we do that": a yes when "do" ends its clause or comes before one of these.
    static let doWords: Set<String> = ["do", "does", "did"]
    static let afterDo: Set<String> = [
        "that", "it", "this", "them", "those", "so", "too", "already", "regularly", "always", "every", "each", "daily",
        "weekly", "monthly", "often", "usually", "indeed", "yes",
    ]

    /// What a scope says about a yes-or-no question, with the question's own phrases (`answers`,
    /// values `.boolean`) read first. A negation before a yes in its clause makes it a no ("nobody
    /// restores a test file"), as does "not" right after it ("absolutely not"); a lone negation
    /// is a no ("we haven't", unless not `loneNegations`); a yes or no may be stretched ("nooo",
    /// but a first letter doubled is a slip, so unsure: "nno"). `singleLetters` allows "y" and
    /// "n" (not in facts).
    static func readYesNo(_ scope: Scope, answers: PhraseTable<AnswerValue>, singleLetters: Bool, loneNegations: Bool = true) -> Finding {
        let keys = scope.keys
        // The question's own phrases and the hedged phrases first, then how sure the owner is,
        // then the general words.
        var cues: [PhraseMatch<Cue>] = answers.longestMatches(in: scope.stems).map { match in
            PhraseMatch(range: match.range, value: match.value == .boolean(true) ? .yes : .no)
        }
        // "I'd want to see what you do first": wanting to find out, not wanting it; "fix it
        // when it breaks, that's all I want": wanting only what was said.
        cues.removeAll { cue in
            let start = cue.range.lowerBound
            let end = cue.range.upperBound
            guard keys[start] == "want" else { return false }
            let findingOut =
                end + 1 < keys.count && keys[end] == "to" && keys[end + 1].map(["see", "know", "hear", "understand", "check", "try", "find"].contains) == true
            let allThat = start >= 2 && ["i", "we"].contains(keys[start - 1] ?? "") && keys[start - 2] == "all"
            return findingOut || allThat
        }
        // "anything like that": a comparison, not a liking.
        cues.removeAll { cue in
            cue.range.lowerBound > 0 && keys[cue.range.lowerBound] == "like"
                && keys[cue.range.lowerBound - 1].map(["anything", "something", "nothing", "everything", "things", "stuff"].contains) == true
        }
        let ownNos = Set(cues.filter { $0.value == .no }.map(\.range))
        var claimed = Set(cues.flatMap(\.range))
        claimed.formUnion(deniedNegations(in: scope, outside: claimed))
        let cueKeys = keys.map { $0.map(unstretched) }
        for match in hedgedCueTable.longestMatches(in: cueKeys, outside: claimed) {
            cues.append(match)
            claimed.formUnion(match.range)
        }
        let stance = stance(in: scope, claimed: claimed, frequencies: true)
        var taken = claimed.union(stance.excluded)
        var letterAmidOthers = false
        // "not sure, we've never had anything like that": what the owner has not tried, beside not
        // knowing, says nothing of what they want.
        let untried = { (position: Int) in
            stance.dontKnow && position + 1 < keys.count && keys[position + 1].map(untriedVerbs.contains) == true
        }
        for match in cueTable.longestMatches(in: cueKeys, outside: taken) {
            // "it was always my husband's job": a description, not a yes.
            if keys[match.range.lowerBound] == "always", match.range.lowerBound > 0,
                keys[match.range.lowerBound - 1].map(["was", "were", "is", "its", "been", "has", "have"].contains) == true
            {
                continue
            }
            // "never had anything like that" beside "not sure"; "never miss a week" (a duty not missed).
            if keys[match.range.lowerBound] == "never", match.range.upperBound < keys.count,
                untried(match.range.lowerBound) || keys[match.range.upperBound].map(negatedToYes.contains) == true
            {
                continue
            }
            let letter = keys[match.range.lowerBound] == "y" || keys[match.range.lowerBound] == "n"
            if letter && !singleLetters { continue }
            // "updates n that": "n" between words is "and".
            let lineKeys = scope.line.keys
            let between =
                match.range.lowerBound > 0 && match.range.upperBound < lineKeys.count
                && lineKeys[match.range.lowerBound - 1] != nil && lineKeys[match.range.upperBound] != nil
            if keys[match.range.lowerBound] == "n", between { continue }
            // "y" or "n" is sure alone; with more beside it ("n0"), it may be a slip of the keys.
            if letter && scope.line.tokens.count > 1 { letterAmidOthers = true }
            cues.append(match)
            taken.formUnion(match.range)
        }
        cues = cues.filter { !$0.range.contains(where: stance.unasserted.contains) }
        // "We used to just call when it broke. Not any more, I want regular care.": the past
        // turned down before the answer, not a no.
        let pastBefore = { (position: Int) in
            otherTimes.longestMatches(in: scope.line.keys).contains { $0.value && $0.range.upperBound <= position }
        }
        let read = cues
        cues.removeAll { cue in
            let words = cue.range.compactMap { keys[$0] }
            guard cue.value == .no, [["not", "any", "more"], ["not", "anymore"], ["no", "longer"]].contains(words), pastBefore(cue.range.lowerBound) else {
                return false
            }
            return read.contains { $0.range.lowerBound >= cue.range.upperBound && $0.value != .neutral }
        }
        // "Call-out only, please": a "please" beside another answer is manners, not a yes.
        let isPlease = { (cue: PhraseMatch<Cue>) in cue.range.count == 1 && keys[cue.range.lowerBound].map(["please", "pls", "plz"].contains) == true }
        if cues.contains(where: { !isPlease($0) && $0.value != .neutral }) { cues.removeAll(where: isPlease) }
        let starts = negationClauseStarts(scope.line)
        var negations = negations(in: scope, outside: taken).filter { !untried($0) }
        // "we would never again run without regular maintenance", "we'd never go without it":
        // "never" and a "without" after it in one clause undo each other, a yes.
        let undone = negations.filter { keys[$0] == "without" && keys[starts[$0]..<$0].contains { $0 == "never" } }
        if !undone.isEmpty {
            negations.removeAll(where: undone.contains)
            cues.removeAll { cue in
                keys[cue.range.lowerBound] == "never" && undone.contains { starts[$0] == starts[cue.range.lowerBound] && $0 > cue.range.lowerBound }
            }
            if !cues.contains(where: { cue in undone.contains { starts[$0] == starts[cue.range.lowerBound] } && cue.value != .neutral }) {
                cues.append(PhraseMatch(range: undone[0]..<undone[0] + 1, value: .yes))
            }
        }
        // "we'd want regular checks so it doesn't happen", "… because it never gets done": a
        // purpose or a reason after an answer in its sentence, whose negation is no "no".
        let sentences = scope.line.sentenceStarts
        let said = cues.filter { $0.value != .neutral }
        // (Not what nobody or the business does: "because right now nobody does", "so we don't"
        // are answers.)
        let givesAReason = { (position: Int) in
            let start = starts[position]
            return start > 0 && keys[start - 1].map(["so", "because", "cos", "coz"].contains) == true
                && keys[position].map(["nobody", "noone", "no", "none"].contains) != true
                && keys[start].map(["nobody", "noone", "no", "none", "we", "wed", "weve"].contains) != true
                && said.contains { $0.range.upperBound <= start && sentences[$0.range.lowerBound] == sentences[position] }
        }
        cues.removeAll { ($0.value == .no || $0.value == .hedgedNo) && !ownNos.contains($0.range) && givesAReason($0.range.lowerBound) }
        var found = Finding(stance: stance)
        if letterAmidOthers { found.stance.hedged = true }
        // "nno", "yyes": the first letter doubled is a slip of the keys, not a stretch.
        let slipped = cues.contains { cue in
            guard let key = keys[cue.range.lowerBound], key.count > 2, cueKeys[cue.range.lowerBound] != key else { return false }
            return key.first == key.dropFirst().first
        }
        if slipped { found.stance.hedged = true }
        for cue in cues {
            let start = starts[cue.range.lowerBound]
            switch cue.value {
            case .yes, .hedgedYes:
                let isNo = { (other: PhraseMatch<Cue>) in other.value == .no || other.value == .hedgedNo }
                // "nobody checks", "absolutely not", "checked by nobody".
                let negated =
                    negations.contains { $0 >= start && $0 < cue.range.lowerBound }
                    || cues.contains { isNo($0) && $0.range.upperBound <= cue.range.lowerBound && $0.range.lowerBound >= start }
                    || negations.contains(cue.range.upperBound)
                    || cue.range.upperBound < keys.count && keys[cue.range.upperBound] == "by"
                        && (negations.contains(cue.range.upperBound + 1) || cues.contains { isNo($0) && $0.range.lowerBound == cue.range.upperBound + 1 })
                found.add(.boolean(!negated))
            case .no where negations.contains(where: { $0 >= start && $0 < cue.range.lowerBound }) || saidNeverAgain(before: cue, in: scope, cues):
                // One of the question's own noes after "never again" is a yes, unsure ("Never again
                // the only-when-it-breaks"); a no negated ("don't just fix it when it breaks",
                // "I don't want anyone poking around" — a no already) is not read either way.
                if ownNos.contains(cue.range), saidNeverAgain(before: cue, in: scope, cues) {
                    found.add(.boolean(true))
                    found.stance.hedged = true
                }
            case .no, .hedgedNo:
                found.add(.boolean(false))
            case .neutral:
                break
            }
            if cue.value == .hedgedYes || cue.value == .hedgedNo { found.stance.hedged = true }
        }
        // A negation that negated no yes is a no of its own ("not regularly", "we haven't").
        for negation in negations where loneNegations && !found.values.contains(.boolean(false)) {
            let start = starts[negation]
            let negatesACue = cues.contains { starts[$0.range.lowerBound] == start }
            if !negatesACue && !givesAReason(negation) && !isContrast(negation, in: scope.line) {
                found.add(.boolean(false))
                // "it's been fine for years without anyone touching it": a no only implied.
                if keys[negation] == "without" { found.stance.hedged = true }
            }
        }
        // "my partner does", "we do that every week".
        for position in keys.indices where !taken.contains(position) {
            guard let key = keys[position], doWords.contains(key) else { continue }
            let next = position + 1 < keys.count ? keys[position + 1] : nil
            // ("Gary does I think": a hedge after it.)
            let hedgedAfter = next == "i" && position + 2 < keys.count && keys[position + 2].map(["think", "believe", "reckon", "guess"].contains) == true
            guard next == nil || next.map(afterDo.contains) == true || hedgedAfter else { continue }
            let negated =
                negations.contains { starts[$0] == starts[position] && $0 < position }
                || cues.contains { ($0.value == .no || $0.value == .hedgedNo) && starts[$0.range.lowerBound] == starts[position] }
            if !negated { found.add(.boolean(true)) }
        }
        found.sortBooleans()
        return found
    }

    /// A yes or no said first, in a sentence of its own or before a comma, and a story after it
    /// whose words seem to say the other ("Yes, I'd like someone to keep it healthy. Since my
    /// brother passed there's nobody here who understands it."): the first sentence's reading,
    /// unless the rest holds one of the question's own phrases for the other answer; nil otherwise.
    static func saidFirst(_ scope: Scope, answers: PhraseTable<AnswerValue>) -> Finding? {
        let line = scope.line
        guard let first = scope.positions.first(where: { line.keys[$0] != nil }), let key = line.keys[first],
            ["yes", "yeah", "yep", "yup", "no", "nope", "nah"].contains(key)
        else { return nil }
        // ("Yes please.", "No thanks,")
        let after = line.keys.indices.contains(first + 1) && line.keys[first + 1].map(["please", "thanks", "sir"].contains) == true ? first + 2 : first + 1
        guard after < line.tokens.count, case .mark = line.tokens[after] else { return nil }
        let sentences = line.sentenceStarts
        let opening = Scope(line: line, included: scope.included.indices.map { scope.included[$0] && sentences[$0] == sentences[first] })
        let found = readYesNo(opening, answers: answers, singleLetters: true)
        guard found.values.count == 1, let said = found.values.first else { return nil }
        let rest = Scope(line: line, included: scope.included.indices.map { scope.included[$0] && sentences[$0] != sentences[first] })
        return answers.longestMatches(in: rest.stems).contains { $0.value != said } ? nil : found
    }

    /// Whether the negation at `position` only sets one thing against another at the end of a
    /// sentence ("Desk phones, not mobiles"): a correction of which things, not a no.
    static func isContrast(_ position: Int, in line: TypedLine) -> Bool {
        let keys = line.keys
        guard keys[position] == "not", position >= 2, position + 1 < keys.count, line.tokens[position - 1] == .mark(","),
            let before = keys[position - 2], let after = keys[position + 1], before.count > 3, after.count > 3,
            before.hasSuffix("s"), after.hasSuffix("s")
        else { return false }
        return position + 2 == keys.count || keys[position + 2] == nil
    }

    /// Verbs of what the owner has or has not tried ("never had", "never used").
    static let untriedVerbs: Set<String> = ["had", "tried", "used", "needed", "done", "thought", "looked", "asked"]

    /// Whether "never again" comes before `cue` in its sentence ("Never again the
    /// only-when-it-breaks."): what follows is turned down.
    static func saidNeverAgain(before cue: PhraseMatch<Cue>, in scope: Scope, _ cues: [PhraseMatch<Cue>]) -> Bool {
        let sentences = scope.line.sentenceStarts
        return cues.contains { other in
            other.value == .neutral && other.range.upperBound <= cue.range.lowerBound && sentences[other.range.lowerBound] == sentences[cue.range.lowerBound]
                && scope.keys[other.range.lowerBound] == "never" && scope.keys[other.range.upperBound - 1] == "again"
        }
    }
}
