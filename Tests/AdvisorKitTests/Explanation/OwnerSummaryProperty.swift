import Foundation
import Testing
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// What the property tests of the owner's summary and of the chat need: the shipped rule base
/// with every identifier replaced by a token that no plain word contains, every interview the
/// chat can have, and a search for identifiers in what an owner reads.
enum OwnerTextProperty {
    /// The shipped rule base and its cost model with every rule id, claim id, question id,
    /// choice value, option id and parameter id replaced by `zq…qz` tokens, which cannot occur
    /// in plain words: in text made from it, such a token is an identifier printed.
    static func mangledShippedRules() throws -> (Engine, CostAssumptions) {
        let (engine, model) = try CostTestSupport.shipped()
        let shipped = engine.ruleBase
        let claims = shipped.claims.enumerated().map { index, claim -> Claim in
            var claim = claim
            claim.id = "zqclaim\(index)qz"
            return claim
        }
        let mangledClaim = { (claim: Claim) in claims.first { $0.says == claim.says && $0.source == claim.source } ?? claim }
        let questions = shipped.questions.enumerated().map { index, question -> Question in
            var question = question
            question.id = "zqquestion\(index)qz"
            if case .choice(let choices) = question.kind {
                question.kind = .choice(
                    choices.enumerated().map { position, choice in
                        var choice = choice
                        choice.value = "zqchoice\(index)x\(position)qz"
                        return choice
                    })
            }
            return question
        }
        let options = shipped.options.enumerated().map { index, option -> SupportOption in
            var option = option
            option.id = "zqoption\(index)qz"
            return option
        }
        let rules = shipped.rules.enumerated().map { index, rule -> Rule in
            var rule = rule
            rule.id = "zqrule\(index)qz"
            if case .claims(let cited) = rule.provenance { rule.provenance = .claims(cited.map(mangledClaim)) }
            return rule
        }
        let ruleBase = RuleBase(
            questions: questions, options: options, rules: rules, sources: shipped.sources, claims: claims, identity: shipped.identity,
            intro: shipped.intro, firstQuestion: shipped.firstQuestion)
        let parameters = model.parameters.enumerated().map { index, parameter -> CostParameter in
            var parameter = parameter
            parameter.id = "zqparameter\(index)qz"
            return parameter
        }
        let costs = CostModel(currency: model.currency, parameters: parameters, estimates: model.estimates)
        return (Engine(ruleBase: ruleBase), CostAssumptions(model: costs))
    }

    /// Every identifier-like thing in `text`: a mangled id (`zq…qz`), a word joined by
    /// underscores, signed points ("+4", "−4") or the word "points".
    static func identifiers(in text: String) -> [String] {
        var found: [String] = []
        for pattern in [#"zq\w+?qz"#, #"\b[a-z0-9]+(_[a-z0-9]+)+\b"#, #"(?<![\w,.])[+−]\d+"#, #"\bpoints?\b"#] {
            let regex = try? NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            for match in regex?.matches(in: text, range: range) ?? [] {
                if let matched = Range(match.range, in: text) { found.append(String(text[matched])) }
            }
        }
        return found
    }

    /// Every complete set of answers, one value for each stretch of numbers that behave alike.
    static func completeAnswers(_ engine: Engine) -> [Answers] {
        var all = [Answers(questionCount: engine.ruleBase.questions.count)]
        for question in engine.ruleBase.questions.indices {
            all = all.flatMap { partial in engine.space.domains[question].map { partial.with(question, $0) } }
        }
        return all
    }

    /// Where an interview ends: the conversation and the reply that gave the recommendation.
    struct Ending {
        var conversation: Conversation
        var reply: ChatReply
    }

    /// Every interview the chat can have, answering each question it asks with each of its
    /// answers (a number for each stretch) or "skip": where each ends (settled early, complete,
    /// or on conditional advice).
    static func chatEndings(_ engine: Engine, costs: CostAssumptions?) -> [Ending] {
        var chat = Conversation(engine: engine, costs: costs)
        let opening = chat.start()
        var endings: [Ending] = []
        walk(chat, opening, engine: engine, into: &endings)
        return endings
    }

    private static func walk(_ chat: Conversation, _ reply: ChatReply, engine: Engine, into endings: inout [Ending]) {
        guard let question = chat.currentQuestion else {
            endings.append(Ending(conversation: chat, reply: reply))
            return
        }
        let asked = engine.ruleBase.questions[question]
        for line in engine.space.domains[question].map(asked.spelling(of:)) + ["skip"] {
            var next = chat
            let answer = next.handle(line)
            walk(next, answer, engine: engine, into: &endings)
        }
    }
}
