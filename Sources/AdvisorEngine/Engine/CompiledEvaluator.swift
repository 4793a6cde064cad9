import AdvisorModel

/// Evaluates cases against a `CompiledRuleBase`, reusing its own buffers from case to case.
///
/// One evaluator per thread. It keeps its own copy of the compiled arrays and its scratch
/// space in buffers it allocates once, so `evaluate` does no allocation and no reference
/// counting; the scores, ranking, scoring rules and caveats of the last case stay readable
/// until the next call.
public final class CompiledEvaluator {
    /// The compiled rule base this evaluator reads.
    public let compiled: CompiledRuleBase
    private let literals: UnsafeMutableBufferPointer<CompiledLiteral>
    private let stream: UnsafeMutableBufferPointer<UInt32>
    private let code: UnsafeMutableBufferPointer<Instruction>
    private let programBounds: UnsafeMutableBufferPointer<Int>
    private let flags: UnsafeMutableBufferPointer<RuleFlags>
    private let effectStarts: UnsafeMutableBufferPointer<Int>
    private let effectOptions: UnsafeMutableBufferPointer<Int>
    private let effectPoints: UnsafeMutableBufferPointer<Int>
    private let limitStarts: UnsafeMutableBufferPointer<Int>
    private let limits: UnsafeMutableBufferPointer<Int>
    /// The truth of every literal for the current case, in two bits (`TruthBits`).
    private let truths: UnsafeMutableBufferPointer<UInt8>
    private let scoreBuffer: UnsafeMutableBufferPointer<Int>
    private let rankingBuffer: UnsafeMutableBufferPointer<Int>
    private let scoringBuffer: UnsafeMutableBufferPointer<Int>
    private let caveatBuffer: UnsafeMutableBufferPointer<Int>
    private let stack: UnsafeMutableBufferPointer<UInt8>
    // The bitset path (see `RuleBitsets`), when the rule base has one.
    private let useBitsets: Bool
    private let wordsPerSet: Int
    private let bitQuestions: UnsafeMutableBufferPointer<Int>
    private let cutStarts: UnsafeMutableBufferPointer<Int>
    private let cuts: UnsafeMutableBufferPointer<Int>
    private let setStarts: UnsafeMutableBufferPointer<Int>
    private let bitWords: UnsafeMutableBufferPointer<UInt64>
    private let conjunctions: UnsafeMutableBufferPointer<UInt64>
    private let programRules: UnsafeMutableBufferPointer<Int>
    private let programIndices: UnsafeMutableBufferPointer<Int>
    /// Scratch: the set chosen per question, and the program rules that fired.
    private let chosenSets: UnsafeMutableBufferPointer<Int>
    private let programFired: UnsafeMutableBufferPointer<UInt64>
    /// Per word of rules: the rules with points, and the caveats, as bits.
    private let scoringMasks: UnsafeMutableBufferPointer<UInt64>
    private let caveatMasks: UnsafeMutableBufferPointer<UInt64>
    /// With at most four options, each rule's points as one vector, so that a rule that fires
    /// costs one vector addition and no branch (`nil` with more options).
    private let pointRows: UnsafeMutableBufferPointer<SIMD4<Int>>?
    private var scoringCount = 0
    private var caveatCount = 0

