import CZ3

/// A Boolean formula of one `Z3Context`.
package struct Z3Term {
    fileprivate let ast: Z3_ast
}

/// What a check of some facts found.
package enum Z3Outcome {
    /// The facts hold together, as in this model.
    case satisfied(Z3Model)
    /// They cannot hold together.
    case unsatisfiable
    /// The solver could not decide (with its reason: "timeout", "canceled", …).
    case unknown(String)
}

/// Z3's answer to a satisfiable check: which Booleans hold.
package struct Z3Model {
    fileprivate let holding: [Bool]

    /// Whether `term` (one of the terms asked about in the check) holds.
    package func holds(_ index: Int) -> Bool { holding[index] }
}

/// Boolean formulas with pseudo-Boolean constraints, and checks of them, over Z3's C API. Errors
/// set a code instead of ending the process; a check then reads as undecided.
package final class Z3Context {
    private let z3: CZ3Functions
    private let context: Z3_context
    private let boolean: Z3_sort

    /// A context, or why the solver cannot be had (libz3 missing), loading it on first use.
    package init() throws(Z3Unavailable) {
        z3 = try Z3Library.wanted().get()
        let config = z3.mk_config()
        context = z3.mk_context(config)!
        z3.del_config(config)
        z3.set_error_handler(context, nil)
        boolean = z3.mk_bool_sort(context)!
    }

    deinit {
        z3.del_context(context)
    }

    /// A Boolean variable.
    package func variable(_ name: String) -> Z3Term {
        Z3Term(ast: z3.mk_const(context, z3.mk_string_symbol(context, name), boolean)!)
    }

    package func constant(_ value: Bool) -> Z3Term {
        Z3Term(ast: (value ? z3.mk_true(context) : z3.mk_false(context))!)
    }

    package func not(_ term: Z3Term) -> Z3Term { Z3Term(ast: z3.mk_not(context, term.ast)!) }

    package func iff(_ left: Z3Term, _ right: Z3Term) -> Z3Term { Z3Term(ast: z3.mk_iff(context, left.ast, right.ast)!) }

    package func implies(_ left: Z3Term, _ right: Z3Term) -> Z3Term { Z3Term(ast: z3.mk_implies(context, left.ast, right.ast)!) }

    /// All of `parts` hold (true when there are none).
    package func and(_ parts: [Z3Term]) -> Z3Term {
        if parts.isEmpty { return constant(true) }
        if parts.count == 1 { return parts[0] }
        let asts: [Z3_ast?] = parts.map(\.ast)
        return Z3Term(ast: asts.withUnsafeBufferPointer { z3.mk_and(context, UInt32($0.count), $0.baseAddress)! })
    }

    /// One of `parts` holds (false when there are none).
    package func or(_ parts: [Z3Term]) -> Z3Term {
        if parts.isEmpty { return constant(false) }
        if parts.count == 1 { return parts[0] }
        let asts: [Z3_ast?] = parts.map(\.ast)
        return Z3Term(ast: asts.withUnsafeBufferPointer { z3.mk_or(context, UInt32($0.count), $0.baseAddress)! })
    }

    /// The weights of the terms that hold add up to at most `bound`.
    package func weightedSum(of terms: [Z3Term], weights: [Int32], atMost bound: Int32) -> Z3Term {
        let asts: [Z3_ast?] = terms.map(\.ast)
        return Z3Term(ast: asts.withUnsafeBufferPointer { z3.mk_pble(context, UInt32($0.count), $0.baseAddress, weights, bound)! })
    }

    /// Exactly one of `terms` holds.
    package func exactlyOne(of terms: [Z3Term]) -> Z3Term {
        let asts: [Z3_ast?] = terms.map(\.ast)
        let weights = [Int32](repeating: 1, count: terms.count)
        return Z3Term(ast: asts.withUnsafeBufferPointer { z3.mk_pbeq(context, UInt32($0.count), $0.baseAddress, weights, 1)! })
    }

    /// Checks whether `facts` can hold together, with a fresh solver for finite domains (steadier
    /// on the advisor's questions than one solver reused with push and pop), given at most
    /// `timeLimit` seconds. On success the model tells, for each of `reading`, whether it holds.
    package func check(_ facts: [Z3Term], timeLimit: Int, reading: [Z3Term]) -> Z3Outcome {
        let solver = z3.mk_solver_for_logic(context, z3.mk_string_symbol(context, "QF_FD"))!
        z3.solver_inc_ref(context, solver)
        defer { z3.solver_dec_ref(context, solver) }
        let parameters = z3.mk_params(context)!
        z3.params_inc_ref(context, parameters)
        z3.params_set_uint(context, parameters, z3.mk_string_symbol(context, "timeout"), UInt32(clamping: timeLimit * 1000))
        z3.solver_set_params(context, solver, parameters)
        z3.params_dec_ref(context, parameters)
        for fact in facts { z3.solver_assert(context, solver, fact.ast) }
        switch z3.solver_check(context, solver) {
        case Z3_L_FALSE: return .unsatisfiable
        case Z3_L_TRUE: break
        default: return .unknown(z3.solver_get_reason_unknown(context, solver).map { String(cString: $0) } ?? "unknown")
        }
        guard let found = z3.solver_get_model(context, solver) else { return .unknown("no model") }
        z3.model_inc_ref(context, found)
        defer { z3.model_dec_ref(context, found) }
        let holding = reading.map { term in
            var value: Z3_ast?
            return z3.model_eval(context, found, term.ast, true, &value) && value.map { z3.get_bool_value(context, $0) == Z3_L_TRUE } == true
        }
        return .satisfied(Z3Model(holding: holding))
    }
}
