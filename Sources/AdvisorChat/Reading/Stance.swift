/// How sure the owner sounds: "I don't know", hedges ("probably", "I guess") and doubt
/// ("sometimes", "it depends", "if"). These are English, the same for every question, so they are
/// written here rather than in the rule files.
extension PlainAnswerReader {
    /// What a scope says about how sure the owner is, beside any answer in it.
    package struct Stance {
        /// Tokens of the stance phrases found: not read for an answer.
        package var covered: Set<Int> = []
        /// Tokens left unread because "I don't know" governs them: the rest of its clause ("I don't
        /// know if fixed is better" asserts nothing about fixed).
        var unasserted: Set<Int> = []
        /// The owner says they do not know ("I don't know", "not sure", "no idea", "skip").
        package var dontKnow = false
        /// The owner hedges ("probably", "I guess", "maybe", "I think"): an answer is unsure.
        var hedged = false
        /// The owner makes the answer partial or conditional ("sometimes", "it depends", "if",
        /// "used to"): no answer can be taken from it.
        var doubtful = false

        /// The tokens not to read for an answer.
        var excluded: Set<Int> { covered.union(unasserted) }
    }

    /// Phrases saying "I don't know".
    static let dontKnowPhrases = [
        "dont know", "do not know", "didnt know", "dunno", "idk", "no idea", "no clue", "not a clue", "havent a clue",
        "havent got a clue", "havent the foggiest", "not the foggiest", "unsure", "uncertain", "cant say", "cannot say",
        "couldnt say", "cant tell", "cannot tell", "couldnt tell", "hard to say", "hard to tell", "difficult to say",
        "beats me", "who knows", "god knows", "search me", "no comment", "rather not say", "not telling", "no notion",
        "cant remember", "dont remember", "could not say", "can not say", "would not say", "not a scooby", "how would i know", "how should i know",
        "how am i supposed to know",
        "how am i meant to know", "how do i know", "who can say", "who can tell", "your guess is as good as mine",
        // Not thought about yet: no answer either way.
        "havent thought about it", "not thought about it", "never thought about it", "havent really thought about it",
        "havent given it any thought", "not given it any thought", "never given it any thought", "havent considered it",
        "not something ive thought about", "no opinion yet", "havent made my mind up", "not made my mind up",
        "havent decided", "not decided", "undecided", "wouldnt know", "would not know", "have to ask", "need to ask",
        "need to check", "have to check", "ask my", "would need to find out", "have to find out",
        // Would rather not say.
        "rather not go into", "rather not get into", "prefer not to say", "prefer not to go into", "rather not discuss",
        // Not the one to ask.
        "asking the wrong person", "wrong person to ask", "not the right person to ask", "not the person to ask",
        "whod know", "who would know", "who would know that", "cant decide", "cannot decide", "havent decided yet",
        "have to talk to", "need to talk to", "talk it over", "need to discuss", "have to discuss", "above my pay grade",
        "why would i know", "supposed to know", "meant to know", "not my department", "not my area",
        // Named as one of two guesses: "it might be Luis, it might be nobody".
        "might be nobody", "could be nobody", "might be no one", "could be no one",
    ]
    static let dontKnowTable = PhraseTable<Bool>(words(dontKnowPhrases).map { ($0, true) })
    /// "not sure", "not so sure", "not entirely certain": a negation, at most two of these, then "sure".
    static let notSureNegations: Set<String> = ["not", "never"]
    static let notSureIntensifiers: Set<String> = [
        "so", "too", "really", "quite", "entirely", "totally", "completely", "exactly", "very", "all", "that", "100", "even",
    ]
    static let sureWords: Set<String> = ["sure", "certain", "positive", "confident"]
    /// "I wouldn't have a clue", "haven't got the faintest idea": a negation, at most three words, then one of these.
    static let clueWords: Set<String> = ["clue", "idea", "notion", "foggiest", "faintest", "inkling"]
    /// Words that ask to leave the question, when the rest of the line is only `skipFillers`.
    static let skipWords: Set<String> = ["skip", "pass", "next", "later", "dunno"]
    static let skipFillers: Set<String> = [
        "please", "pls", "i", "ill", "id", "lets", "let", "me", "just", "this", "that", "it", "one", "question", "for",
        "now", "on", "the", "we", "can", "rather", "to", "go", "ok", "okay", "thanks", "thank", "you", "come", "back",
        "can", "answer", "maybe", "sorry", "move", "ask", "something", "else", "over",
    ]
    /// Who else may not know something ("they don't know", "customers have no idea").
    static let thirdPersons: Set<String> = ["they", "he", "she", "customers", "clients", "patients", "guests", "nobody", "noone", "kids"]
    /// Hedges: an answer beside them is probable, not sure.
    static let hedges = [
        "probably", "prob", "probs", "maybe", "perhaps", "possibly", "likely", "presumably", "hopefully", "guess",
        "suppose", "think", "believe", "reckon", "imagine", "assume", "id say", "i would say", "kind of", "sort of",
        "kinda", "sorta", "more or less", "mostly", "as far as i know", "afaik", "pretty sure", "fairly sure",
        "i hope", "seems", "seem", "apparently", "might", "may be", "could be", "in a way",
        "rarely", "seldom", "hardly", "barely", "scarcely", "doubt", "lean towards", "leaning towards", "lean toward",
        "leaning toward", "inclined to", "tempted to", "tend to think", "on balance", "thnk", "thnik", "suspect", "less sure", "guessing", "dont quote me",
        // Only in part of the year: "in summer we'd lose real money".
        "in summer", "in the summer", "in winter", "in the winter", "busy season", "in season", "at peak",
    ]
    /// Hedges that also negate what follows them ("I doubt anybody checks"): left for negation to read.
    static let negatingHedges: Set<String> = ["rarely", "seldom", "hardly", "barely", "scarcely", "doubt"]
    static let hedgeTable = PhraseTable<Bool>(words(hedges).map { ($0, true) })
    /// Set phrases that say nothing about the answer, though they hold "if" or "honest": "if I'm
    /// honest", "to be fair".
    static let fillers = [
        "if im honest", "if im being honest", "if i am honest", "to be honest", "tbh", "to be fair", "if you ask me",
        "if that makes sense", "if thats alright", "if thats ok", "if thats okay", "if you like", "if you must know",
        "whatever happens", "whatever you do", "if im being straight with you", "if im being straight", "if im straight with you",
        "to be straight with you", "if im being truthful", "truth be told", "if im being real", "if im being completely honest",
        // An admission beside the answer: "nobody tests them, I know I should".
        "i know i should", "i know we should", "we know we should", "we really should", "we should really", "which we should",
        "even if", "things we ought to do", "i should add", "i should say", "depends on them", "depend on them", "depends on it",
        "depend on it", "depends on the system", "depend on the system", "i dont understand", "i dont really understand", "whatever that means",
        "whatever that is", "if thats what youre getting at", "if thats what you mean",
        "if thats what youre asking", "whatever they are", "whatever its called", "i really should", "i should really", "so someone should", "someone should",
        "so i dont have to", "so we dont have to",
    ]
    static let fillerTable = PhraseTable<Bool>(words(fillers).map { ($0, true) })
    /// Doubt: the answer is conditional or partial, so none is taken.
    static let doubts = [
        "depends", "depending", "partly", "partially", "should", "ought", "supposed to", "meant to", "in theory",
        "never mind", "nevermind", "when we remember",
        // A price as the condition: "if fixed is cheaper then fixed", "if it's not too dear".
        "is cheaper", "if its cheaper", "if cheaper", "if the price is right", "if its not too dear", "if its not too expensive",
        "depends on the price", "depending on the price", "if its only", "if its just", "if its a few", "if its not too", "if its under",
        "depends what it costs", "depends on the cost",
    ]
    static let doubtTable = PhraseTable<Bool>(words(doubts).map { ($0, true) })
    /// A yes only in part, or only under a condition: "sometimes", "if it's cheap", "we used to".
    /// For a choice these describe what is chosen ("occasional, sometimes large bills", "if we're
    /// down we lose money"), so they count only for yes-or-no questions.
    package static let frequencies = [
        "sometimes", "occasionally", "now and then", "from time to time", "on and off", "once in a while",
        "every so often", "not always", "half the time", "some of the time", "not every", "if", "unless", "used to",
    ]
    static let frequencyTable = PhraseTable<Bool>(words(frequencies).map { ($0, true) })
    /// Someone outside the business doing it ("our IT contractor checks them"): for a question
    /// about the business itself, a yes only probable.
    static let outsiders = [
        "contractor", "it company", "it guy", "it firm", "it bloke", "computer man", "computer guy", "computer company", "outside company",
        "it provider", "it support company", "support company", "external company",
    ]
    static let outsiderTable = PhraseTable<Bool>(words(outsiders).map { ($0, true) })
    /// What was done once and is no more.
    static let stoppedTable = PhraseTable<Bool>(words(["not any more", "not anymore", "no longer", "not now"]).map { ($0, true) })

