import AdvisorModel
import Z3Solver

/// What a front end says, once, when a question wanted the Z3 solver and libz3 could not be
/// loaded: that the answers stay exact, decided by the branch and bound alone, and what that
/// costs. Nil before any question wanted the solver, and after the notice was taken once.
package enum SolverNotice {
    /// Where the notice is shown, which decides what its limit is.
    package enum Front {
        /// The chat: the rare questions the branch and bound finds hard are searched to the end.
        case chat
        /// `rules diff`: a change the branch and bound cannot decide within its budget is
        /// listed as not decided.
        case diff(budget: Int)
    }

    /// The notice, the first time it is due; nil otherwise.
    package static func take(for front: Front) -> String? {
        Z3Library.missingNotice().map { text(for: front, unavailable: $0) }
    }

    /// What is said at `front` when the solver could not be loaded for `unavailable`'s reasons.
    package static func text(for front: Front, unavailable: Z3Unavailable) -> String {
        switch front {
        case .chat:
            return "The Z3 solver (libz3) is not installed, so the advisor works out which questions still matter by search alone: "
                + "the same questions and advice, though a step may take longer with a large rule base."
        case .diff(let budget):
            return "the Z3 solver is not installed (\(unavailable.reasons.first ?? "libz3 not found")); each change the listing leaves open "
                + "is decided by the branch and bound alone, within \(Prose.grouped(budget)) points, and one it cannot decide is listed under \"Not decided\""
        }
    }
}
