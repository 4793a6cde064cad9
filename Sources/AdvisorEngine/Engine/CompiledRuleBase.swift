import AdvisorModel

/// A rule base compiled for evaluating many complete (or partial) answers fast.
///
/// Every distinct test of an answer (`users >= 16`, `not backup_monitoring`, …) becomes one entry
/// of a table of literals, evaluated once per case. The rules' conditions become a compact
/// stream of 32-bit words over that table — most rules are a conjunction of literals, the rest a
/// small postfix program — and their points and `if_recommended` lists flat arrays of indices.
/// Evaluating a case reads only these arrays: no strings, no dictionaries, no allocation (see
/// `CompiledEvaluator`), and little memory even for ten thousand rules. The semantics are those
/// of `Engine.evaluate` (Kleene's logic; a rule counts only when its condition is certainly
/// true), which a property test checks on random rule bases.
public struct CompiledRuleBase: Sendable {
    /// The header word of a rule that never fires.
    package static let never: UInt32 = .max - 1
    /// The header word of a rule with a program; the next word is the program's index.
    static let program: UInt32 = .max

    /// The number of questions, and so of words in an answer vector.
    public let questionCount: Int
    /// The number of options, and so of scores.
    public let optionCount: Int
    /// The number of rules.
    public let ruleCount: Int
    /// The distinct literals of all conditions.
    package let literals: [CompiledLiteral]
    /// Per rule, in order: a header word — a count `n` below `never`, followed by the indices of
    /// `n` literals that must all pass; `never`; or `program` followed by a program index.
    let stream: [UInt32]
    /// The programs' instructions, and where each program starts and ends in them.
    let instructions: [Instruction]
    let programBounds: [Int]
    /// Per rule: whether it has points, and whether it is a caveat.
    package let flags: [RuleFlags]
    /// Rule `r`'s effects are `effectStarts[r]..<effectStarts[r + 1]` of `effectOptions`/`effectPoints`.
    let effectStarts: [Int]
    let effectOptions: [Int]
    let effectPoints: [Int]
    /// Rule `r`'s `if_recommended` options are `limitStarts[r]..<limitStarts[r + 1]` of `limits`.
    let limitStarts: [Int]
    package let limits: [Int]
    /// The deepest stack any program needs.
    let stackDepth: Int
    /// The rules with a program, and its index, in rule order.
    let programRules: [(rule: Int, program: Int)]
    /// The conjunctions as bitsets per question and answer stretch, unless they take too much memory.
    let bitsets: RuleBitsets?

    /// How many 64-bit words the bitsets may take by default (64 MiB).
    public static let bitsetBudget = 8 << 20

    /// Compiles every rule of `ruleBase`; linear in the size of the rule base (the bitsets, in
    /// the number of rules times the number of thresholds per question, within `bitsetBudget`
    /// words; past that the evaluator reads the rules one by one).
    public init(_ ruleBase: RuleBase, bitsetBudget: Int = CompiledRuleBase.bitsetBudget) {
        questionCount = ruleBase.questions.count
        optionCount = ruleBase.options.count
        ruleCount = ruleBase.rules.count
        var literals: [CompiledLiteral] = []
        var literalIndex: [CompiledLiteral: Int] = [:]
        func index(_ literal: CompiledLiteral) -> Int {
            if let known = literalIndex[literal] { return known }
            literals.append(literal)
            literalIndex[literal] = literals.count - 1
            return literals.count - 1
        }
        var stream: [UInt32] = [], instructions: [Instruction] = [], programBounds = [0]
        var flags: [RuleFlags] = [], effectStarts = [0], effectOptions: [Int] = [], effectPoints: [Int] = []
        var limitStarts = [0], limits: [Int] = []
        var stackDepth = 1
        var programRules: [(rule: Int, program: Int)] = []
        var conditions: [CompiledCondition] = []
        conditions.reserveCapacity(ruleBase.rules.count)
        for (ruleIndex, rule) in ruleBase.rules.enumerated() {
            let condition = CompiledCondition(rule.condition, index: index)
            conditions.append(condition)
            switch condition {
            case .never:
                stream.append(Self.never)
            case .conjunction(let parts):
                stream.append(UInt32(parts.count))
                for literal in parts { stream.append(UInt32(index(literal))) }
            case .program(let code):
                programRules.append((ruleIndex, programBounds.count - 1))
                stream.append(Self.program)
                stream.append(UInt32(programBounds.count - 1))
                instructions += code
                programBounds.append(instructions.count)
                stackDepth = max(stackDepth, Self.depth(of: code))
            }
            flags.append(RuleFlags(rule))
            for effect in rule.points {
                effectOptions.append(effect.option)
                effectPoints.append(effect.points)
            }
            effectStarts.append(effectOptions.count)
            limits += rule.ifRecommended
            limitStarts.append(limits.count)
        }
        self.literals = literals
        self.stream = stream
        self.instructions = instructions
        self.programBounds = programBounds
        self.flags = flags
        self.effectStarts = effectStarts
        self.effectOptions = effectOptions
        self.effectPoints = effectPoints
        self.limitStarts = limitStarts
        self.limits = limits
        self.stackDepth = stackDepth
        self.programRules = programRules
        bitsets = RuleBitsets(rules: conditions, questionCount: questionCount, budget: bitsetBudget)
    }

    /// The number of rules whose condition needed a program rather than a conjunction.
    public var programCount: Int { programBounds.count - 1 }

    /// The number of distinct literals evaluated per case.
    public var literalCount: Int { literals.count }

    private static func depth(of code: [Instruction]) -> Int {
        var depth = 0, deepest = 0
        for instruction in code {
            switch instruction {
            case .push, .constant: depth += 1
            case .not: break
            case .and, .or: depth -= 1
            }
            deepest = max(deepest, depth)
        }
        return deepest
    }
}

/// What a rule does when it fires, one byte a rule for the compiled evaluator.
package struct RuleFlags: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8

    /// It gives points.
    static let scoring = RuleFlags(rawValue: 1)
    /// It is a caveat.
    package static let caveat = RuleFlags(rawValue: 2)

    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package init(_ rule: Rule) {
        self = []
        if !rule.points.isEmpty { insert(.scoring) }
        if rule.caveat != nil { insert(.caveat) }
    }
}
