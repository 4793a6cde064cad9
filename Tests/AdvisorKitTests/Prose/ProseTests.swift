import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The plain English and Markdown every message and report shares.
@Suite struct ProseTests {
    @Test func listsJoinTheLastItemWithTheConjunction() {
        #expect(Prose.list([]) == "")
        #expect(Prose.list(["a"]) == "a")
        #expect(Prose.list(["a", "b"]) == "a and b")
        #expect(Prose.list(["a", "b", "c"]) == "a, b and c")
        #expect(Prose.list(["a", "b", "c"], conjunction: "or") == "a, b or c")
        #expect(Prose.list(["a", "b"], conjunction: "nor") == "a nor b")
    }

    @Test func numbersAreGroupedInThrees() {
        #expect(Prose.grouped(0) == "0")
        #expect(Prose.grouped(999) == "999")
        #expect(Prose.grouped(1_000) == "1,000")
        #expect(Prose.grouped(1_234_567) == "1,234,567")
        #expect(Prose.grouped(-1000) == "-1,000")
        #expect(Prose.grouped(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test func countsAgreeWithTheirNumber() {
        #expect(Prose.count(1, "rule") == "1 rule")
        #expect(Prose.count(0, "rule") == "0 rules")
        #expect(Prose.count(12_000, "answer combination") == "12000 answer combinations")
        #expect(Prose.plural("case", 1) == "case" && Prose.plural("case", 2) == "cases")
        #expect(Prose.agreeing(1, "is", "are") == "is" && Prose.agreeing(3, "is", "are") == "are")
    }

    /// Units are written in the plural in the rule files; one of them is singular.
    @Test func unitsAreSingularForOne() {
        #expect(Prose.unit("users", for: 1) == "user")
        #expect(Prose.unit("users", for: 2) == "users")
        #expect(Prose.unit("users", for: 0) == "users")
        #expect(Prose.unit("staff", for: 1) == "staff")
        #expect(Prose.unit("business", for: 1) == "business")
    }

    @Test func markdownEscapesTableAndEmphasisCharacters() {
        #expect(Markdown.escaped("a|b *c* _d_ `e` [f] <g> \\") == #"a\|b \*c\* \_d\_ \`e\` \[f\] \<g\> \\"#)
    }

    @Test func markdownCodeSpansStayOnOneLineAndSurviveBackticks() {
        #expect(Markdown.oneLine("a\nb\rc") == "a b c")
        #expect(Markdown.code("users > 5") == "`users > 5`")
        #expect(Markdown.code("a `b`") == "`` a `b` ``")
        #expect(Markdown.code("x\ny") == "`x y`")
    }
}
