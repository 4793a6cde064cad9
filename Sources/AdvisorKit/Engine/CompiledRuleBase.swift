/// A rule base compiled for evaluating many complete (or partial) answers fast.
///
/// Conditions become flat arrays of literals or postfix instructions over an `AnswerVector`;
/// points and `if_recommended` lists become flat arrays of indices. Evaluating a case reads
/// only these arrays: no strings, no dictionaries, no allocation (see `CompiledEvaluator`).
/// The semantics are those of `Engine.evaluate` (Kleene's logic; a rule counts only when its
/// condition is certainly true), which a property test checks on random rule bases.
public struct CompiledRuleBase: Sendable {
    /// How a rule's condition is stored.
    enum Form: UInt8, Sendable {
        case never, conjunction, program
    }

    /// One rule, as ranges into the shared arrays.
    struct CompiledRule: Sendable {
        var form: Form
        /// Into `literals` (conjunction) or `instructions` (program).
        var start: Int
        var end: Int
        /// Into `effects`.
        var effectStart: Int
        var effectEnd: Int
        /// Into `limits` (the caveat's `if_recommended`); empty means any recommendation.
        var limitStart: Int
        var limitEnd: Int
        var hasPoints: Bool
        var isCaveat: Bool
    }

    /// The number of questions, and so of words in an answer vector.
    public let questionCount: Int
    /// The number of options, and so of scores.
    public let optionCount: Int
    let rules: [CompiledRule]
    let literals: [Literal]
    let instructions: [Instruction]
    let effectOptions: [Int]
    let effectPoints: [Int]
    let limits: [Int]
    /// The deepest stack any program needs.
    let stackDepth: Int

    /// Compiles every rule of `ruleBase`; linear in the size of the rule base.
    public init(_ ruleBase: RuleBase) {
        questionCount = ruleBase.questions.count
        optionCount = ruleBase.options.count
        var rules: [CompiledRule] = []
        var literals: [Literal] = []
        var instructions: [Instruction] = []
        var effectOptions: [Int] = [], effectPoints: [Int] = []
        var limits: [Int] = []
        var stackDepth = 1
        rules.reserveCapacity(ruleBase.rules.count)
        for rule in ruleBase.rules {
            var compiled = CompiledRule(
                form: .never, start: 0, end: 0, effectStart: effectOptions.count, effectEnd: 0,
                limitStart: limits.count, limitEnd: 0, hasPoints: !rule.points.isEmpty, isCaveat: rule.caveat != nil)
            switch CompiledCondition(rule.condition) {
            case .never:
                break
            case .conjunction(let parts):
                compiled.form = .conjunction
                compiled.start = literals.count
                literals += parts
                compiled.end = literals.count
            case .program(let code):
                compiled.form = .program
                compiled.start = instructions.count
                instructions += code
                compiled.end = instructions.count
                stackDepth = max(stackDepth, Self.depth(of: code))
            }
            for effect in rule.points {
                effectOptions.append(effect.option)
                effectPoints.append(effect.points)
            }
            compiled.effectEnd = effectOptions.count
            limits += rule.ifRecommended
            compiled.limitEnd = limits.count
            rules.append(compiled)
        }
        self.rules = rules
        self.literals = literals
        self.instructions = instructions
        self.effectOptions = effectOptions
        self.effectPoints = effectPoints
        self.limits = limits
        self.stackDepth = stackDepth
    }

    /// The number of rules.
    public var ruleCount: Int { rules.count }

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
