import Foundation
import PropertyBased
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Runs `body` on `count` inputs drawn from `generator` with a fixed seed, so every run (and CI)
/// checks the same cases; a failure names the case number to look at.
func forAll<Value, Shrink>(
    _ count: Int, seed: UInt64, _ generator: Generator<Value, Shrink>, _ body: (Value) throws -> Void
) rethrows {
    var random = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
    for _ in 0..<count {
        try body(generator.run(using: &random))
    }
}

/// Properties of answer files over random inputs (fixed seeds, so CI runs the same cases).
@Suite struct AnswerPropertyTests {
    /// JSON values of the right and the wrong types for the shipped questions; nil leaves a question out.
    static let fragments: [String?] = [
        nil, "null", "12", "1", "0", "-3", "7.5", "99999999999999999999", "\"12\"", "true", "false",
        "\"yes\"", "\"maybe\"", "\"accept\"", "\"prefer_fixed\"", "\"simple\"", "\"high\"", "\"purple\"", "[1]", "{}",
    ]

    /// Whether `fragment` is a valid answer to the shipped question `id`: an oracle written by
    /// hand, independent of the decoder.
    static func isValid(_ fragment: String, for id: String) -> Bool {
        if fragment == "null" { return true }
        switch id {
        case "users": return ["12", "1", "\"12\""].contains(fragment)
        case "backup_monitoring", "proactive_care": return ["true", "false", "\"yes\""].contains(fragment)
        case "variable_bills": return ["\"accept\"", "\"prefer_fixed\""].contains(fragment)
        case "network_complexity": return fragment == "\"simple\""
        case "downtime_cost": return fragment == "\"high\""
        default: return false
        }
    }

    /// Any answers object either decodes or fails naming exactly the questions with bad values.
    @Test func answersEitherDecodeOrNameTheBadQuestions() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        let ids = ruleBase.questions.map(\.id)
        forAll(400, seed: 2026, Gen.element(of: Self.fragments).array(of: ids.count)) { picks in
            var given: [(String, String)] = []
            for index in ids.indices where index < picks.count {
                if case let fragment?? = picks[index] { given.append((ids[index], fragment)) }
            }
            let json = "{" + given.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
            let invalid = Set(given.filter { !Self.isValid($0.1, for: $0.0) }.map(\.0))
            do throws(AnswerFileError) {
                let decoded = try AnswerFile.decode(Data(json.utf8), path: "p.json", ruleBase: ruleBase)
                #expect(invalid.isEmpty, "accepted \(json)")
                let answered = Set(given.filter { $0.1 != "null" }.map(\.0))
                #expect(Set(ids.indices.filter { decoded.answers[$0] != nil }.map { ids[$0] }) == answered)
                _ = Engine(ruleBase: ruleBase).analyze(decoded.answers)
            } catch {
                let named = Set(error.diagnostics.compactMap { diagnostic in ids.first { diagnostic.message.contains($0) } })
                #expect(named == invalid, "\(json): \(error)")
                #expect(error.diagnostics.allSatisfy { $0.severity == .error ? $0.location != nil : true })
            }
        }
    }

    /// Complete answers: the JSON report names the same recommendation as the text report, and
    /// saving the answers then reading them back gives the same advice.
    @Test func renderingAndSavingRoundTrip() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        let engine = Engine(ruleBase: ruleBase)
        forAll(200, seed: 11, Gen.int(in: 0...10_000).array(of: ruleBase.questions.count)) { picks in
            var answers = Answers(questionCount: ruleBase.questions.count)
            for (index, pick) in picks.enumerated() {
                switch ruleBase.questions[index].kind {
                case .integer: answers[index] = .integer(1 + pick % 300)
                case .boolean: answers[index] = .boolean(pick % 2 == 0)
                case .choice(let choices): answers[index] = .choice(pick % choices.count)
                }
            }
            guard let advice = try? engine.advise(answers) else {
                Issue.record("complete answers must be settled")
                return
            }
            let json = try? JSONSerialization.jsonObject(with: Data(JSONRenderer.render(advice).utf8)) as? [String: Any]
            let name = ruleBase.options[advice.recommendation].name
            #expect(json?["recommendation"] as? String == ruleBase.options[advice.recommendation].id)
            #expect(TextRenderer(width: 80).render(advice).hasPrefix("Recommendation: \(name)\n"))
            let saved = AnswerFileWriter.json(answers, ruleBase: ruleBase)
            let reread = try? AnswerFile.decode(Data(saved.utf8), path: "saved.json", ruleBase: ruleBase)
            #expect(reread?.answers == answers)
            #expect(reread.flatMap { try? engine.advise($0.answers) }.map { JSONRenderer.render($0) } == JSONRenderer.render(advice))
        }
    }
}
