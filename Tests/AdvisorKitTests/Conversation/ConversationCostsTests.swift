import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The chat's cost commands: costs, assume and assumptions.
@Suite struct ConversationCostsTests {
    static func conversation(_ answers: [String: String] = [:]) throws -> Conversation {
        let (engine, model) = try CostTestSupport.shipped()
        let given = answers.isEmpty ? nil : try TestSupport.answers(answers, in: engine.ruleBase)
        return Conversation(engine: engine, answers: given, costs: CostAssumptions(model: model))
    }

    static func report(_ reply: ChatReply) -> CostReport? {
        for case .costs(let report) in reply.blocks { return report }
        return nil
    }

    @Test func costsNeedsTheNumberOfUsersFirst() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        let reply = chat.handle("costs")
        #expect(ConversationTests.text(reply).contains("I need your answer on number of users before I can estimate"))
        #expect(ConversationTests.text(reply).contains("How many people"), "asks the question again")
    }

    @Test func costsWhileQuestionsAreOpenShowWiderRanges() throws {
        var chat = try Self.conversation()
        _ = chat.start()
        _ = chat.handle("12")
        let early = try #require(Self.report(chat.handle("costs")))
        #expect(early.recommendation == nil)
        #expect(!early.openQuestions.isEmpty)
        var full = try Self.conversation(CostTestSupport.twelveUsers)
        _ = full.start()
        let late = try #require(Self.report(full.handle("costs")))
        for (open, settled) in zip(early.estimates.sorted { $0.option < $1.option }, late.estimates.sorted { $0.option < $1.option }) {
            #expect(open.high - open.low >= settled.high - settled.low)
        }
        #expect(late.recommendation == late.ruleBase.optionIndex("break_fix"))
    }

    @Test func assumeChangesTheEstimateForTheConversation() throws {
        var chat = try Self.conversation(CostTestSupport.twelveUsers)
        _ = chat.start()
        let note = ConversationTests.text(chat.handle("assume break_fix_hourly_rate 150"))
        #expect(note.contains("For this conversation break_fix_hourly_rate is 150 USD/hour (it was 125)"))
        let report = try #require(Self.report(chat.handle("costs")))
        let breakFix = try #require(report.estimate(of: report.ruleBase.optionIndex("break_fix") ?? 0))
        #expect(breakFix.parts.first { $0.kind == .labour }?.amount == 7_200)
        #expect(ConversationTests.text(chat.handle("assume break_fix_hourly_rate=160")).contains("is 160 USD/hour"))
        _ = chat.handle("assume reset")
        #expect(chat.costs?.overrides.isEmpty == true)
    }

    @Test func assumeRefusesBadValues() throws {
        var chat = try Self.conversation(CostTestSupport.twelveUsers)
        _ = chat.start()
        #expect(ConversationTests.text(chat.handle("assume break_fix_hourlyrate 150")).contains("did you mean 'break_fix_hourly_rate'?"))
        #expect(ConversationTests.text(chat.handle("assume break_fix_hourly_rate lots")).contains("'lots' is not a number"))
        #expect(ConversationTests.text(chat.handle("assume break_fix_hourly_rate -3")).contains("cannot be negative"))
        #expect(ConversationTests.text(chat.handle("assume")).contains("Usage: assume ID VALUE"))
        #expect(chat.costs?.overrides.isEmpty == true)
    }

    @Test func assumptionsListEveryParameterWithItsSource() throws {
        var chat = try Self.conversation(["users": "12"])
        _ = chat.start()
        let text = ConversationTests.text(chat.handle("assumptions"))
        let model = try CostTestSupport.shipped().1
        for parameter in model.parameters { #expect(text.contains("\(parameter.id) = "), "\(parameter.id)") }
        #expect(text.contains("break_fix_hourly_rate = 125 USD/hour: What a break-fix shop bills"))
        #expect(text.contains("[source: Break-Fix model, Why they're perhaps not a good fit (claims: outage_bill). Our reading: The article speaks of a bill"))
        #expect(text.contains("downtime_cost_per_user_hour = 30 USD/user/hour, until you answer about cost of downtime"))
    }

    @Test func withoutACostModelTheCommandsSaySo() throws {
        var chat = try ConversationTests.conversation()
        _ = chat.start()
        #expect(ConversationTests.text(chat.handle("costs")).contains("no cost model"))
        #expect(ConversationTests.text(chat.handle("assume x 1")).contains("no cost model"))
    }

    @Test func completesParameterIdsAfterAssume() throws {
        let chat = try Self.conversation()
        #expect(chat.completions(forTextBeforeCursor: "assume break_fix_h") == ["break_fix_hourly_rate"])
        #expect(chat.completions(forTextBeforeCursor: "cos").contains("costs"))
    }

    @Test func reloadKeepsAssumptionsTheNewModelStillHas() throws {
        var chat = try Self.conversation(CostTestSupport.twelveUsers)
        _ = chat.start()
        _ = chat.handle("assume managed_fee_per_user_month 120")
        let (engine, model) = try CostTestSupport.shipped()
        let (next, _) = chat.rebased(on: engine, costModel: model)
        let index = try #require(model.parameterIndex("managed_fee_per_user_month"))
        #expect(next.costs?.override(index) == 120)
        #expect(chat.rebased(on: engine).0.costs == nil)
    }
}
