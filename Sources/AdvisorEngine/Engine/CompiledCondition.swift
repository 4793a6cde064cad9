import AdvisorModel

/// One test of a compiled condition: is the answer in `slot` inside `lower...upper`
/// (or, when `negated`, outside it)? Every atom of the condition language becomes one:
/// `users > 15` is `16...Int.max`, a yes/no question is `1...1`, and a choice set is a run
/// of consecutive choice indices.
package struct CompiledLiteral: Sendable, Hashable {
    package var slot: Int
    package var lower: Int
    package var upper: Int
    package var negated: Bool

    /// True when the answer is given and passes the test; an unanswered slot never passes.
    @inline(__always)
    func passes(_ word: Int) -> Bool {
        word != AnswerVector.unanswered && ((lower <= word && word <= upper) != negated)
    }

    /// The literal's truth in two bits (see `TruthBits`).
    @inline(__always) package func truth(_ word: Int) -> UInt8 {
        if word == AnswerVector.unanswered { return TruthBits.unknown }
        return (lower <= word && word <= upper) != negated ? TruthBits.true : TruthBits.false
    }
}

/// Kleene's three values as two bits: bit 0 "could be true", bit 1 "could be false".
/// Negation swaps the bits; `and` and `or` are then two bitwise operations each.
package enum TruthBits {
    static let `true`: UInt8 = 1
    static let `false`: UInt8 = 2
    package static let unknown: UInt8 = 3

    @inline(__always) package static func not(_ value: UInt8) -> UInt8 { ((value & 1) << 1) | ((value >> 1) & 1) }
    @inline(__always) package static func and(_ lhs: UInt8, _ rhs: UInt8) -> UInt8 { (lhs & rhs & 1) | ((lhs | rhs) & 2) }
    @inline(__always) package static func or(_ lhs: UInt8, _ rhs: UInt8) -> UInt8 { ((lhs | rhs) & 1) | (lhs & rhs & 2) }
}

/// One step of a condition compiled to postfix form, run on a small stack of `TruthBits`.
/// Literals are referred to by their index in the rule base's table of distinct literals.
package enum Instruction: Sendable, Hashable {
    case push(Int)
    case constant(Bool)
    case not
    case and
    case or
}

/// A condition in the form the compiled engine runs.
package enum CompiledCondition: Sendable, Hashable {
    /// Never true, whatever the answers (`false`, or `false and …`).
    case never
    /// True exactly when every literal passes; no literals means always true. Most rules,
    /// the shipped ones included, take this form once negations are pushed inwards.
    case conjunction([CompiledLiteral])
    /// Anything else (an `or` that cannot be flattened), in postfix form; `literals` maps a
    /// literal to its index in the table the instructions refer to.
    case program([Instruction])

    /// Compiles a checked condition. Negations are pushed down to the literals first
    /// (De Morgan's laws and double negation hold in Kleene's logic), then `and`s are flattened.
    /// Literals are numbered through `index`, which adds a literal it has not seen.
    package init(_ condition: Condition, index: (CompiledLiteral) -> Int) {
        let normal = NormalCondition(condition, negated: false)
        if let flat = normal.flattened() {
            self = flat
        } else {
            var instructions: [Instruction] = []
            normal.emit(into: &instructions, index: index)
            self = .program(instructions)
        }
    }
}

/// A condition in negation normal form: negations only on literals.
private indirect enum NormalCondition {
    case constant(Bool)
    case literal(CompiledLiteral)
    case and([NormalCondition])
    case or([NormalCondition])

    init(_ condition: Condition, negated: Bool) {
        switch condition {
        case .constant(let value):
            self = .constant(value != negated)
        case .isTrue(let question):
            self = .literal(CompiledLiteral(slot: question, lower: 1, upper: 1, negated: negated))
        case .integerIn(let question, let interval):
            self = .literal(CompiledLiteral(slot: question, lower: interval.lower, upper: interval.upper, negated: negated))
        case .choiceIn(let question, let members):
            let runs = Self.runs(of: members).map { CompiledLiteral(slot: question, lower: $0.lowerBound, upper: $0.upperBound, negated: negated) }
            switch runs.count {
            case 0:
                // An empty set is false for every answer but, like any atom, unknown while
                // the question is unanswered: an empty range keeps that.
                self = .literal(CompiledLiteral(slot: question, lower: 1, upper: 0, negated: negated))
            case 1: self = .literal(runs[0])
            default: self = negated ? .and(runs.map(Self.literal)) : .or(runs.map(Self.literal))
            }
        case .not(let inner):
            self = NormalCondition(inner, negated: !negated)
        case .and(let parts):
            let normal = parts.map { NormalCondition($0, negated: negated) }
            self = negated ? .or(normal) : .and(normal)
        case .or(let parts):
            let normal = parts.map { NormalCondition($0, negated: negated) }
            self = negated ? .and(normal) : .or(normal)
        }
    }

    /// Consecutive indices grouped into ranges: [0, 1, 3] → [0...1, 3...3].
    static func runs(of members: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for member in Set(members).sorted() {
            if let last = runs.last, last.upperBound == member - 1 {
                runs[runs.count - 1] = last.lowerBound...member
            } else {
                runs.append(member...member)
            }
        }
        return runs
    }

    /// The condition as `.never` or a `.conjunction` of literals, when it is one of those;
    /// nil when it needs a program (an `or` that cannot be flattened).
    func flattened() -> CompiledCondition? {
        switch self {
        case .constant(let value): return value ? .conjunction([]) : .never
        case .literal(let literal): return .conjunction([literal])
        case .or: return nil
        case .and(let parts):
            var literals: [CompiledLiteral] = []
            var never = false
            for part in parts {
                switch part.flattened() {
                case nil: return nil
                case .never?: never = true
                case .conjunction(let more)?: literals += more
                case .program?: return nil
                }
            }
            return never ? .never : .conjunction(literals)
        }
    }

    func emit(into code: inout [Instruction], index: (CompiledLiteral) -> Int) {
        switch self {
        case .constant(let value): code.append(.constant(value))
        case .literal(let literal): code.append(.push(index(literal)))
        case .and(let parts): Self.emit(parts, joinedBy: .and, empty: true, into: &code, index: index)
        case .or(let parts): Self.emit(parts, joinedBy: .or, empty: false, into: &code, index: index)
        }
    }

    private static func emit(
        _ parts: [NormalCondition], joinedBy operation: Instruction, empty: Bool, into code: inout [Instruction], index: (CompiledLiteral) -> Int
    ) {
        guard let first = parts.first else {
            code.append(.constant(empty))
            return
        }
        first.emit(into: &code, index: index)
        for part in parts.dropFirst() {
            part.emit(into: &code, index: index)
            code.append(operation)
        }
    }
}
