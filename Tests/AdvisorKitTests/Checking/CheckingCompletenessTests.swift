import BigInt
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The completeness analysis of `advisor rules check`: ties at the top, answers no rule scores,
/// and the bound on the answer space.
@Suite struct CheckingCompletenessTests {
    @Test func tie() {
        // 6 or more users with backups checked: msp 3 (big), shop 3 (watched).
        let rules = CheckingFixture.rules.replacingOccurrences(of: "{shop: 1}", with: "{shop: 3}")
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "tie", at: nil,
            mentioning: [
                "options shop and msp tie at the top for 1 answer combination, for example users = 6 or more, backups = true (both score 3)",
                "the tie goes to shop, the option listed first",
            ])
    }

    /// Every combination where the same pair ties is counted in one warning; the example is the first.
    @Test func tiesOfThePairAreGrouped() {
        let rules =
            CheckingFixture.rules.replacingOccurrences(of: "{shop: 1}", with: "{shop: 1, msp: 1}")
            + "\n  - {id: mid, when: users in 3...5, points: {msp: 2}, because: Mid., source: \"Guide, Intro\", interpretation: Ours.}"
        // 3–5 users: shop 2, msp 2 without backups; shop 3, msp 3 with them. Elsewhere one option leads.
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "tie", at: nil,
            mentioning: ["options shop and msp tie at the top for 2 answer combinations, for example users = 3 to 5, backups = false (both score 2)"])
    }

    /// Three options tying together make three pairs; each counts all its combinations and says
    /// who wins, even when the winner is a third option listed before both.
    @Test func threeWayTie() {
        let base = CheckingFixture.base + "\n  - {id: diy, name: Do it yourself, description: Nobody.}"
        let rules = CheckingFixture.rules.replacingOccurrences(of: "{shop: 1}", with: "{shop: 1, msp: 1, diy: 1}")
            .replacingOccurrences(of: "{msp: 3}", with: "{msp: 2, diy: 2}")
        // 1–5 users: shop 2 or 3, others 0 or 1: no tie. 6+: msp 2 = diy 2 > shop 0; with backups msp 3 = diy 3 > shop 1.
        let report = CheckingFixture.check(["base.yaml": base, "rules.yaml": rules])
        #expect(report.diagnostics.map(\.code) == ["tie"], "\(RuleBaseError(diagnostics: report.diagnostics))")
        #expect(
            report.diagnostics.first?.message.hasPrefix(
                "options msp and diy tie at the top for 2 answer combinations, for example users = 6 or more, backups = false (both score 2); the tie goes to msp, the option listed first"
            ) == true,
            "\(report.diagnostics)")

        let all = CheckingFixture.rules.replacingOccurrences(of: "{msp: 3}", with: "{msp: 3, shop: 3, diy: 3}")
        // 6+ users, no backups: all three score 3; with backups shop 4 leads alone.
        let three = CheckingFixture.check(["base.yaml": base, "rules.yaml": all]).diagnostics.filter { $0.code == "tie" }
        #expect(
            three.map(\.message) == [
                "options shop and msp tie at the top for 1 answer combination, for example users = 6 or more, backups = false (both score 3); the tie goes to shop, the option listed first",
                "options shop and diy tie at the top for 1 answer combination, for example users = 6 or more, backups = false (both score 3); the tie goes to shop, the option listed first",
                "options msp and diy tie at the top for 1 answer combination, for example users = 6 or more, backups = false (both score 3); the tie goes to shop, which scores the same and is listed before both",
            ])
    }

    @Test func noRuleFires() {
        // 1–5 users without backups: neither small (now needs backups), big nor watched fires.
        let rules = CheckingFixture.rules.replacingOccurrences(of: "users <= 5", with: "users <= 5 and backups")
        CheckingFixture.expectOnlyWarning(
            ["rules.yaml": rules], code: "no-rule-fires", at: nil,
            mentioning: [
                "no rule with points fires for 1 answer combination, for example users = 1 to 5, backups = false",
                "every option scores 0 and shop leads only because it is listed first",
            ])
    }

    /// A caveat firing does not count: only rules with points score.
    @Test func caveatsDoNotCountAsFiring() {
        let rules =
            CheckingFixture.rules.replacingOccurrences(of: "users <= 5", with: "users in 1...2")
            + "\n  - {id: note, when: users <= 5, caveat: Small., because: Testing., source: \"Guide, Costs\", interpretation: Ours.}"
        let report = CheckingFixture.check(["rules.yaml": rules])
        #expect(report.diagnostics.map(\.code) == ["no-rule-fires"])
        #expect(
            report.diagnostics.first?.message.contains("for 1 answer combination, for example users = 3 to 5, backups = false") == true,
            "\(report.diagnostics)")
    }

    /// 20 yes/no questions (2^20 combinations, past the million the checker once enumerated at
    /// most), ten for each option: shop and msp tie whenever as many of each are answered yes.
    static func twentyQuestions(extraRules: String = "") -> [String: String] {
        let ids = (1...20).map { "q\($0)" }
        let questions = "questions:\n" + ids.map { "  - {id: \($0), type: boolean, label: Q, ask: Q?, why: W.}" }.joined(separator: "\n")
        let rules =
            "rules:\n"
            + ids.enumerated().map { index, id in
                "  - {id: r\(id), when: \(id), points: {\(index.isMultiple(of: 2) ? "shop" : "msp"): 1}, because: B., source: \"Guide, Intro\"}"
            }.joined(separator: "\n") + extraRules
        return ["questions.yaml": questions, "rules.yaml": rules]
    }

    @Test func twentyQuestionsAreCheckedInFull() throws {
        let files = CheckingFixture.files(
            Self.twentyQuestions(
                extraRules:
                    "\n  - {id: everything, when: \((1...20).map { "q\($0)" }.joined(separator: " and ")), caveat: C., because: B., source: \"Guide, Intro\"}"))
        let ruleBase = try RuleBaseLoader.load(files).0
        // Counted in full: C(20, 10) − 1 = 184,755 ties (k of each side answered yes, k = 1…10).
        let warnings = RuleBaseChecker.warnings(for: ruleBase)
        #expect(warnings.map(\.code) == ["no-rule-fires", "tie"], "\(warnings)")
        #expect(warnings.first?.message.contains("for 1 answer combination, for example q1 = false, q2 = false,") == true)
        #expect(
            warnings.last?.message.hasPrefix("options shop and msp tie at the top for 184,755 answer combinations, for example q1 = false, q2 = false,")
                == true,
            "\(warnings)")
    }

    /// Sixty yes/no questions (over 10^18 combinations): still counted exactly, through the groups
    /// of questions that rules join. Each pair qN, qN+1 is joined by two rules: shop gains a point
    /// for the pair answered "yes, no", msp for "no, yes".
    @Test func sixtyQuestionsAreCountedExactly() throws {
        let ids = (1...60).map { "q\($0)" }
        let questions = "questions:\n" + ids.map { "  - {id: \($0), type: boolean, label: Q, ask: Q?, why: W.}" }.joined(separator: "\n")
        let rules =
            "rules:\n"
            + stride(from: 0, to: 60, by: 2).map { index in
                "  - {id: s\(index), when: \(ids[index]) and not \(ids[index + 1]), points: {shop: 1}, because: B., source: \"Guide, Intro\"}\n"
                    + "  - {id: m\(index), when: not \(ids[index]) and \(ids[index + 1]), points: {msp: 1}, because: B., source: \"Guide, Intro\"}"
            }.joined(separator: "\n")
        let ruleBase = try RuleBaseLoader.load(CheckingFixture.files(["questions.yaml": questions, "rules.yaml": rules])).0
        let warnings = RuleBaseChecker.warnings(for: ruleBase)
        // Each pair is "yes, no" (+1 shop), "no, yes" (+1 msp) or one of two answers that score
        // nothing. A tie with some rule firing: k pairs each way (k = 1…15), the other 30 − 2k
        // pairs scoring nothing: the sum over k of 30! / (k! k! (30 − 2k)!) · 2^(30 − 2k). No rule
        // fires in 2^30 combinations.
        var ties = BigUInt(0)
        for k in 1...15 {
            ties += Self.factorial(30) / (Self.factorial(k) * Self.factorial(k) * Self.factorial(30 - 2 * k)) * (BigUInt(1) << (30 - 2 * k))
        }
        #expect(warnings.map(\.code) == ["no-rule-fires", "tie"], "\(warnings)")
        #expect(warnings.first?.message.contains("for \(Prose.grouped(BigUInt(1) << 30)) answer combinations, for example q1 = false,") == true, "\(warnings)")
        #expect(warnings.last?.message.contains("tie at the top for \(Prose.grouped(ties)) answer combinations, for example") == true, "\(warnings)")
    }

    private static func factorial(_ n: Int) -> BigUInt { (1...max(1, n)).reduce(BigUInt(1)) { $0 * BigUInt($1) } }

    /// A tie in a small region: its count and its first combination.
    @Test func tieIsCountedWithItsFirstExample() throws {
        let rules =
            CheckingFixture.rules.replacingOccurrences(of: "{shop: 1}", with: "{shop: 1, msp: 1}")
            + "\n  - {id: mid, when: users in 3...5, points: {msp: 2}, because: Mid., source: \"Guide, Intro\"}"
        let ruleBase = try RuleBaseLoader.load(CheckingFixture.files(["rules.yaml": rules])).0
        #expect(
            RuleBaseChecker.warnings(for: ruleBase).map(\.message) == [
                "options shop and msp tie at the top for 2 answer combinations, for example users = 3 to 5, backups = false (both score 2); the tie goes to shop, the option listed first"
            ])
    }

    @Test func outputIsDeterministic() {
        let rules = CheckingFixture.rules
            .replacingOccurrences(of: "users <= 5", with: "users <= 5 and backups")
            .replacingOccurrences(of: "{shop: 1}", with: "{shop: 3}")
        let first = CheckingFixture.check(["rules.yaml": rules]).diagnostics
        #expect(first.map(\.code) == ["no-rule-fires", "tie"])
        for _ in 0..<5 {
            #expect(CheckingFixture.check(["rules.yaml": rules]).diagnostics == first)
        }
    }

    /// The reasoning core's counts agree with scoring every combination through the engine, on
    /// the shipped rules and on a base with ties, a three-way tie and silent answers.
    @Test func countsAgreeWithTheEngine() throws {
        let base = CheckingFixture.base + "\n  - {id: diy, name: Do it yourself, description: Nobody.}"
        let rules =
            CheckingFixture.rules
            .replacingOccurrences(of: "users <= 5", with: "users <= 5 and backups")
            .replacingOccurrences(of: "{msp: 3}", with: "{msp: 3, shop: 3, diy: 3}")
            + "\n  - {id: mid, when: users in 3...8 and not backups, points: {diy: 2, msp: 2}, because: M., source: \"Guide, Intro\", interpretation: Ours.}"
        // Without backups: 1–2 users silent; 3–5 and 6–8 msp = diy on top; 9 or more all three tie.
        let cases = [(try FileReader.ruleFiles(in: TestSupport.rulesFolder), false), (CheckingFixture.files(["base.yaml": base, "rules.yaml": rules]), true)]
        for (files, hasTies) in cases {
            let ruleBase = try RuleBaseLoader.load(files).0
            let engine = Engine(ruleBase: ruleBase)
            var expectedSilent = 0
            var expectedTies: [String: Int] = [:]
            var combinations = [Answers(questionCount: ruleBase.questions.count)]
            for (question, domain) in engine.space.domains.enumerated() {
                combinations = combinations.flatMap { partial in domain.map { partial.with(question, $0) } }
            }
            for answers in combinations {
                let evaluation = engine.evaluate(answers)
                guard evaluation.scoringRules.contains(where: { index in ruleBase.rules[index].points.contains { $0.points != 0 } }) else {
                    expectedSilent += 1
                    continue
                }
                let top = evaluation.scores.max() ?? 0
                let tied = evaluation.scores.indices.filter { evaluation.scores[$0] == top }
                for (position, first) in tied.enumerated() {
                    for second in tied.dropFirst(position + 1) { expectedTies["\(first) \(second)", default: 0] += 1 }
                }
            }
            let silent = Completeness.silentRegion(engine.model, counting: Completeness.decomposition(engine.model))
            #expect((silent?.count ?? 0) == BigUInt(expectedSilent))
            var ties: [String: Int] = [:]
            for first in ruleBase.options.indices {
                for second in ruleBase.options.indices where second > first {
                    if let tie = Completeness.tieRegion(first, second, engine.model, counting: Completeness.decomposition(engine.model)) {
                        ties["\(first) \(second)"] = tie.count.map { Int($0) } ?? -1
                    }
                }
            }
            #expect(ties == expectedTies)
            if hasTies { #expect(expectedTies == ["0 1": 1, "0 2": 1, "1 2": 3] && expectedSilent == 1, "\(expectedTies)") }
        }
    }
}
