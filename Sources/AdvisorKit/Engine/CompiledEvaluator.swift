/// Evaluates cases against a `CompiledRuleBase`, reusing its own buffers from case to case.
///
/// One evaluator per thread: `evaluate` allocates nothing once the evaluator exists, and
/// leaves the scores, ranking, scoring rules and caveats of the last case in its properties.
public struct CompiledEvaluator {
    public let compiled: CompiledRuleBase
    /// Points per option of the last case.
    public private(set) var scores: [Int]
    /// All options of the last case, best first; ties go to the option defined first.
    public private(set) var ranking: [Int]
    /// Rules with points whose condition held in the last case, in rule order.
    public private(set) var scoringRules: [Int]
    /// Caveat rules that fired in the last case and apply to its recommendation, in rule order.
    public private(set) var caveats: [Int]
    private var stack: [UInt8]

    public init(_ compiled: CompiledRuleBase) {
        self.compiled = compiled
        scores = Array(repeating: 0, count: compiled.optionCount)
        ranking = Array(0..<compiled.optionCount)
        scoringRules = []
        scoringRules.reserveCapacity(compiled.ruleCount)
        caveats = []
        caveats.reserveCapacity(compiled.ruleCount)
        stack = Array(repeating: 0, count: compiled.stackDepth)
    }

    /// The option ranked first in the last case.
    public var recommendation: Int { ranking[0] }

    /// Evaluates one case; `answers` holds one word per question (see `AnswerVector`).
    public mutating func evaluate(_ answers: UnsafeBufferPointer<Int>) {
        precondition(answers.count >= compiled.questionCount, "an answer vector needs one word per question")
        // Moved out so that each buffer is uniquely referenced (no copy on write) and
        // accessed apart from `self`; moved back at the end.
        var scores = self.scores, scoring = scoringRules, fired = caveats, stack = self.stack
        self.scores = []
        scoringRules = []
        caveats = []
        self.stack = []
        scoring.removeAll(keepingCapacity: true)
        fired.removeAll(keepingCapacity: true)
        let compiled = self.compiled
        scores.withUnsafeMutableBufferPointer { scores in
            for option in scores.indices { scores[option] = 0 }
            stack.withUnsafeMutableBufferPointer { stack in
            compiled.rules.withUnsafeBufferPointer { rules in
            compiled.literals.withUnsafeBufferPointer { literals in
            compiled.instructions.withUnsafeBufferPointer { code in
            compiled.effectOptions.withUnsafeBufferPointer { effectOptions in
            compiled.effectPoints.withUnsafeBufferPointer { effectPoints in
                for index in rules.indices {
                    let rule = rules[index]
                    let fires: Bool
                    switch rule.form {
                    case .never: fires = false
                    case .conjunction:
                        var holds = true
                        var position = rule.start
                        while position < rule.end {
                            let literal = literals[position]
                            if !literal.passes(answers[literal.slot]) {
                                holds = false
                                break
                            }
                            position += 1
                        }
                        fires = holds
                    case .program:
                        fires = Self.run(code[rule.start..<rule.end], answers, stack: stack) == TruthBits.true
                    }
                    guard fires else { continue }
                    if rule.hasPoints {
                        scoring.append(index)
                        for effect in rule.effectStart..<rule.effectEnd {
                            scores[effectOptions[effect]] += effectPoints[effect]
                        }
                    }
                    if rule.isCaveat { fired.append(index) }
                }
            }}}}}}
        }
        self.scores = scores
        scoringRules = scoring
        caveats = fired
        self.stack = stack
        rank()
        keepApplicableCaveats()
    }

    /// Evaluates one case given as `Answers`, returning the same `Evaluation` as `Engine.evaluate`.
    /// Allocates; meant for tests and one-off use.
    public mutating func evaluation(of answers: Answers) -> Evaluation {
        let words = AnswerVector.encode(answers)
        words.withUnsafeBufferPointer { evaluate($0) }
        return Evaluation(scores: scores, ranking: ranking, scoringRules: scoringRules, caveats: caveats)
    }

    /// Runs a program on the stack; returns its truth in two bits.
    @inline(__always)
    private static func run(_ code: Slice<UnsafeBufferPointer<Instruction>>, _ answers: UnsafeBufferPointer<Int>, stack: UnsafeMutableBufferPointer<UInt8>) -> UInt8 {
        var top = -1
        for instruction in code {
            switch instruction {
            case .push(let literal):
                top += 1
                stack[top] = literal.truth(answers[literal.slot])
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
    private mutating func rank() {
        let scores = self.scores
        ranking.withUnsafeMutableBufferPointer { ranking in
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
    }

    /// Drops the caveats whose `if_recommended` does not name the recommendation.
    private mutating func keepApplicableCaveats() {
        guard !caveats.isEmpty else { return }
        let best = ranking[0]
        let compiled = self.compiled
        caveats.removeAll { index in
            let rule = compiled.rules[index]
            guard rule.limitStart < rule.limitEnd else { return false }
            return !compiled.limits[rule.limitStart..<rule.limitEnd].contains(best)
        }
    }
}
