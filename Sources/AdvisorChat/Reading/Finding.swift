import AdvisorModel

extension PlainAnswerReader {
    /// What a scope says about one question: the answers found in it, how sure the owner sounds,
    /// and whether a word had to be read as a near spelling of a known one.
    package struct Finding {
        /// The distinct answers found, in order.
        package private(set) var values: [AnswerValue] = []
        var stance = Stance()
        /// The line was read with misspelt words of the question corrected.
        var corrected = false
        /// Something that makes a number unreadable as a count: a bound, a fraction, a guess ("more
        /// than 10", "7.5", "a few"), or a count phrase beside other people ("me and my partner and 3
        /// staff").
        var vague = false
        /// The count was worked out rather than said: the owner added themselves to a number ("me
        /// and one assistant" → 2), so it is confirmed before it is taken.
        package var derived = false
        /// The answer is the most of several ordered choices named ("three sites and a server in
        /// each": complex), confirmed when asked, but plain enough to be taken as a fact.
        var mostNamed = false

        package mutating func add(_ value: AnswerValue) {
            if !values.contains(value) { values.append(value) }
        }

        /// Yes before no, whatever their order in the line.
        mutating func sortBooleans() {
            values.sort { $0 == .boolean(true) && $1 == .boolean(false) }
        }

        /// The reading, by these definitions:
        /// - declined as `.notUnderstood` when the line is vague or partial ("more than 10",
        ///   "sometimes", "it depends", "yes if it's cheap"), or when no answer is found;
        /// - declined as `.ambiguous` when two or more answers are found;
        /// - `.dontKnow` when none is and the owner says they do not know ("I don't know", "skip"),
        ///   whatever doubt or vague word goes with it ("idk, depends on the day");
        /// - `.unsure` when exactly one is, but hedged ("probably not", "I guess so", "maybe 12"),
        ///   beside "I don't know" ("not sure, maybe 12"), read through a misspelling ("fixd"), or
        ///   worked out ("me and one assistant");
        /// - `.answer`, sure, when exactly one is and nothing weakens it.
        package var interpretation: Interpretation {
            // ("idk, depends on the day": not knowing, whatever doubt goes with it.)
            if values.isEmpty && stance.dontKnow && !stance.hedged { return .dontKnow }
            if vague || stance.doubtful { return .notUnderstood }
            if values.count > 1 { return .ambiguous(values) }
            guard let value = values.first else { return stance.dontKnow ? .dontKnow : .notUnderstood }
            return stance.hedged || stance.dontKnow || corrected || derived ? .unsure(value) : .answer(value)
        }

        /// A sure answer, the only kind taken as a fact about a question not being asked (or the
        /// most of the ordered choices named, when nothing else weakens it).
        var sureValue: AnswerValue? {
            if case .answer(let value) = interpretation { return value }
            if mostNamed, !vague, !stance.doubtful, !stance.dontKnow, !corrected, values.count == 1 { return values.first }
            return nil
        }
    }
}
