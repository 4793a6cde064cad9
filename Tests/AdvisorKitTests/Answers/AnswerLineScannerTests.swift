import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The fast scanner must accept only lines that the full answer reading accepts, with the same
/// answers and id; everything else it must leave to the full reading.
@Suite struct AnswerLineScannerTests {
    let ruleBase: RuleBase
    let scanner: AnswerLineScanner

    init() throws {
        ruleBase = try TestSupport.shippedRuleBase()
        scanner = AnswerLineScanner(ruleBase: ruleBase)
    }

    /// The scanner's reading of `line`, as a record, or nil when it declines.
    func scanned(_ line: String) -> AnswerRecord? {
        var words = [Int](repeating: 0, count: scanner.questionCount)
        var seen = [Bool](repeating: false, count: scanner.questionCount)
        let bytes = Array(line.utf8)
        let result = bytes.withUnsafeBufferPointer { line in
            words.withUnsafeMutableBufferPointer { words in
                seen.withUnsafeMutableBufferPointer { seen in scanner.scan(line, into: words, seen: seen) }
            }
        }
        let id: RecordID?
        switch result {
        case .declined:
            return nil
        case .answersWithoutID:
            id = nil
        case .answers(let found):
            let text = String(decoding: bytes[found.range], as: UTF8.self)
            id = found.isText ? .text(text) : .number(text)
        }
        return AnswerRecord(id: id, answers: .success(AnswerVector.answers(words, questions: ruleBase.questions)), warnings: [])
    }

    @Test(arguments: [
        #"{"users": 12, "variable_bills": "accept", "backup_monitoring": true, "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": false}"#,
        #"{"id":"a-1","users":3,"variable_bills":"prefer_fixed"}"#,
        #"{"id": 42, "users": null}"#,
        #"  { }  "#,
        #"{"id":"only"}"#,
        #"{"users": "12", "backup_monitoring": "yes", "proactive_care": "OFF", "variable_bills": "fixed", "downtime_cost": "a lot"}"#,
    ])
    func plainLinesAreScannedLikeTheFullReading(line: String) {
        let fast = scanned(line)
        #expect(fast != nil)
        #expect(fast == AnswerRecord.decode(Data(line.utf8), ruleBase: ruleBase))
    }

    @Test(arguments: [
        #"{"users": "0"}"#, #"{"backup_monitoring": "maybe"}"#, #"{"variable_bills": "acept"}"#, #"{"users": 012}"#,
        #"{"users": 0}"#, #"{"users": 1.5}"#, #"{"users": 1, "users": 2}"#, #"{"user": 1}"#, "{\"users\":\t1}",
        #"{"variable_bills": "acc\u0065pt"}"#, #"{"users": 1,}"#, #"[1]"#, #"{"id": [1]}"#, #"{"users": 99999999999999999999}"#,
    ])
    func unusualLinesAreLeftToTheFullReading(line: String) {
        #expect(scanned(line) == nil)
    }

    /// Random lines built from plausible and broken pieces: whenever the scanner accepts one,
    /// the full reading must accept it too, with the same answers and id.
    @Test func randomLinesAgreeWithTheFullReading() {
        var random = SeededRandom(seed: 2024)
        var accepted = 0
        let total = 5_000
        for _ in 0..<total {
            let line = Self.randomLine(&random)
            guard let fast = scanned(line) else { continue }
            accepted += 1
            let reference = AnswerRecord.decode(Data(line.utf8), ruleBase: ruleBase)
            #expect(fast == reference, "line: \(line)")
        }
        #expect(accepted > total / 10, "the scanner should take the common lines itself")
    }

