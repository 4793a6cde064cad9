import Foundation
import PseudoTerminalTesting
import Testing

/// `advisor batch` end to end: records in input order, error records, the summary, exit codes.
@Suite struct BatchCommandTests {
    static let summaryOfCases = "advisor: 8 cases, 4 errors; recommended: sole_proprietor 0, break_fix 1, managed_services 2, in_house 1\n"

    /// A complete, valid line with this id and number of users.
    static func line(_ id: Int, users: Int = 12) -> String {
        #"{"id": \#(id), "users": \#(users), "variable_bills": "accept", "backup_monitoring": true, "network_complexity": "moderate", "downtime_cost": "medium", "proactive_care": false}"#
    }

    static func temporaryFile(_ contents: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file
    }

    @Test func jsonLinesGiveOneRecordPerLineInOrderWithErrorRecords() throws {
        let result = try AdvisorBinary.run(["batch", AdvisorBinary.fixture("batch/cases.jsonl")])
        #expect(result.status == 65)
        #expect(try Golden.check(result.stdout, against: "batch-cases.jsonl"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines[2].hasPrefix(#"{"line":4,"id":3,"error":{"question":"users","message":"'0' is out of range for users"#))
        #expect(lines[3].contains(#""id":"only-an-id","error":{"question":"users","message":"the answers do not settle the recommendation yet"#))
        #expect(lines[5].hasPrefix(#"{"line":7,"error":{"question":null,"message":"expected an object"#))
        #expect(
            result.stderr
                == "advisor: warning: line 8: 'colour' is not a question; it is ignored (questions: users, variable_bills, backup_monitoring, network_complexity, downtime_cost, proactive_care)\n"
                + Self.summaryOfCases)
    }

    @Test func csvInAndOutWithTheLibrarysQuoting() throws {
        let result = try AdvisorBinary.run(["batch", AdvisorBinary.fixture("batch/cases.csv"), "--format", "csv"])
        #expect(result.status == 65)
        #expect(try Golden.check(result.stdout, against: "batch-cases.csv"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "line,id,recommendation,sole_proprietor,break_fix,managed_services,in_house,rules,caveats,error_question,error_message")
        #expect(lines.contains { $0.hasPrefix(#"6,"quoted, with a comma",,,,,,,,backup_monitoring,'maybe' is not a valid answer"#) })
        #expect(lines.last == "9,too many fields,,,,,,,,,the row has 9 fields but the header names 8 columns")
        #expect(result.stderr.hasSuffix("advisor: 7 cases, 4 errors; recommended: sole_proprietor 0, break_fix 1, managed_services 1, in_house 1\n"))
    }

    @Test func goodInputExitsWithZeroAndCountsEveryOption() throws {
        let input = (1...3).map { Self.line($0) }.joined(separator: "\n") + "\n"
        let result = try AdvisorBinary.run(["batch", "-"], input: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 3)
        #expect(result.stderr == "advisor: 3 cases, 0 errors; recommended: sole_proprietor 0, break_fix 3, managed_services 0, in_house 0\n")
    }

    @Test(arguments: [("jsonl", ""), ("csv", ""), ("jsonl", "\n\n  \n"), ("csv", "users,proactive_care\n")])
    func emptyInputGivesNoRecordsAndExitsWithZero(format: String, input: String) throws {
        let result = try AdvisorBinary.run(["batch", "--input", format], input: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "advisor: 0 cases, 0 errors; recommended: sole_proprietor 0, break_fix 0, managed_services 0, in_house 0\n")
    }

    @Test func aLineWithOnlyAnIdNamesTheQuestionsStillNeeded() throws {
        let result = try AdvisorBinary.run(["batch"], input: Data(#"{"id": "x"}"#.utf8))
        #expect(result.status == 65)
        #expect(
            result.stdout.hasPrefix(
                #"{"line":1,"id":"x","error":{"question":"users","message":"the answers do not settle the recommendation yet (it could be "#))
        #expect(result.stdout.contains("still needed: users (a whole number of at least 1), "))
    }

    @Test func failFastStopsAfterTheFirstBadLine() throws {
        let input = [Self.line(1), #"{"users": "many"}"#, Self.line(3), "oops"].joined(separator: "\n")
        let result = try AdvisorBinary.run(["batch", "--fail-fast"], input: Data(input.utf8))
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix(#"{"line":2,"error":{"question":"users","message":"'many' is not a number"#) == true)
        #expect(result.stderr.hasSuffix("advisor: 2 cases, 1 error; recommended: sole_proprietor 0, break_fix 1, managed_services 0, in_house 0\n"))
    }

    /// Enough lines for many chunks, so several workers run at once; the output must keep the input order.
    @Test func manyLinesKeepTheirOrderAcrossWorkers() throws {
        let count = 30_000
        var input = ""
        for index in 1...count { input += Self.line(index, users: 1 + index % 120) + (index % 1_000 == 0 ? "\nbad\n" : "\n") }
        let file = try Self.temporaryFile(input, name: "many.jsonl")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let output = file.deletingLastPathComponent().appendingPathComponent("out.jsonl")
        let result = try AdvisorBinary.run(["batch", file.path, "--output", output.path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        let records = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(records.count == count + count / 1_000)
        var expectedID = 1
        var expectedLine = 1
        for record in records {
            if record.contains(#""error""#) {
                #expect(record.hasPrefix("{\"line\":\(expectedLine),\"error\""))
            } else {
                #expect(record.hasPrefix("{\"line\":\(expectedLine),\"id\":\(expectedID),"))
                expectedID += 1
            }
            expectedLine += 1
        }
        #expect(result.stderr.hasPrefix("advisor: 30,030 cases, 30 errors; "))
    }

    /// `advisor batch big.jsonl | head` ends quietly: status 0 or 141, nothing on standard error
    /// but, when it finishes first, the summary.
    @Test func closingThePipeEarlyEndsQuietly() throws {
        let input = (1...100_000).map { Self.line($0) }.joined(separator: "\n")
        let file = try Self.temporaryFile(input, name: "big.jsonl")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try AdvisorBinary.shell("set -o pipefail; \"$0\" batch \"$1\" | head -n 2", [file.path])
        #expect([0, 141].contains(result.status), "status \(result.status)")
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.isEmpty || result.stderr.hasPrefix("advisor: 100,000 cases"), "stderr: \(result.stderr)")
    }

    @Test func missingInputAndBadOptionsAreRefused() throws {
        let missing = try AdvisorBinary.run(["batch", "/nonexistent/cases.jsonl"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "advisor: error: /nonexistent/cases.jsonl: no such file\n")
        let folder = try AdvisorBinary.run(["batch", FileManager.default.temporaryDirectory.path])
        #expect(folder.status == 66)
        let format = try AdvisorBinary.run(["batch", "--format", "xml"])
        #expect(format.status == 64)
        let twice = try AdvisorBinary.run(["batch", "--input", "csv"], input: Data("users,users\n1,2\n".utf8))
        #expect(twice.status == 65)
        #expect(twice.stderr.contains("the column 'users' appears twice"))
    }

    /// On a terminal, standard error shows a progress bar (cases, rate, share done and time
    /// left for a file), cleared at the end; through a pipe it stays silent (the tests above).
    @Test func aProgressBarOnATerminal() throws {
        let input = (1...60_000).map { Self.line($0) }.joined(separator: "\n")
        let file = try Self.temporaryFile(input, name: "big.jsonl")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let terminal = try PseudoTerminal()
        let child = try ChildProcess.launch(
            AdvisorBinary.executable.path,
            arguments: ["batch", file.path, "--output", file.deletingLastPathComponent().appendingPathComponent("out.jsonl").path],
            environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], streams: .terminal(path: terminal.slavePath))
        defer { child.stop() }
        #expect(terminal.output.waitFor("advisor: 60,000 cases, 0 errors", within: .seconds(120)) != nil, "\(terminal.output.transcript)")
        #expect(child.waitForExit() == .exited(0))
        let transcript = terminal.output.transcript
        #expect(transcript.contains("cases/s"), "\(transcript)")
        #expect(transcript.contains("%  ETA "), "\(transcript)")
        #expect(String(decoding: terminal.output.bytes, as: UTF8.self).contains("\r\u{1B}[Kadvisor: 60,000 cases"))
    }
}