    /// An evaluator of `compiled`, with its buffers allocated once.
    public init(_ compiled: CompiledRuleBase) {
        self.compiled = compiled
        literals = Self.copy(compiled.literals)
        stream = Self.copy(compiled.stream)
        code = Self.copy(compiled.instructions)
        programBounds = Self.copy(compiled.programBounds)
        flags = Self.copy(compiled.flags)
        effectStarts = Self.copy(compiled.effectStarts)
        effectOptions = Self.copy(compiled.effectOptions)
        effectPoints = Self.copy(compiled.effectPoints)
        limitStarts = Self.copy(compiled.limitStarts)
        limits = Self.copy(compiled.limits)
        truths = Self.copy(Array(repeating: 0, count: compiled.literals.count))
        scoreBuffer = Self.copy(Array(repeating: 0, count: compiled.optionCount))
        rankingBuffer = Self.copy(Array(0..<compiled.optionCount))
        scoringBuffer = Self.copy(Array(repeating: 0, count: compiled.ruleCount))
        caveatBuffer = Self.copy(Array(repeating: 0, count: compiled.ruleCount))
        stack = Self.copy(Array(repeating: 0, count: compiled.stackDepth))
        let bitsets = compiled.bitsets
        useBitsets = bitsets != nil
        wordsPerSet = bitsets?.wordsPerSet ?? 0
        bitQuestions = Self.copy(bitsets?.questions ?? [])
        let cutLists = bitsets?.cuts ?? []
        cutStarts = Self.copy(cutLists.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) })
        cuts = Self.copy(cutLists.flatMap { $0 })
        setStarts = Self.copy(bitsets?.starts ?? [])
        bitWords = Self.copy(bitsets?.words ?? [])
        conjunctions = Self.copy(bitsets?.conjunctions ?? [])
        programRules = Self.copy(compiled.programRules.map(\.rule))
        programIndices = Self.copy(compiled.programRules.map(\.program))
        chosenSets = Self.copy(Array(repeating: 0, count: bitsets?.questions.count ?? 0))
        programFired = Self.copy(Array(repeating: UInt64(0), count: bitsets?.wordsPerSet ?? 0))
        var scoring = [UInt64](repeating: 0, count: (compiled.ruleCount + 63) / 64)
        var caveats = scoring
        for (rule, flag) in compiled.flags.enumerated() {
            if flag.contains(.scoring) { scoring[rule >> 6] |= 1 << UInt64(rule & 63) }
            if flag.contains(.caveat) { caveats[rule >> 6] |= 1 << UInt64(rule & 63) }
        }
        scoringMasks = Self.copy(scoring)
        caveatMasks = Self.copy(caveats)
        if compiled.optionCount <= 4 {
            var rows = [SIMD4<Int>](repeating: .zero, count: compiled.ruleCount)
            for rule in 0..<compiled.ruleCount {
                for effect in compiled.effectStarts[rule]..<compiled.effectStarts[rule + 1] {
                    rows[rule][compiled.effectOptions[effect]] += compiled.effectPoints[effect]
                }
            }
            pointRows = Self.copy(rows)
        } else {
            pointRows = nil
        }
    }

    deinit {
        for buffer in [
            UnsafeMutableRawBufferPointer(literals), UnsafeMutableRawBufferPointer(stream), UnsafeMutableRawBufferPointer(code),
            UnsafeMutableRawBufferPointer(programBounds), UnsafeMutableRawBufferPointer(flags),
            UnsafeMutableRawBufferPointer(effectStarts), UnsafeMutableRawBufferPointer(effectOptions),
            UnsafeMutableRawBufferPointer(effectPoints), UnsafeMutableRawBufferPointer(limitStarts),
            UnsafeMutableRawBufferPointer(limits), UnsafeMutableRawBufferPointer(truths),
            UnsafeMutableRawBufferPointer(scoreBuffer), UnsafeMutableRawBufferPointer(rankingBuffer),
            UnsafeMutableRawBufferPointer(scoringBuffer), UnsafeMutableRawBufferPointer(caveatBuffer),
            UnsafeMutableRawBufferPointer(stack), UnsafeMutableRawBufferPointer(bitQuestions),
            UnsafeMutableRawBufferPointer(cutStarts), UnsafeMutableRawBufferPointer(cuts),
            UnsafeMutableRawBufferPointer(setStarts), UnsafeMutableRawBufferPointer(bitWords),
            UnsafeMutableRawBufferPointer(conjunctions), UnsafeMutableRawBufferPointer(programRules),
            UnsafeMutableRawBufferPointer(programIndices), UnsafeMutableRawBufferPointer(chosenSets),
            UnsafeMutableRawBufferPointer(programFired), UnsafeMutableRawBufferPointer(scoringMasks),
            UnsafeMutableRawBufferPointer(caveatMasks),
        ] {
            buffer.deallocate()
        }
        pointRows?.deallocate()
    }

    /// A buffer of its own holding `array` (never of zero capacity, so always deallocatable).
    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[..<array.count])
    }

    /// Points per option of the last case.
    public var scores: UnsafeBufferPointer<Int> { UnsafeBufferPointer(scoreBuffer) }
    /// All options of the last case, best first; ties go to the option defined first.
    public var ranking: UnsafeBufferPointer<Int> { UnsafeBufferPointer(rankingBuffer) }
    /// The option ranked first in the last case.
    public var recommendation: Int { rankingBuffer[0] }
    /// Rules with points whose condition held in the last case, in rule order.
    public var scoringRules: UnsafeBufferPointer<Int> { UnsafeBufferPointer(rebasing: scoringBuffer[..<scoringCount]) }
    /// Caveat rules that fired in the last case and apply to its recommendation, in rule order.
    public var caveats: UnsafeBufferPointer<Int> { UnsafeBufferPointer(rebasing: caveatBuffer[..<caveatCount]) }

    /// Evaluates one case; `answers` holds one word per question (see `AnswerVector`).
    public func evaluate(_ answers: UnsafeBufferPointer<Int>) {
        precondition(answers.count >= compiled.questionCount, "an answer vector needs one word per question")
        for option in scoreBuffer.indices { scoreBuffer[option] = 0 }
        scoringCount = 0
        caveatCount = 0
        if useBitsets {
            evaluateWithBitsets(answers)
        } else {
            evaluateRuleByRule(answers)
        }
        rank()
        keepApplicableCaveats()
    }

    /// Adds a rule that fired: its points, and its place among the scoring rules or caveats.
    @inline(__always)
    private func record(_ rule: Int, scoring: inout Int, fired: inout Int) {
        let flag = flags[rule]
        if flag.contains(.scoring) {
            scoringBuffer[scoring] = rule
            scoring += 1
            addPoints(of: rule)
        }
        if flag.contains(.caveat) {
            caveatBuffer[fired] = rule
            fired += 1
        }
    }

    /// Adds a rule's points to the scores.
    @inline(__always)
    private func addPoints(of rule: Int) {
        for effect in effectStarts[rule]..<effectStarts[rule + 1] {
            scoreBuffer[effectOptions[effect]] += effectPoints[effect]
        }
    }

    private func evaluateLiterals(_ answers: UnsafeBufferPointer<Int>) {
        for index in literals.indices {
            let literal = literals[index]
            truths[index] = literal.truth(answers[literal.slot])
        }
    }

    /// The AND of one bitset per question, 64 rules at a time, plus the rules with programs.
    private func evaluateWithBitsets(_ answers: UnsafeBufferPointer<Int>) {
        if !programRules.isEmpty {
            evaluateLiterals(answers)
            for word in programFired.indices { programFired[word] = 0 }
            for position in programRules.indices {
                let program = programIndices[position]
                if run(programBounds[program], programBounds[program + 1]) == TruthBits.true {
                    let rule = programRules[position]
                    programFired[rule >> 6] |= 1 << UInt64(rule & 63)
                }
            }
        }
        for position in bitQuestions.indices {
            let word = answers[bitQuestions[position]]
            let start = cutStarts[position], end = cutStarts[position + 1]
            var stretch: Int
            if word == AnswerVector.unanswered {
                stretch = end - start + 1
            } else {
                var low = start, high = end
                while low < high {
                    let middle = (low + high) >> 1
                    if cuts[middle] <= word { low = middle + 1 } else { high = middle }
                }
                stretch = low - start
            }
            chosenSets[position] = setStarts[position] + stretch * wordsPerSet
        }
        let hasPrograms = !programRules.isEmpty
        let conjunctions = self.conjunctions, bitWords = self.bitWords, chosenSets = self.chosenSets
        let programFired = self.programFired, scoringMasks = self.scoringMasks, caveatMasks = self.caveatMasks
        let scoringList = scoringBuffer, caveatList = caveatBuffer
        var scoring = 0, fired = 0
        var total = SIMD4<Int>.zero
        for word in 0..<wordsPerSet {
            var bits = conjunctions[word]
            for position in chosenSets.indices { bits &= bitWords[chosenSets[position] + word] }
            if hasPrograms { bits |= programFired[word] }
            var scoringBits = bits & scoringMasks[word]
            var caveatBits = bits & caveatMasks[word]
            let base = word << 6
            if let pointRows {
                while scoringBits != 0 {
                    let rule = base | scoringBits.trailingZeroBitCount
                    scoringList[scoring] = rule
                    scoring += 1
                    total &+= pointRows[rule]
                    scoringBits &= scoringBits &- 1
                }
            } else {
                while scoringBits != 0 {
                    let rule = base | scoringBits.trailingZeroBitCount
                    scoringList[scoring] = rule
                    scoring += 1
                    addPoints(of: rule)
                    scoringBits &= scoringBits &- 1
                }
            }
            while caveatBits != 0 {
                caveatList[fired] = base | caveatBits.trailingZeroBitCount
                fired += 1
                caveatBits &= caveatBits &- 1
            }
        }
        if pointRows != nil {
            for option in scoreBuffer.indices { scoreBuffer[option] = total[option] }
        }
        scoringCount = scoring
        caveatCount = fired
    }

    /// Each rule's literals or program in turn (when the bitsets would be too large).
    private func evaluateRuleByRule(_ answers: UnsafeBufferPointer<Int>) {
        evaluateLiterals(answers)
        var position = 0, scoring = 0, fired = 0
        for rule in 0..<flags.count {
            let header = stream[position]
            position += 1
            var fires: Bool
            if header < CompiledRuleBase.never {
                fires = true
                let end = position + Int(header)
                while position < end {
                    if truths[Int(stream[position])] != TruthBits.true {
                        fires = false
                        position = end
                        break
                    }
                    position += 1
                }
            } else if header == CompiledRuleBase.never {
                fires = false
            } else {
                let program = Int(stream[position])
                position += 1
                fires = run(programBounds[program], programBounds[program + 1]) == TruthBits.true
            }
            if fires { record(rule, scoring: &scoring, fired: &fired) }
        }
        scoringCount = scoring
        caveatCount = fired
    }

    /// Evaluates one case given as `Answers`, returning the same `Evaluation` as `Engine.evaluate`.
    /// Allocates; meant for tests and one-off use.
    public func evaluation(of answers: Answers) -> Evaluation {
        let words = AnswerVector.encode(answers)
        words.withUnsafeBufferPointer { evaluate($0) }
        return Evaluation(scores: Array(scores), ranking: Array(ranking), scoringRules: Array(scoringRules), caveats: Array(caveats))
    }

    /// Runs a program on the stack; returns its truth in two bits.
    @inline(__always)
    private func run(_ start: Int, _ end: Int) -> UInt8 {
        var top = -1
        for position in start..<end {
            switch code[position] {
            case .push(let literal):
                top += 1
                stack[top] = truths[literal]
            case .constant(let value):
                top += 1
                stack[top] = value ? TruthBits.true : TruthBits.false
            case .not:
                stack[top] = TruthBits.not(stack[top])
            case .and:
                top -= 1
                stack[top] = TruthBits.and(stack[top], stack[top + 1])
            case .or:
                top -= 1
                stack[top] = TruthBits.or(stack[top], stack[top + 1])
            }
        }
        return stack[0]
    }

    /// Insertion sort of the options: highest score first, lower index first on a tie.
    private func rank() {
        let ranking = rankingBuffer, scores = scoreBuffer
        for option in ranking.indices { ranking[option] = option }
        for position in ranking.indices.dropFirst() {
            let option = ranking[position]
            var slot = position
            while slot > 0, scores[ranking[slot - 1]] < scores[option] {
                ranking[slot] = ranking[slot - 1]
                slot -= 1
            }
            ranking[slot] = option
        }
    }

    /// Drops the caveats whose `if_recommended` does not name the recommendation: `Rule.caveatApplies(to:)`
    /// over the compiled arrays.
    private func keepApplicableCaveats() {
        let best = rankingBuffer[0]
        var kept = 0
        for position in 0..<caveatCount {
            let rule = caveatBuffer[position]
            let start = limitStarts[rule], end = limitStarts[rule + 1]
            var applies = start == end
            for limit in start..<end where limits[limit] == best { applies = true }
            if applies {
                caveatBuffer[kept] = rule
                kept += 1
            }
        }
        caveatCount = kept
    }
}
