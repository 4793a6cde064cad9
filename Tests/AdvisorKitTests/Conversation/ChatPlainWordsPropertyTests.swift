import Testing
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Every message the chat prints is in plain words: no rule, claim, question, option or
/// parameter id, no choice value, no points. Only the full reasoning (`how`) and the cost
/// worksheets (`costs`, `assumptions`, which name the parameters that `assume` changes) show
/// them, on request. Checked on the shipped rules with their ids replaced by tokens no plain
/// word contains, along every interview the chat can have, with lines an owner might type at
/// each step: answers it cannot read, unsure and ambiguous ones, questions back, mistyped and
/// incomplete commands, and changes after the recommendation.
@Suite struct ChatPlainWordsPropertyTests {
    /// Lines typed while a question is asked (each on its own copy of the conversation).
    static let duringTheInterview = [
        "why", "answers", "help", "purple", "maybe 12?", "5 or 6", "fixed or hourly", "what do you mean?", "0", "what-if",
        "what-if number of users", "what-if number of users lots", "what-if cost of downtime a lot", "why-not", "why-not nonsense",
        "why-not break-fix shop", "change", "change nonsense", "save", "save-test", "skip", "back", "costz", "thanks",
    ]

    /// Lines typed once the recommendation (or what it depends on) is given.
    static let afterTheRecommendation = [
        "why", "answers", "thanks", "wh", "hwo", "not really, we just call when the till breaks", "what-if number of users 20",
        "what-if cost of downtime a lot", "what-if backups never", "why-not sole proprietor", "why-not managed services provider",
        "why-not in-house it", "why-not break-fix shop", "why-not nonsense", "change nonsense", "we've grown to 30 people",
        "a day without computers would cost us a fortune", "it's a nightmare, fingers crossed", "skip", "save-test", "back",
    ]

    /// The text an owner reads of `reply`: its paragraphs, items, questions and notes, and the
    /// owner's summary in place of the recommendation's full reasoning.
    static func shown(_ reply: ChatReply) -> String {
        var text = reply.blocks.compactMap { block -> String? in
            switch block {
            case .say(let text), .item(let text), .ask(let text), .note(let text): return text
            case .advice, .conditional:
                return reply.summary == nil ? "FULL REASONING WITHOUT A SUMMARY" : nil
            case .costs: return "A COST WORKSHEET"
            }
        }
        if let summary = reply.summary { text.append(TextRenderer(width: 80).render(summary)) }
        return text.joined(separator: "\n")
    }

    static func expectPlain(
        _ reply: ChatReply, after line: String, in chat: Conversation, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let text = shown(reply)
        let found = OwnerTextProperty.identifiers(in: text)
        if !found.isEmpty || text.contains("FULL REASONING") || text.contains("COST WORKSHEET") {
            Issue.record(
                "after \(line.debugDescription) with answers \(chat.answers.values): \(found)\n\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyMessageAlongEveryInterviewIsInPlainWords() throws {
        let (engine, costs) = try OwnerTextProperty.mangledShippedRules()
        var chat = Conversation(engine: engine, costs: costs)
        Self.expectPlain(chat.start(), after: "(start)", in: chat)
        var asked = 0, ended = 0, probedConditional = 0, probedEarly = 0
        // Every interview, answering each question with each of its answers or "skip"; the
        // probes run on a copy at each step, so the interview itself goes on unchanged.
        func walk(_ chat: Conversation, depth: Int) {
            guard let question = chat.currentQuestion else {
                ended += 1
                // Every tenth ending, to keep the test quick.
                guard ended % 10 == 0 else { return }
                if engine.conditionalAdvice(chat.answers, unknown: chat.dontKnow) != nil { probedConditional += 1 }
                if engine.settledRecommendation(chat.answers) != nil, !chat.answers.unanswered.isEmpty { probedEarly += 1 }
                for line in Self.afterTheRecommendation {
                    var probe = chat
                    let reply = probe.handle(line)
                    Self.expectPlain(reply, after: line, in: chat)
                    if probe.pendingChange != nil { Self.expectPlain(probe.handle("yes"), after: line + " / yes", in: chat) }
                }
                return
            }
            asked += 1
            if asked % 8 == 1 {
                for line in Self.duringTheInterview {
                    var probe = chat
                    Self.expectPlain(probe.handle(line), after: line, in: chat)
                    Self.expectPlain(probe.handle("no"), after: line + " / no", in: chat)
                }
            }
            let spelled = engine.space.domains[question].map(engine.ruleBase.questions[question].spelling(of:))
            for line in spelled + ["skip"] {
                var next = chat
                let reply = next.handle(line)
                Self.expectPlain(reply, after: line, in: chat)
                walk(next, depth: depth + 1)
            }
        }
        walk(chat, depth: 0)
        #expect(ended > 100 && asked > 50, "interviews: \(ended), questions asked: \(asked)")
        #expect(probedConditional > 0 && probedEarly > 0, "probed endings on conditional advice: \(probedConditional), settled early: \(probedEarly)")
    }

    /// The probe sees ids where they are printed: `how` shows the full reasoning.
    @Test func howIsTheFullReasoningWithItsIds() throws {
        let (engine, costs) = try OwnerTextProperty.mangledShippedRules()
        var chat = Conversation(engine: engine, costs: costs)
        _ = chat.start()
        _ = chat.handle("40")
        // The backups decide a caveat of the settled recommendation, so they are asked first.
        _ = chat.handle("yes")
        #expect(chat.currentQuestion == nil)
        let how = chat.handle("how")
        #expect(how.summary == nil)
        guard case .advice(let advice)? = how.blocks.first else {
            Issue.record("how gives the full reasoning")
            return
        }
        #expect(OwnerTextProperty.identifiers(in: TextRenderer(width: 80).render(advice)).contains { $0.hasPrefix("zqrule") })
    }
}
