import Foundation
import AdvisorKit
import Testing

/// `advisor --answers FILE --costs`, `--assume` and `--costs-file`, and the cost model in
/// `rules check` and `rules docs`, run as a built binary.
@Suite struct CostsCommandTests {
    static func answers(_ name: String) -> String { AdvisorBinary.fixture("answers/" + name) }

    @Test(arguments: [
        ("twelve-users.json", "text", "twelve-users-costs.txt"),
        ("twelve-users.json", "json", "twelve-users-costs.json"),
        ("twelve-users.json", "markdown", "twelve-users-costs.md"),
        ("handful.yaml", "markdown", "handful-costs.md"),
        ("growing-firm.yaml", "text", "growing-firm-costs.txt"),
    ])
    func outputMatchesGoldenFile(answers: String, format: String, golden: String) throws {
        let result = try AdvisorBinary.run(["--answers", Self.answers(answers), "--costs", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try Golden.check(result.stdout, against: golden), "output differs from golden/\(golden); ADVISOR_UPDATE_GOLDEN=1 rewrites it")
    }

    /// The chart of the text report takes the width of the terminal ($COLUMNS here), colour only
    /// on a terminal: one line per option, the cheapest drawn heavy.
    @Test(arguments: [40, 80, 120])
    func costChartFitsTheWidth(columns: Int) throws {
        let result = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs"], environment: ["COLUMNS": "\(columns)"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("What it would cost") })
        let chart = lines[(heading + 1)...].prefix { !$0.isEmpty }
        #expect(chart.allSatisfy { $0.count <= columns }, "\(chart.joined(separator: "\n"))")
        #expect(chart.filter { $0.contains("●") && !$0.contains("marks") }.count == 4)
        #expect(chart.filter { $0.contains("┣") }.count == 1)
        #expect(chart.last?.contains("0") == true && chart.contains { $0.contains("┴") })
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        for format in ["text", "json", "markdown"] {
            let arguments = ["--answers", Self.answers("growing-firm.yaml"), "--costs", "--assume", "in_house_overhead=25%", "--format", format]
            let first = try AdvisorBinary.run(arguments), second = try AdvisorBinary.run(arguments)
            #expect(first.status == 0 && first.stdout == second.stdout)
        }
    }

    @Test func jsonListsEveryOptionInRankingOrderWithTracedParts() throws {
        let result = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let costs = try #require(json["costs"] as? [[String: Any]])
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(costs.compactMap { $0["option"] as? String } == ranking.compactMap { $0["option"] as? String })
        for cost in costs {
            let expected = try #require(cost["expected"] as? Int), low = try #require(cost["low"] as? Int), high = try #require(cost["high"] as? Int)
            #expect(low <= expected && expected <= high)
            #expect(cost["currency"] as? String == "USD")
            let parts = try #require(cost["parts"] as? [[String: Any]])
            #expect(parts.compactMap { $0["amount"] as? Int }.reduce(0, +) == expected)
            for part in parts {
                #expect(["fees", "labour", "outages", "downtime"].contains(part["name"] as? String ?? ""))
                #expect((part["parameters"] as? [[String: Any]])?.isEmpty == false)
            }
        }
        let breakEven = try #require(json["break_even"] as? [String: Any])
        #expect(breakEven["cheapest"] as? String == "sole_proprietor")
        let sweep = try #require((breakEven["by_question"] as? [[String: Any]])?.first)
        #expect(sweep["question"] as? String == "users")
        #expect((breakEven["assumptions"] as? [Any])?.isEmpty == false)
    }

    @Test func assumeChangesOnlyWhatUsesTheParameter() throws {
        func costs(_ extra: [String]) throws -> [String: Int] {
            let result = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs", "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let list = try #require(json["costs"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.map { ($0["option"] as? String ?? "", $0["expected"] as? Int ?? 0) })
        }
        let plain = try costs([])
        let cheaperFee = try costs(["--assume", "managed_fee_per_user_month=80"])
        #expect(cheaperFee["managed_services"] == plain["managed_services"].map { $0 - 12 * 20 * 12 })
        #expect(cheaperFee["break_fix"] == plain["break_fix"] && cheaperFee["in_house"] == plain["in_house"])
        let yearly = try costs(["--assume", "managed_fee_per_user_month=960 USD/user/year"])
        #expect(yearly == cheaperFee, "a fee per year is converted to the parameter's unit")
        let two = try costs(["--assume", "managed_fee_per_user_month=80", "--assume", "break_fix_hourly_rate=100"])
        #expect(two["break_fix"] ?? 0 < plain["break_fix"] ?? 0)
    }

    @Test(arguments: [
        (
            "break_fix_hourlyrate=110",
            "--assume break_fix_hourlyrate=110: unknown cost parameter 'break_fix_hourlyrate' (advisor rules docs lists them); did you mean 'break_fix_hourly_rate'?"
        ),
        ("break_fix_hourly_rate=cheap", "'cheap' is not a number: break_fix_hourly_rate takes a number in USD/hour"),
        ("break_fix_hourly_rate=-20", "break_fix_hourly_rate cannot be negative"),
        ("break_fix_hourly_rate=100 USD/month", "'100 USD/month' is in USD/month, but break_fix_hourly_rate is in USD/hour"),
        ("break_fix_hourly_rate", "write ID=VALUE"),
    ])
    func badAssumptionsExitWith64(assignment: String, message: String) throws {
        let result = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs", "--assume", assignment])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("advisor: error: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one line")
    }

    @Test func costOptionsAreValidated() throws {
        let withoutCosts = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--assume", "break_fix_hourly_rate=100"])
        #expect(withoutCosts.status == 64)
        #expect(withoutCosts.stderr.contains("add --costs"))
        let inTheChat = try AdvisorBinary.run(["--costs"])
        #expect(inTheChat.status == 64)
        #expect(inTheChat.stderr.contains("in the chat, type costs"))
        let help = try AdvisorBinary.run(["help", "advise"])
        #expect(help.stdout.contains("--costs") && help.stdout.contains("--assume") && help.stdout.contains("--costs-file"))
    }

    @Test func anotherCostModelFromAFile() throws {
        let euro = AdvisorBinary.fixture("costs/euro-costs.yaml")
        let result = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs", "--costs-file", euro, "--detail", "full"])
        #expect(result.status == 0, "\(result.stderr)")
        // The summary's cost line is in the cost model's currency.
        let summary = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs-file", euro, "--costs"])
        #expect(summary.stdout.contains("Typical cost a year: 5,400 EUR; the cheapest other, Sole proprietor: 4,200 EUR."), "\(summary.stdout)")
        #expect(result.stdout.contains("What it would cost (EUR a year, estimated)"))
        #expect(result.stdout.contains("Labour: 12 users × 5 hours/user/year × 90 EUR/hour = 5,400 EUR"))
        // The report names the cost file beside the rule base, each with its digest.
        let costsFile = RuleBaseIdentity(
            name: "euro-costs.yaml", files: [RuleFile(path: euro, relativePath: "euro-costs.yaml", contents: try String(contentsOfFile: euro, encoding: .utf8))]
        )
        let folded = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(folded.hasSuffix("; costs: euro-costs.yaml, SHA-256 \(costsFile.shortDigest)"))
        let json = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs", "--costs-file", euro, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let costs = try #require((object["rule_base"] as? [String: Any])?["costs"] as? [String: Any])
        #expect(costs["digest"] as? String == costsFile.digest && costs["files"] as? [String] == ["euro-costs.yaml"])
        let broken = AdvisorBinary.fixture("costs/broken-costs.yaml")
        let error = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs", "--costs-file", broken])
        #expect(error.status == 78)
        #expect(
            error.stderr
                == "advisor: \(broken):20:33: error: the formula of part 'fees' of 'managed_services' comes out in EUR·hour/user/year^2, but every part must be in EUR/year\n"
        )
        let missing = try AdvisorBinary.run(["--answers", Self.answers("twelve-users.json"), "--costs", "--costs-file", "/nonexistent/costs.yaml"])
        #expect(missing.status == 66)
        let noModel = try AdvisorBinary.run(["--answers", Self.answers("handful.yaml"), "--costs", "--rules", AdvisorBinary.fixture("broken-rules")])
        #expect(noModel.status == 78)
    }