    /// "how would I tell?", "how do I measure that?", "how could we possibly count them?": a
    /// question asked back about how the owner could know or judge the answer says they do not
    /// know it. "how" and a modal, a subject, at most a few of `askedBackFillers`, then one of
    /// `judgingVerbs` (or "put a number on").
    static let askedBackModals: Set<String> = ["would", "could", "can", "do", "does", "should", "shall", "will", "might", "am", "are"]
    static let askedBackSubjects: Set<String> = ["i", "we", "you", "anyone", "anybody", "one"]
    static let askedBackFillers: Set<String> = ["possibly", "even", "ever", "really", "actually", "supposed", "meant", "to", "be", "able"]
    static let judgingVerbs: Set<String> = [
        "know", "tell", "say", "judge", "guess", "estimate", "measure", "count", "quantify", "calculate", "gauge", "assess",
        "work", "figure", "find",
    ]
    static let amountNouns: Set<String> = ["number", "figure", "price", "value"]

    /// Whether `line` starts "how would I", "how do we", …
    static func startsAskingHow(_ line: TypedLine) -> Bool {
        let words = line.keys.lazy.compactMap { $0 }.prefix(4)
        return words.count >= 4 && words.first == "how" && askedBackModals.contains(words.dropFirst().first!)
            && askedBackSubjects.contains(words.dropFirst(2).first!)
    }

