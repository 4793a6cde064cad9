import AdvisorModel

/// What can still happen to the recommendation while some questions are unanswered.
public struct PartialResult: Sendable, Hashable {
    /// Every option that some answers to the open questions would make the recommendation, in option order.
    public var possibleRecommendations: [OptionIndex]
    /// Unanswered questions whose answer could still change the recommendation, most influential first.
    public var openQuestions: [OpenQuestion]
    /// Unanswered questions that cannot change the recommendation whatever their answer.
    public var irrelevantQuestions: [QuestionIndex]
    /// For each option, the lowest and highest score the unanswered questions allow; empty when
    /// `Engine.analyze` was asked not to work them out.
    public var scoreRanges: [ClosedRange<Int>]

    /// The recommendation, when no answer to the open questions could change it.
    public var settledRecommendation: OptionIndex? {
        possibleRecommendations.count == 1 ? possibleRecommendations[0] : nil
    }

    /// An unanswered question that matters, and how much.
    public struct OpenQuestion: Sendable, Hashable {
        /// The question.
        public var question: QuestionIndex
        /// The share (0–1] of combinations of the other open answers in which this answer changes
        /// the recommendation: counted over every combination when the open questions have at
        /// most `Engine.influenceCombinations` of them, else estimated from `Engine.influenceDraws`
        /// combinations drawn at random with a fixed seed (a question that can change the
        /// recommendation but did so in none of them gets half of one draw's share). Whether a
        /// question is open at all is exact; only this ordering weight is estimated.
        public var influence: Double
    }
}

extension Engine {
    /// Up to how many combinations of the open answers influence is counted exactly.
    public static let influenceCombinations = 4_096
    /// How many combinations influence is estimated from beyond that.
    public static let influenceDraws = 64

    /// Works out whether the recommendation is settled, which unanswered questions could change
    /// it, and (unless `scoreRanges` is false) the score ranges. Exact at any size: the reasoning
    /// core (`Reasoner`) proves each result over every completion of the answers, without trying
    /// them one by one. Deciding the outcome is what the chat needs at each answer and is fast;
    /// the exact highest and lowest scores over many open questions that interact can take much
    /// longer, so callers that do not show them leave them out.
    public func analyze(_ answers: Answers, scoreRanges: Bool = true) -> PartialResult {
        let reasoner = Reasoner(model: model)
        var state = BoundState(model: model, values: reasoner.values(of: answers))
        let leaders = reasoner.leaders(&state)
        let possible = leaders.keys.sorted()
        let ranges = scoreRanges ? reasoner.scoreRanges(&state) : []
        let open = answers.unanswered
        guard possible.count > 1 else {
            return PartialResult(possibleRecommendations: possible, openQuestions: [], irrelevantQuestions: open, scoreRanges: ranges)
        }
        let influence = influenceShares(state, open: open)
        var known = influence.pivots
        let witnesses = possible.compactMap { leaders[$0] }
        known.formUnion(walks(between: witnesses, open: open, state: state))
        known.formUnion(probes(between: witnesses, open: open.filter { !known.contains($0) }))
        let relevant = reasoner.relevance(&state, free: open, known: known, starts: witnesses)
        let floor = 0.5 / Double(max(1, influence.draws))
        let openQuestions = open.filter { relevant[$0] == true }.map { question in
            PartialResult.OpenQuestion(question: question, influence: max(floor, influence.shares[question] ?? 0))
        }
        return PartialResult(
            possibleRecommendations: possible,
            openQuestions: Self.byInfluence(openQuestions),
            irrelevantQuestions: open.filter { relevant[$0] != true },
            scoreRanges: ranges)
    }

    /// Each option's lowest and highest score over the completions of `answers`, exactly.
    public func scoreRanges(_ answers: Answers) -> [ClosedRange<Int>] {
        let reasoner = Reasoner(model: model)
        var state = BoundState(model: model, values: reasoner.values(of: answers))
        return reasoner.scoreRanges(&state)
    }

    /// The recommendation if no answer to the open questions can change it (cheaper than `analyze`).
    package func settledRecommendation(_ answers: Answers) -> OptionIndex? {
        let reasoner = Reasoner(model: model)
        var state = BoundState(model: model, values: reasoner.values(of: answers))
        return reasoner.settled(&state)
    }