    @Test func aRuleFolderWithoutCostsStillAdvises() throws {
        let rules = try RulesCommandTests.editedRules("costs.yaml") { _ in "# no cost model here\n" }
        defer { try? FileManager.default.removeItem(at: rules) }
        let advice = try AdvisorBinary.run(["--answers", Self.answers("handful.yaml"), "--rules", rules.path])
        #expect(advice.status == 0)
        let costs = try AdvisorBinary.run(["--answers", Self.answers("handful.yaml"), "--rules", rules.path, "--costs"])
        #expect(costs.status == 78)
        #expect(costs.stderr.contains("the rule base has no cost model"))
    }

    @Test func rulesCheckReportsCostMistakesWithACaret() throws {
        let rules = try RulesCommandTests.editedRules("costs.yaml") {
            $0.replacingOccurrences(
                of: "max(users * managed_fee_per_user_month, managed_minimum_fee_month)",
                with: "max(users * managed_fee_per_usr_month, managed_minimum_fee_month)")
        }
        defer { try? FileManager.default.removeItem(at: rules) }
        let result = try AdvisorBinary.run(["rules", "check", "--rules", rules.path])
        #expect(result.status == 78)
        #expect(
            result.stdout.contains(
                """
                \(rules.path)/costs.yaml:298:32: error: in the formula of part 'fees' of 'managed_services': unknown name 'managed_fee_per_usr_month'; a formula may use the cost model's parameters and number questions; did you mean 'managed_fee_per_user_month'? [unknown-parameter]
                          formula: max(users * managed_fee_per_usr_month, managed_minimum_fee_month)
                                               ^
                """), "\(result.stdout)")
        let unused = try RulesCommandTests.editedRules("costs.yaml") {
            $0.replacingOccurrences(of: "  estimates:", with: "    - {id: spare, value: 1, unit: hours, description: Spare., assumption: None.}\n  estimates:")
        }
        defer { try? FileManager.default.removeItem(at: unused) }
        let warning = try AdvisorBinary.run(["rules", "check", "--strict", "--rules", unused.path])
        #expect(warning.status == 78)
        #expect(warning.stdout.contains("warning: parameter 'spare' is read by no formula, so its value changes no estimate"))
    }

    @Test func rulesDocsDocumentEveryParameter() throws {
        let result = try AdvisorBinary.run(["rules", "docs"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("## Cost model"))
        for id in ["break_fix_hourly_rate", "managed_fee_per_user_month", "in_house_salary", "downtime_cost_per_user_hour"] {
            #expect(result.stdout.contains("#### `\(id)`"), "\(id)")
        }
    }
}