    /// Whether `line` is one sentence that asks back how, typed without its question mark ("how
    /// would i even check that").
    static func asksHowWithoutMark(_ line: TypedLine) -> Bool {
        startsAskingHow(line) && !line.tokens.contains { [.mark("."), .mark("!"), .mark("?")].contains($0) }
    }

    /// Whether `line` opens with a question asking how to do what is asked, more following it
    /// ("How would we even check a thing like that? I can barely find the on switch."), other
    /// than how one could know ("how would I know? …", a don't-know read elsewhere).
    static func opensAskingHow(_ line: TypedLine) -> Bool {
        guard startsAskingHow(line), let end = line.tokens.firstIndex(where: { [.mark("."), .mark("!"), .mark("?")].contains($0) }),
            line.tokens[end] == .mark("?"), line.keys[(end + 1)...].contains(where: { $0 != nil })
        else { return false }
        return !asksHowToKnow(TypedLine(text: line.text, tokens: Array(line.tokens[...end])))
    }

    /// Whether `line` asks back what to count ("Do part-timers count?", "does that include the
    /// drivers?"): the owner is not sure what the number should hold.
    static func asksWhatCounts(_ line: TypedLine) -> Bool {
        var start = 0
        for (position, token) in line.tokens.enumerated() {
            guard case .mark(let mark) = token, [".", "!", "?"].contains(mark) else { continue }
            defer { start = position + 1 }
            let words = line.keys[start..<position].compactMap { $0 }
            if mark == "?", let first = words.first, ["do", "does", "should", "would", "is", "are", "what"].contains(first),
                words.contains(where: ["count", "counts", "counted", "include", "includes", "included"].contains)
            {
                return true
            }
        }
        return false
    }

    /// Whether `line` asks back how one could know or judge the answer ("how would I tell?").
    static func asksHowToKnow(_ line: TypedLine) -> Bool {
        let words = line.keys.compactMap { $0 }
        guard words.count >= 4, words[0] == "how", askedBackModals.contains(words[1]), askedBackSubjects.contains(words[2]) else {
            return false
        }
        var index = 3
        while index < min(words.count, 7), askedBackFillers.contains(words[index]) { index += 1 }
        guard index < words.count else { return false }
        if judgingVerbs.contains(words[index]) { return true }
        // "how would I put a number on that?"
        return words[index] == "put" && index + 2 < words.count && words[index + 1] == "a" && amountNouns.contains(words[index + 2])
    }

    /// First words of a line that make it a question asked back ("what do you mean?", "do we?");
    /// any other line ending in "?" is an answer said with doubt ("maybe 8?", "fixed?").
    static let questionWords: Set<String> = [
        "what", "how", "why", "which", "who", "whom", "whose", "when", "where", "do", "does", "did", "is", "are", "was",
        "were", "can", "could", "should", "would", "will", "shall", "may", "have", "has", "had", "am", "isnt", "arent",
        "dont", "doesnt", "didnt", "wont", "cant", "wouldnt", "shouldnt", "couldnt", "huh", "eh", "pardon", "sorry", "whats", "hows",
        "whos", "wheres", "whys",
    ]

