import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The reader as a whole: any input is read without trapping, and the examples it offers read back.
@Suite struct PlainAnswerReaderTests {
    static let hostile: [String] = [
        "", " ", "\n\t\r", "\u{0}", String(repeating: "\u{0}", count: 1000), "\u{1}\u{2}\u{3}\u{7F}", "\u{1B}[31m12\u{1B}[0m",
        String(repeating: "9", count: 10_000), "-" + String(repeating: "9", count: 10_000),
        String(repeating: "9", count: 5_000) + "." + String(repeating: "9", count: 5_000),
        String(repeating: "1,000", count: 2_000), String(repeating: "-", count: 10_000),
        String(repeating: " -1", count: 3_000), "9223372036854775808", "-9223372036854775808", "-9223372036854775807",
        "🙂", "👨‍👩‍👧‍👦", "1️⃣", "🇬🇧", "e\u{301}", "\u{301}", "\u{202E}12", "\u{FFFF}", "\u{10FFFF}",
        "'", "’’’", "?", "???", "-", "--5", "5-", "-5-", ".5", "5.", "5..5", ",", ",123", "1,", "1,23", "1,2345",
        String(repeating: "twenty ", count: 3_000), String(repeating: "a hundred and ", count: 2_000),
        String(repeating: "yes no ", count: 2_000), String(repeating: "not ", count: 5_000),
        "İstanbul", "ß", "ǅ", "ﬁxed", "ＦＩＸＥＤ", "１２", "²³", "Ⅻ",
    ]

    @Test(arguments: hostile)
    func neverTrapsOnOddInput(text: String) throws {
        let ruleBase = try #require(ReaderFixture.ruleBase)
        for question in ruleBase.questions {
            let reading = PlainAnswerReader.read(text, for: question)
            if case .answer(.integer(let number)) = reading, case .integer(let range, _) = question.kind {
                #expect(range.contains(number))
            }
            _ = PlainAnswerReader.facts(in: text, questions: ruleBase.questions)
        }
    }

    // MARK: - Examples

    @Test func examplesForEachKind() throws {
        #expect(PlainAnswerReader.examples(for: try ReaderFixture.question("users")) == ["7", "about 12", "twenty"])
        #expect(PlainAnswerReader.examples(for: try ReaderFixture.question("backup_monitoring")) == ["yes", "no"])
        #expect(PlainAnswerReader.examples(for: try ReaderFixture.question("variable_bills")) == ["fine", "fixed", "no preference"])
        #expect(PlainAnswerReader.examples(for: try ReaderFixture.question("network_complexity")) == ["basic", "medium", "complicated"])
        #expect(PlainAnswerReader.examples(for: try ReaderFixture.question("downtime_cost")) == ["not much", "some loss", "a lot"])
    }

    /// Every example reads back as an answer, and the examples of a choice question name different choices.
    @Test func examplesReadBack() throws {
        let ruleBase = try #require(ReaderFixture.ruleBase)
        for question in ruleBase.questions {
            let examples = PlainAnswerReader.examples(for: question)
            #expect((2...3).contains(examples.count), "\(question.id)")
            var readings: [AnswerValue] = []
            for example in examples {
                guard case .answer(let value) = PlainAnswerReader.read(example, for: question) else {
                    Issue.record("\(question.id): example '\(example)' is not read as an answer")
                    continue
                }
                readings.append(value)
            }
            #expect(Set(readings).count == readings.count, "\(question.id): \(examples)")
        }
    }

    @Test func examplesStayInsideOddRanges() {
        let location = SourceLocation(file: "x.yaml", line: 1, column: 1)
        for range in [100...200, 0...1, 5...5, (Int.max - 1)...Int.max, -10...(-8)] {
            let question = Question(id: "n", label: "N", ask: "?", why: "", kind: .integer(range: range, unit: nil), location: location)
            let examples = PlainAnswerReader.examples(for: question)
            #expect(!examples.isEmpty, "\(range)")
            for example in examples {
                guard case .answer(.integer(let number)) = PlainAnswerReader.read(example, for: question) else {
                    Issue.record("\(range): example '\(example)' is not read")
                    continue
                }
                #expect(range.contains(number), "\(range): \(example)")
            }
        }
    }

    /// A question in the line, followed by more: the owner asks, then answers.
    @Test func aQuestionFollowedByMore() throws {
        #expect(try ReaderFixture.read("Is the box with the flashing lights a server? No idea really", asking: "network_complexity") == .dontKnow)
        #expect(try ReaderFixture.read("What counts as a server? I really wouldn't know.", asking: "network_complexity") == .dontKnow)
        #expect(try ReaderFixture.read("How would I know? My office manager deals with all that.", asking: "users") == .dontKnow)
        #expect(
            try ReaderFixture.read("The backups run every night, but checking them? No, nobody does that.", asking: "backup_monitoring")
                == .answer(.boolean(false)))
        let simple = try ReaderFixture.choice("network_complexity", "simple")
        #expect(try ReaderFixture.read("Probably simple? Few laptops and a router.", asking: "network_complexity") == .unsure(simple))
        #expect(try ReaderFixture.read("Maybe 30? Not sure", asking: "users") == .unsure(.integer(30)))
    }
}

/// Where the answer is read: after a self-correction, outside a condition about another
/// question, with a hedge from a question set aside.
@Suite struct RegionTests {
    @Test func theOwnerCorrectsThemselves() throws {
        #expect(try ReaderFixture.read("ten, no wait, twelve", "users") == .answer(.integer(12)))
        #expect(
            try ReaderFixture.read(
                "Our last IT man made it complicated with a server nobody understands, but really it's just the one server and 8 PCs.",
                asking: "network_complexity")
                == .unsure(ReaderFixture.choice("network_complexity", "moderate")))
    }

    @Test func aConditionNamingAnotherQuestionFirstIsThatQuestions() throws {
        let line = "if it goes down we just use the card machine and a notepad, we can wait a day no big deal"
        #expect(try ReaderFixture.read(line, asking: "network_complexity") == .notUnderstood)
        #expect(
            try ReaderFixture.read("if our two servers go down we lose a day", asking: "network_complexity")
                == .answer(ReaderFixture.choice("network_complexity", "moderate")), "named first, the question asked keeps its clause")
    }

    @Test func aHedgedQuestionOnTheWayLeavesTheAnswerUnsure() throws {
        #expect(try ReaderFixture.read("Maybe once a year? I wouldn't call it regular.", asking: "backup_monitoring") == .unsure(.boolean(false)))
    }
}
