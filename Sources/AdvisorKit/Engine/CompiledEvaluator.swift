/// Evaluates cases against a `CompiledRuleBase`, reusing its own buffers from case to case.
///
/// One evaluator per thread. It keeps its own copy of the compiled arrays and its scratch
/// space in buffers it allocates once, so `evaluate` does no allocation and no reference
/// counting; the scores, ranking, scoring rules and caveats of the last case stay readable
/// until the next call.
public final class CompiledEvaluator {
    public let compiled: CompiledRuleBase
    private let literals: UnsafeMutableBufferPointer<Literal>
    private let stream: UnsafeMutableBufferPointer<UInt32>
    private let code: UnsafeMutableBufferPointer<Instruction>
    private let programBounds: UnsafeMutableBufferPointer<Int>
    private let flags: UnsafeMutableBufferPointer<UInt8>
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
    private var scoringCount = 0
    private var caveatCount = 0

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
    }

    deinit {
        for buffer in [UnsafeMutableRawBufferPointer(literals), UnsafeMutableRawBufferPointer(stream), UnsafeMutableRawBufferPointer(code),
                       UnsafeMutableRawBufferPointer(programBounds), UnsafeMutableRawBufferPointer(flags),
                       UnsafeMutableRawBufferPointer(effectStarts), UnsafeMutableRawBufferPointer(effectOptions),
                       UnsafeMutableRawBufferPointer(effectPoints), UnsafeMutableRawBufferPointer(limitStarts),
                       UnsafeMutableRawBufferPointer(limits), UnsafeMutableRawBufferPointer(truths),
                       UnsafeMutableRawBufferPointer(scoreBuffer), UnsafeMutableRawBufferPointer(rankingBuffer),
                       UnsafeMutableRawBufferPointer(scoringBuffer), UnsafeMutableRawBufferPointer(caveatBuffer),
                       UnsafeMutableRawBufferPointer(stack)] {
            buffer.deallocate()
        }
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
        for index in literals.indices {
            let literal = literals[index]
            truths[index] = literal.truth(answers[literal.slot])
        }
        let scores = scoreBuffer
        for option in scores.indices { scores[option] = 0 }
        var scoring = 0, fired = 0
        var position = 0
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
            guard fires else { continue }
            let flag = flags[rule]
            if flag & 1 != 0 {
                scoringBuffer[scoring] = rule
                scoring += 1
                for effect in effectStarts[rule]..<effectStarts[rule + 1] {
                    scores[effectOptions[effect]] += effectPoints[effect]
                }
            }
            if flag & 2 != 0 {
                caveatBuffer[fired] = rule
                fired += 1
            }
        }
        scoringCount = scoring
        caveatCount = fired
        rank()
        keepApplicableCaveats()
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

    /// Drops the caveats whose `if_recommended` does not name the recommendation.
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
