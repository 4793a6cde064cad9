import Foundation
import Testing

/// The chat's cost commands driven through a pipe: costs, assume and assumptions.
@Suite struct ChatCostsTests {
    @Test func costsAssumeAndAssumptionsInTheChat() throws {
        let result = try ChatPipeTests.chat([
            "costs", "12", "costs", "assume break_fix_hourly_rate 150", "assume break_fix_hourlyrate 150",
            "assume managed_fee_per_user_month lots", "assumptions", "quit",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let out = result.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(out.contains("I need your answer on number of users before I can estimate what each option would cost."))
        #expect(out.contains("What it would cost (USD a year, estimated)"))
        #expect(out.contains("The ranges are wider because"), "open questions widen the ranges")
        #expect(out.contains("For this conversation break_fix_hourly_rate is 150 USD/hour (it was 125)."))
        #expect(out.contains("unknown cost parameter 'break_fix_hourlyrate' (advisor rules docs lists them); did you mean 'break_fix_hourly_rate'?"))
        #expect(out.contains("'lots' is not a number: managed_fee_per_user_month takes a number in USD/user/month"))
        #expect(out.contains("break_fix_hourly_rate = 150 USD/hour, your figure"))
        #expect(out.contains("[source: Break-Fix model, My Recommendation (claims: managed_less_downtime). Our reading: The article promises less downtime"))
    }

    @Test func assumptionsFromTheCommandLineCarryIntoTheChat() throws {
        let result = try ChatPipeTests.chat(["12", "costs", "quit"], arguments: ["--assume", "break_fix_hourly_rate=150"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("× 150 USD/hour"))
        let bad = try ChatPipeTests.chat(["quit"], arguments: ["--assume", "nope=1"])
        #expect(bad.status == 64)
    }

    @Test func afterTheRecommendationCostsShowTheVerdict() throws {
        let result = try ChatPipeTests.chat([
            "about 12 people", "bills can vary, that's fine", "not much", "not really", "no thanks, just fix it when it breaks", "costs", "quit",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Recommendation: Break-fix shop"))
        #expect(
            result.stdout.contains("is both the recommendation and the cheapest option in a typical year")
                || result.stdout.contains("is cheaper in a typical year"))
        // The chart of the four options, with the cheapest drawn heavy, and no colour in a pipe.
        let bars = result.stdout.split(separator: "\n").filter { $0.contains("●") && ($0.contains("┤") || $0.contains("┫")) }
        #expect(bars.count == 4 && bars.filter { $0.contains("━") }.count == 1, "\(bars)")
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