    /// For each open question, the share of combinations of the open answers (all of them, or a
    /// fixed-seed sample) in which changing it alone changes the recommendation; and the
    /// questions seen to do so.
    private func influenceShares(_ state: BoundState, open: [QuestionIndex]) -> (shares: [QuestionIndex: Double], pivots: Set<QuestionIndex>, draws: Int) {
        let sizes = open.map { model.domainSizes[$0] }
        var total = 1
        for size in sizes {
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            total = overflow ? Int.max : product
        }
        var counts: [QuestionIndex: Int] = [:]
        if total <= Self.influenceCombinations {
            countChanges(state, open: open, sizes: sizes, total: total, into: &counts)
        } else {
            var leaf = Reasoner.completion(state)
            var seed: UInt64 = 0x5EED
            for _ in 0..<Self.influenceDraws {
                for (position, question) in open.enumerated() { leaf[question] = Int(SplitMix.next(&seed) % UInt64(sizes[position])) }
                let scorer = LeafScorer(model: model, value: leaf)
                let leader = scorer.leader
                for question in open where scorer.leaders(across: question).contains(where: { $0 != leader }) {
                    counts[question, default: 0] += 1
                }
            }
            total = Self.influenceDraws
        }
        let shares = counts.mapValues { Double($0) / Double(max(1, total)) }
        return (shares, Set(counts.keys), total)
    }

    /// Every combination of the open answers: for each question, in how many its answer alone
    /// changes the recommendation (counting each combination of the other answers once per value).
    private func countChanges(_ state: BoundState, open: [QuestionIndex], sizes: [Int], total: Int, into counts: inout [QuestionIndex: Int]) {
        var scorer = LeafScorer(model: model, value: Reasoner.completion(state))
        var digits = Array(repeating: 0, count: open.count)
        var leaders = Array(repeating: 0, count: total)
        for combination in 0..<total {
            leaders[combination] = scorer.leader
            guard let moved = MixedRadix.increment(&digits, radices: sizes) else { break }
            for position in moved..<open.count { scorer.set(open[position], digits[position]) }
        }
        // Combination numbers: the last open question varies fastest.
        var stride = 1
        for position in open.indices.reversed() {
            let radix = sizes[position]
            var changing = 0
            for base in 0..<total where (base / stride) % radix == 0 {
                let first = leaders[base]
                if (1..<radix).contains(where: { leaders[base + $0 * stride] != first }) { changing += 1 }
            }
            if changing > 0 { counts[open[position]] = changing * radix }
            stride *= radix
        }
    }

    /// Walks from each witness to the next one answer at a time; a step that changes the
    /// recommendation shows that its question matters.
    private func walks(between witnesses: [[Int]], open: [QuestionIndex], state: BoundState) -> Set<QuestionIndex> {
        var found: Set<QuestionIndex> = []
        for (from, to) in zip(witnesses, witnesses.dropFirst() + witnesses.prefix(1)) where from != to {
            var scorer = LeafScorer(model: model, value: from)
            for question in open where from[question] != to[question] {
                let before = scorer.leader
                scorer.set(question, to[question])
                if scorer.leader != before { found.insert(question) }
            }
        }
        return found
    }

    /// For each question not yet seen to matter: walks from each witness to each other one,
    /// changing the other answers one at a time, and tries every value of the question at each
    /// step, where the recommendation is about to tip. (A quick look for a witness; the search in
    /// `Reasoner.relevance` decides the questions it misses.)
    private func probes(between witnesses: [[Int]], open: [QuestionIndex]) -> Set<QuestionIndex> {
        var found: Set<QuestionIndex> = []
        for question in open {
            probing: for from in witnesses {
                for to in witnesses where to != from {
                    var scorer = LeafScorer(model: model, value: from)
                    for step in open where step != question && from[step] != to[step] {
                        scorer.set(step, to[step])
                        let leader = scorer.leader
                        if scorer.leaders(across: question).contains(where: { $0 != leader }) {
                            found.insert(question)
                            break probing
                        }
                    }
                }
            }
        }
        return found
    }

    private static func byInfluence(_ questions: [PartialResult.OpenQuestion]) -> [PartialResult.OpenQuestion] {
        questions.enumerated().sorted {
            $0.element.influence != $1.element.influence ? $0.element.influence > $1.element.influence : $0.offset < $1.offset
        }.map(\.element)
    }
}