    /// The stance of `scope`, outside the tokens already `claimed` by an answer phrase;
    /// `frequencies` counts "sometimes" and the like as doubt (for yes-or-no questions).
    static func stance(in scope: Scope, claimed: Set<Int>, frequencies: Bool = false) -> Stance {
        let keys = scope.keys
        var stance = Stance()
        func cover(_ range: Range<Int>) { stance.covered.formUnion(range) }
        for match in dontKnowTable.longestMatches(in: keys, outside: claimed) {
            // "the lads don't know where they're going": someone else's, not the owner's.
            if match.range.lowerBound > 0, let before = keys[match.range.lowerBound - 1],
                thirdPersons.contains(before)
                    || personNouns.contains(before) || personPlurals.contains(before)
            {
                continue
            }
            stance.dontKnow = true
            cover(match.range)
        }
        // "not sure", "I'm not so sure", "not 100% certain".
        var doubting: [Range<Int>] = []
        for position in keys.indices where !claimed.contains(position) {
            guard let key = keys[position], notSureNegations.contains(key) else { continue }
            var next = position + 1
            var skipped = 0
            while skipped < 2, next < keys.count, let word = keys[next] ?? (scope.line.tokens[next] == .mark("%") ? "%" : nil),
                notSureIntensifiers.contains(word) || word == "%"
            {
                next += 1
                skipped += 1
            }
            if next < keys.count, let word = keys[next], sureWords.contains(word), !claimed.contains(next) {
                // "not sure it matters", "not sure I mind": a doubt that it does, so a hedge.
                let after = keys[(next + 1)...].lazy.compactMap { $0 }.prefix(3)
                if ["it", "i", "we"].contains(after.first ?? ""), after.dropFirst().contains(where: ["matters", "matter", "mind", "care"].contains) {
                    stance.hedged = true
                    doubting.append(position..<next + 1)
                } else {
                    stance.dontKnow = true
                    cover(position..<next + 1)
                }
            }
        }
        for position in keys.indices where !claimed.contains(position) && keys[position].map(negators.contains) == true {
            let window = (position + 1)..<min(keys.count, position + 5)
            if let clue = window.first(where: { keys[$0].map(clueWords.contains) == true }),
                !(position..<clue + 1).contains(where: { keys[$0] == nil || claimed.contains($0) })
            {
                stance.dontKnow = true
                cover(position..<clue + 1)
            }
        }
        // What "I don't know" governs: the rest of its clause.
        let starts = negationClauseStarts(scope.line)
        for position in stance.covered.sorted() {
            var next = position + 1
            while next < keys.count, starts[next] == starts[position] {
                if !stance.covered.contains(next) { stance.unasserted.insert(next) }
                next += 1
            }
        }
        for range in doubting { cover(range) }
        // "skip", "pass": only when the line says nothing else.
        let words = scope.positions.compactMap { keys[$0] }
        if words.contains(where: skipWords.contains), words.allSatisfy({ skipWords.contains($0) || skipFillers.contains($0) }) {
            stance.dontKnow = true
            stance.covered.formUnion(scope.positions)
            stance.unasserted.formUnion(scope.positions)
        }
        for match in fillerTable.longestMatches(in: keys, outside: claimed.union(stance.excluded)) { cover(match.range) }
        let taken = claimed.union(stance.excluded)
        for match in doubtTable.longestMatches(in: keys, outside: taken) {
            stance.doubtful = true
            cover(match.range)
        }
        if frequencies {
            for match in frequencyTable.longestMatches(in: keys, outside: taken.union(stance.covered)) {
                // "we used to, but not any more": the past, then a plain no for now.
                if Array(keys[match.range]) == ["used", "to"], stoppedTable.longestMatches(in: Array(keys[match.range.upperBound...])).count > 0 {
                    cover(match.range)
                    continue
                }
                stance.doubtful = true
                cover(match.range)
            }
        }
        if frequencies, !outsiderTable.longestMatches(in: keys, outside: taken).isEmpty { stance.hedged = true }
        for match in hedgeTable.longestMatches(in: keys, outside: taken.union(stance.covered)) {
            stance.hedged = true
            if !negatingHedges.contains(keys[match.range.lowerBound] ?? "") {
                cover(match.range)
            }
        }
        return stance
    }
}
