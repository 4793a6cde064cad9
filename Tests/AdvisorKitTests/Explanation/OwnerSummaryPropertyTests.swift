import Foundation
import Testing
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The owner's summary of every answer set of the shipped rules — every complete one, and every
/// one the chat ends on (settled early, or on conditional advice after a "don't know") — fits
/// one screen (24 lines at 80 columns) and names no identifier: no rule, claim, question,
/// option or parameter id, no choice value, no points. Ids are checked on a copy of the rules
/// whose ids are tokens no plain word contains, so that an id that is also an English word
/// ("users", "high") cannot hide.
@Suite struct OwnerSummaryPropertyTests {
    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    /// Records an issue when the summary's text is longer than a screen, wider than 80 columns,
    /// or names an identifier; the Markdown before the full reasoning must name none either.
    static func check(_ summary: OwnerSummary, _ what: @autoclosure () -> String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let text = TextRenderer(width: OwnerSummary.screenWidth).render(summary)
        let lines = Self.lines(text)
        if lines.count > OwnerSummary.screenLines || lines.contains(where: { $0.count > OwnerSummary.screenWidth }) {
            Issue.record("\(what()): \(lines.count) lines\n\(text)", sourceLocation: sourceLocation)
        }
        let found = OwnerTextProperty.identifiers(in: text + MarkdownRenderer.render(summary))
        if !found.isEmpty { Issue.record("\(what()): names \(found)\n\(text)", sourceLocation: sourceLocation) }
    }

    @Test func everyCompleteAnswerSetFitsOneScreenInPlainWords() throws {
        let (engine, costs) = try OwnerTextProperty.mangledShippedRules()
        let all = OwnerTextProperty.completeAnswers(engine)
        #expect(all.count > 500, "every complete answer set: \(all.count)")
        // The search would see an id printed: the full reasoning names them.
        let full = TextRenderer(width: 80).render(try engine.advise(all[0]))
        #expect(OwnerTextProperty.identifiers(in: full).contains { $0.hasPrefix("zqrule") })
        var reasonCounts: [Int: Int] = [:]
        for answers in all {
            let advice = try engine.advise(answers)
            for setting in [OwnerSummary.Setting.chat, .report] {
                let summary = OwnerSummary(advice, costs: costs, setting: setting)
                Self.check(summary, "\(answers.values)")
                reasonCounts[summary.reasons.count, default: 0] += 1
                #expect(summary.cost != nil)
                #expect(!summary.beforeYouSign.isEmpty || advice.caveats.isEmpty)
            }
        }
        // Two or three reasons, always, for the shipped rules.
        #expect(Set(reasonCounts.keys).isSubset(of: [2, 3]), "\(reasonCounts)")
    }

    @Test func everyAnswerSetTheChatEndsOnFitsOneScreenInPlainWords() throws {
        let (engine, costs) = try OwnerTextProperty.mangledShippedRules()
        let endings = OwnerTextProperty.chatEndings(engine, costs: costs)
        #expect(endings.count > 100, "every interview: \(endings.count)")
        var early = 0, conditional = 0
        for ending in endings {
            let summary = try #require(ending.reply.summary, "the interview ended in a summary: \(ending.conversation.answers.values)")
            Self.check(summary, "\(ending.conversation.answers.values), don't know \(ending.conversation.dontKnow)")
            if case .dependsOn = summary.outcome { conditional += 1 } else if !ending.conversation.answers.unanswered.isEmpty { early += 1 }
        }
        #expect(early > 0 && conditional > 0, "settled early: \(early), conditional: \(conditional)")
    }

    /// The shipped texts themselves: when nobody watches the backups, that caveat is always
    /// among the things to do before signing, and it comes first.
    @Test func theUnwatchedBackupsAreAlwaysAmongTheThingsToDo() throws {
        let (engine, model) = try CostTestSupport.shipped()
        let backups = try #require(engine.ruleBase.questionIndex("backup_monitoring"))
        let caveat = try #require(engine.ruleBase.rules.firstIndex { $0.id == "backups_unwatched" })
        for answers in OwnerTextProperty.completeAnswers(engine) where answers[backups] == .boolean(false) {
            let summary = OwnerSummary(try engine.advise(answers), costs: CostAssumptions(model: model))
            #expect(summary.beforeYouSign.first?.rule == caveat, "\(answers.values)")
        }
    }

    /// The check itself finds what it looks for.
    @Test func theIdentifierSearchFindsIdsPointsAndUnderscores() {
        #expect(OwnerTextProperty.identifiers(in: "rule zqrule3qz fired") == ["zqrule3qz"])
        #expect(OwnerTextProperty.identifiers(in: "+4 Break-fix shop, −2 Sole proprietor") == ["+4", "−2"])
        #expect(OwnerTextProperty.identifiers(in: "see managed_services") == ["managed_services"])
        #expect(OwnerTextProperty.identifiers(in: "3 points behind") == ["points"])
        #expect(OwnerTextProperty.identifiers(in: "Typical cost a year: 3,690 USD; 16 to 99 users, 1-2 sites.").isEmpty)
    }
}
