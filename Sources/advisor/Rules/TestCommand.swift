import AdvisorKit
import ArgumentParser

/// `advisor rules test`: runs the rule base's own test cases (`tests/*.yaml`).
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the test cases in the rule base's tests/ folder.",
        discussion: """
            For each failing case: where it is written, the expected and actual recommendation and \
            ranking, and the rules that fired. Then the rules that no test case makes fire, and a \
            last line 'N passed, M failed'.

            Example:
              advisor rules test --rules MyRules --filter fifteen

            Exit status: 0 when all pass, 1 otherwise, 78 for a \
            broken rule base.
            """
    )

    @OptionGroup var ruleOptions: RuleBaseOptions

    @Option(name: .long, help: ArgumentHelp("Run only the cases whose name contains this text (ignoring case).", valueName: "text"))
    var filter: String?

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let ruleBase = try ruleOptions.loadRuleBase()
            let engine = Engine(ruleBase: ruleBase)
            let cases = ruleBase.testCases.filter { testCase in
                filter.map { testCase.name.localizedCaseInsensitiveContains($0) } ?? true
            }
            if cases.isEmpty {
                let why = filter.map { "no test case name contains '\($0)'" } ?? "the rule base has no test cases (add them under tests/)"
                Terminal.printError("advisor: error: \(why)")
                Terminal.write("0 passed, 0 failed\n")
                throw Failure.silent(.checkFailed)
            }
            let results = cases.map(engine.run)
            var out = ""
            for result in results where !result.passed {
                out += Self.describeFailure(result, ruleBase: ruleBase)
            }
            let fired = Set(results.compactMap(\.advice).flatMap { $0.reasons + $0.caveats })
            let untested = ruleBase.rules.indices.filter { !fired.contains($0) }.map { ruleBase.rules[$0].id }
            if !untested.isEmpty {
                out += "Not covered: no test case makes these rules fire: \(untested.joined(separator: ", "))\n"
            }
            let failed = results.filter { !$0.passed }.count
            out += "\(results.count - failed) passed, \(failed) failed\n"
            Terminal.write(out)
            if failed > 0 { throw Failure.silent(.checkFailed) }
        }
    }

    static func describeFailure(_ result: RuleTestResult, ruleBase: RuleBase) -> String {
        let testCase = result.testCase
        var lines = ["FAIL \(testCase.location): \(testCase.name)"]
        lines += result.failures.map { "  \($0)" }
        if let advice = result.advice {
            let ranking = advice.ranking.map { "\(ruleBase.options[$0.option].id) \($0.score)" }.joined(separator: ", ")
            lines.append("  ranking: \(ranking)")
            let fired = (advice.reasons + advice.caveats).sorted().map { ruleBase.rules[$0].id }
            lines.append("  rules fired: \(fired.isEmpty ? "none" : fired.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
