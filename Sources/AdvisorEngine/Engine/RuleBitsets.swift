import AdvisorModel

/// The conjunction rules of a rule base as bitsets, one per question and answer stretch, so that
/// the rules that fire for a case are the AND of one bitset per question, 64 rules per word.
///
/// A question's answers are cut into stretches at every bound of its literals, so within one
/// stretch every literal on the question keeps its truth; one more stretch stands for "not
/// answered". Bit `r` of the set for (question, stretch) is 1 when rule `r` is a conjunction whose
/// literals on that question all pass there (or it has none). A conjunction fires exactly when
/// its bit is 1 in the sets of all questions, so a case costs a binary search per question and a
/// few word operations per 64 rules, instead of work per rule. Rules that are never true or need
/// a program have 0 bits and are evaluated apart.
package struct RuleBitsets: Sendable {
    /// 64-bit words per set.
    let wordsPerSet: Int
    /// The questions that have literals, and for each its cut points (sorted).
    package let questions: [Int]
    package let cuts: [[Int]]
    /// Where the sets of `questions[i]` start in `words`: set `s` (stretch `s`, with the last
    /// one for "not answered") is `words[start + s * wordsPerSet ..< …]`.
    package let starts: [Int]
    package let words: [UInt64]
    /// The conjunction rules (the bits a case starts from).
    let conjunctions: [UInt64]

    /// Nil when the sets would take more than `budget` words (many thresholds on many rules),
    /// or when the budget is 0.
    package init?(rules: [CompiledCondition], questionCount: Int, budget: Int) {
        guard budget > 0 else { return nil }
        let ruleCount = rules.count
        wordsPerSet = max(1, (ruleCount + 63) / 64)
        var literalsOn = Array(repeating: [(rule: Int, literal: CompiledLiteral)](), count: questionCount)
        var conjunctions = Array(repeating: UInt64(0), count: wordsPerSet)
        for (rule, condition) in rules.enumerated() {
            guard case .conjunction(let literals) = condition else { continue }
            conjunctions[rule >> 6] |= 1 << UInt64(rule & 63)
            for literal in literals { literalsOn[literal.slot].append((rule, literal)) }
        }
        var questions: [Int] = [], cuts: [[Int]] = [], stretchCounts: [Int] = []
        var total = 0
        for question in 0..<questionCount where !literalsOn[question].isEmpty {
            var points: Set<Int> = []
            for (_, literal) in literalsOn[question] {
                if literal.lower != Int.min { points.insert(literal.lower) }
                if literal.upper != Int.max { points.insert(literal.upper + 1) }
            }
            let sorted = points.sorted()
            questions.append(question)
            cuts.append(sorted)
            stretchCounts.append(sorted.count + 2)
            total += (sorted.count + 2) * wordsPerSet
            guard total <= budget else { return nil }
        }
        var words = [UInt64](repeating: 0, count: total)
        var starts: [Int] = []
        var start = 0
        for (position, question) in questions.enumerated() {
            starts.append(start)
            let points = cuts[position]
            for stretch in 0..<stretchCounts[position] {
                let base = start + stretch * wordsPerSet
                for word in 0..<wordsPerSet { words[base + word] = conjunctions[word] }
                // A value inside the stretch; the last stretch is "not answered".
                let value: Int
                if stretch == stretchCounts[position] - 1 {
                    value = AnswerVector.unanswered
                } else if stretch == 0 {
                    value = points.first.map { $0 &- 1 } ?? 0
                } else {
                    value = points[stretch - 1]
                }
                for (rule, literal) in literalsOn[question] where !literal.passes(value) {
                    words[base + (rule >> 6)] &= ~(1 << UInt64(rule & 63))
                }
            }
            start += stretchCounts[position] * wordsPerSet
        }
        self.questions = questions
        self.cuts = cuts
        self.starts = starts
        self.words = words
        self.conjunctions = conjunctions
    }

    /// The stretch of `word` for the question at `position` in `questions`.
    @inline(__always)
    func stretch(_ word: Int, at position: Int) -> Int {
        let points = cuts[position]
        if word == AnswerVector.unanswered { return points.count + 1 }
        var low = 0, high = points.count
        while low < high {
            let middle = (low + high) >> 1
            if points[middle] <= word { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
