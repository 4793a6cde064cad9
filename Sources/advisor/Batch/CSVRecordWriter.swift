import AdvisorKit
import CSV
import Foundation

/// Batch records as CSV with a header row:
///
///     line,id,recommendation,sole_proprietor,break_fix,managed_services,in_house,rules,caveats,error_question,error_message
///
/// one column per option for its score, rule and caveat ids separated by spaces. Fields are
/// quoted by the CSV library; ids, numbers and rule names that hold no comma, quote or line
/// break are copied as they are, which is what the library writes for them too.
struct CSVRecordWriter: RecordWriter {
    private let optionNames: [[UInt8]]
    private let ruleNames: [[UInt8]]
    let header: [UInt8]

    init(ruleBase: RuleBase) {
        optionNames = ruleBase.options.map { Array($0.id.utf8) }
        ruleNames = ruleBase.rules.map { Array($0.id.utf8) }
        let columns = ["line", "id", "recommendation"] + ruleBase.options.map(\.id) + ["rules", "caveats", "error_question", "error_message"]
        var header: [UInt8] = []
        for (index, column) in columns.enumerated() {
            if index > 0 { header.append(UInt8(ascii: ",")) }
            Self.appendField(Array(column.utf8), to: &header)
        }
        header.append(UInt8(ascii: "\n"))
        self.header = header
    }

    func write(line: Int, id: EchoedID, body: RecordBody, to out: inout [UInt8]) {
        appendDecimal(line, to: &out)
        out.append(UInt8(ascii: ","))
        switch id {
        case .none: break
        case .plainText(let bytes), .number(let bytes): Self.appendField(Array(bytes), to: &out)
        case .text(let text), .numberText(let text): Self.appendField(Array(text.utf8), to: &out)
        }
        switch body {
        case .result(let recommendation, let scores, let rules, let caveats):
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: optionNames[recommendation])
            for score in scores {
                out.append(UInt8(ascii: ","))
                appendDecimal(score, to: &out)
            }
            out.append(UInt8(ascii: ","))
            appendNames(rules, to: &out)
            out.append(UInt8(ascii: ","))
            appendNames(caveats, to: &out)
            out.append(contentsOf: ",,\n".utf8)
        case .problem(let problem):
            out.append(contentsOf: Array(repeating: UInt8(ascii: ","), count: optionNames.count + 4))
            Self.appendField(Array((problem.question ?? "").utf8), to: &out)
            out.append(UInt8(ascii: ","))
            Self.appendField(Array(problem.message.utf8), to: &out)
            out.append(UInt8(ascii: "\n"))
        }
    }

    private func appendNames(_ rules: UnsafeBufferPointer<Int>, to out: inout [UInt8]) {
        for (position, rule) in rules.enumerated() {
            if position > 0 { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: ruleNames[rule])
        }
    }

    /// One field: as it is when it holds nothing CSV treats specially, else quoted by the library.
    static func appendField(_ bytes: [UInt8], to out: inout [UInt8]) {
        let special: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        guard bytes.contains(where: special.contains) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(contentsOf: quoted(String(decoding: bytes, as: UTF8.self)))
    }

    /// The field as CSV.swift writes it.
    private static func quoted(_ text: String) -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        defer { stream.close() }
        guard let writer = try? CSVWriter(stream: stream), (try? writer.write(row: [text])) != nil,
            let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data
        else {
            // Not expected from a memory stream; keep the row valid rather than quote by hand.
            return Array(text.map { ",\"\r\n".contains($0) ? " " : $0 }.map(String.init).joined().utf8)
        }
        return Array(data)
    }
}
