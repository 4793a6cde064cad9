import Testing

@testable import AdvisorEngine
@testable import Z3Solver

/// Loading the solver: a library that cannot be found is a reason, never a crash.
@Suite struct Z3LibraryTests {
    @Test func aMissingLibraryIsAReason() throws {
        guard case .failure(let unavailable) = Z3Library.load(names: ["/nonexistent/libz3.so.4", "libz3-none.so"]) else {
            Issue.record("a library that does not exist was loaded")
            return
        }
        #expect(unavailable.reasons.count == 2)
        #expect(unavailable.reasons[0].contains("/nonexistent/libz3.so.4"))
        #expect(unavailable.description.hasPrefix("the Z3 solver (libz3) could not be loaded: "))
    }

    @Test func aLibraryWithoutZ3sFunctionsIsAReason() throws {
        guard case .failure(let unavailable) = Z3Library.load(names: ["libm.so.6"]) else {
            Issue.record("libm was taken for Z3")
            return
        }
        #expect(unavailable.reasons == ["libm.so.6 has no function Z3_mk_config"])
    }

    @Test func theInstalledLibraryLoads() throws {
        // libz3-dev is installed wherever the package builds (its header is needed), so the
        // library is there too.
        #expect(Z3Library.isAvailable)
        let context = try Z3Context()
        let a = context.variable("a"), b = context.variable("b")
        let facts = [context.or([a, b]), context.not(a)]
        guard case .satisfied(let model) = context.check(facts, timeLimit: 5, reading: [a, b]) else {
            Issue.record("a or b, not a: satisfiable")
            return
        }
        #expect(!model.holds(0) && model.holds(1))
        guard case .unsatisfiable = context.check([a, context.not(a)], timeLimit: 5, reading: []) else {
            Issue.record("a and not a: unsatisfiable")
            return
        }
    }
}

/// What the chat and `rules diff` say when the solver is missing: that the answers stay the
/// same, and what the branch and bound alone costs.
@Suite struct SolverNoticeTests {
    static let missing = Z3Unavailable(reasons: ["libz3.so.4: cannot open shared object file: No such file or directory"])

    @Test func theChatSaysTheAdviceIsTheSame() {
        let text = SolverNotice.text(for: .chat, unavailable: Self.missing)
        #expect(text.hasPrefix("The Z3 solver (libz3) is not installed"))
        #expect(text.contains("the same questions and advice"))
        #expect(!text.contains("libz3.so.4"), "no linker message for an owner")
    }

    @Test func theDiffSaysWhyAndWhatItCannotDecide() {
        let text = SolverNotice.text(for: .diff(budget: 2_000_000), unavailable: Self.missing)
        #expect(text.contains("libz3.so.4: cannot open shared object file"))
        #expect(text.contains("within 2,000,000 points"))
        #expect(text.contains("\"Not decided\""))
    }
}
