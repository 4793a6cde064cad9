@testable import LineEditor
import Testing

@Suite("Completion plan")
struct CompletionPlanTests {
    @Test func singleCandidateCompletesWithSpace() {
        #expect(
            CompletionPlan.make(textBeforeCursor: "say hel", candidates: ["hello"])
                == .edit(deleting: 0, inserting: "lo "))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        #expect(
            CompletionPlan.make(textBeforeCursor: "h", candidates: ["help", "hello"])
                == .edit(deleting: 0, inserting: "el"))
    }

    @Test func severalCandidatesWithNothingToAddAreListedSorted() {
        #expect(
            CompletionPlan.make(textBeforeCursor: "hel", candidates: ["help", "hello", "help"])
                == .list(["hello", "help"]))
    }

    @Test func noCandidateDoesNothing() {
        #expect(CompletionPlan.make(textBeforeCursor: "xyz", candidates: []) == .nothing)
        #expect(CompletionPlan.make(textBeforeCursor: "xyz", candidates: [""]) == .nothing)
    }

    @Test func candidateNotStartingWithTheWordReplacesIt() {
        #expect(
            CompletionPlan.make(textBeforeCursor: "go HEL", candidates: ["hello"])
                == .edit(deleting: 3, inserting: "hello "))
    }

    @Test func countsUnicodeScalars() {
        #expect(
            CompletionPlan.make(textBeforeCursor: "caf", candidates: ["café"])
                == .edit(deleting: 0, inserting: "é "))
        #expect(
            CompletionPlan.make(textBeforeCursor: "né", candidates: ["nx"])
                == .edit(deleting: 1, inserting: "x "))
    }

    @Test func emptyWordAfterSpace() {
        #expect(CompletionPlan.currentWord(in: "run ") == "")
        #expect(CompletionPlan.currentWord(in: "a\tb") == "b")
        #expect(
            CompletionPlan.make(textBeforeCursor: "run ", candidates: ["quit"])
                == .edit(deleting: 0, inserting: "quit "))
    }
}