    /// Whole answer files over several lines (`advisor --answers`): whenever the scanner takes
    /// one, the full reading must give the same answers and no warning.
    @Test func randomAnswerFilesAgreeWithTheFullReading() throws {
        var random = SeededRandom(seed: 77)
        var accepted = 0
        let total = 3_000
        let breaks = ["\n", "\n  ", "\r\n", " \n", "\n\n", "\r", "\n\t"]
        for _ in 0..<total {
            var text = ""
            for character in Self.randomLine(&random) {
                text.append(character)
                if ",{:".contains(character), random.next() % 2 == 0 { text += breaks[Int(random.next() % UInt64(breaks.count))] }
            }
            if random.next() % 2 == 0 { text += "\n" }
            let data = Data(text.utf8)
            guard let fast = AnswerFile.scanned(data, ruleBase: ruleBase) else { continue }
            accepted += 1
            let full = try? AnswerFile.decodeFully(data, path: "a.json", ruleBase: ruleBase)
            #expect(full == fast, "file: \(text)")
            #expect(full?.warnings == [], "file: \(text)")
        }
        #expect(accepted > total / 20, "the scanner should take the common files itself")
    }

    @Test func answerFileWithAnIDIsLeftToTheFullReading() throws {
        for text in [#"{"id": "x", "users": 3}"#, #"{"users": 3, "id": null}"#] {
            let data = Data(text.utf8)
            #expect(AnswerFile.scanned(data, ruleBase: ruleBase) == nil)
            let decoded = try AnswerFile.decode(data, path: "a.json", ruleBase: ruleBase)
            #expect(decoded.warnings.map(\.code) == ["unknown-question"])
        }
    }

    static let keys = [
        "users", "variable_bills", "backup_monitoring", "network_complexity", "downtime_cost", "proactive_care", "id", "user", "Users", "users ", "us\\u0065rs",
    ]
    static let values = [
        "12", "1", "0", "-3", "012", "-0", "1.5", "1e3", "99999999999999999999", "7 ", "\"12\"", "true", "false", "True", "TRUE",
        "\"yes\"", "\"no\"", "null", "Null", "~", "\"accept\"", "\"prefer_fixed\"", "\"no_preference\"", "\"fixed\"", "\"acept\"",
        "\"simple\"", "\"moderate\"", "\"complex\"", "\"low\"", "\"medium\"", "\"high\"", "\"a\\\"b\"", "\"caf\u{e9}\"", "[]", "{}",
        "[1, 2]", "{\"a\": 1}", "\"\"", "\"null\"", "accept", "'accept'",
    ]
    static let spaces = ["", " ", " ", " ", "  ", "\t"]
    /// Values of the right type for each key, so that many lines are valid.
    static let plausible: [String: [String]] = [
        "users": ["1", "5", "12", "16", "250", "0", "-1"],
        "variable_bills": ["\"accept\"", "\"prefer_fixed\"", "\"no_preference\"", "null"],
        "backup_monitoring": ["true", "false"],
        "network_complexity": ["\"simple\"", "\"moderate\"", "\"complex\""],
        "downtime_cost": ["\"low\"", "\"medium\"", "\"high\""],
        "proactive_care": ["true", "false", "null"],
        "id": ["\"a1\"", "7", "-2", "\"x y\"", "null", "\"\""],
    ]

    static func randomLine(_ random: inout SeededRandom) -> String {
        func pick(_ items: [String]) -> String { items[Int(random.next() % UInt64(items.count))] }
        let count = Int(random.next() % 7)
        var fields: [String] = []
        for _ in 0..<count {
            let key = random.next() % 5 == 0 ? pick(keys) : pick(Array(keys.prefix(7)))
            let value = random.next() % 2 == 0 ? pick(plausible[key] ?? values) : pick(values)
            fields.append("\"\(key)\"" + pick(spaces) + ":" + pick(spaces) + value)
        }
        var line = "{" + pick(spaces) + fields.joined(separator: "," + pick(spaces)) + pick(spaces) + "}"
        switch random.next() % 12 {
        case 0: line.removeLast()
        case 1: line += ","
        case 2: line = "[" + line + "]"
        default: break
        }
        return line
    }
}
