import AdvisorKit

/// Batch records as JSON Lines, one object per line, keys in a fixed order:
///
///     {"line":1,"id":"a1","recommendation":"break_fix","scores":{"sole_proprietor":-9,…},"rules":[…],"caveats":[…]}
///     {"line":2,"error":{"question":"users","message":"'0' is out of range for users: …"}}
///
/// Ids of options and rules are quoted once, up front, so a record is a few byte copies.
struct JSONLRecordWriter: RecordWriter {
    private let scoreKeys: [[UInt8]]
    private let optionNames: [[UInt8]]
    private let ruleNames: [[UInt8]]

    init(ruleBase: RuleBase) {
        scoreKeys = ruleBase.options.map { Array((JSONValue.string($0.id).compact() + ":").utf8) }
        optionNames = ruleBase.options.map { Array(JSONValue.string($0.id).compact().utf8) }
        ruleNames = ruleBase.rules.map { Array(JSONValue.string($0.id).compact().utf8) }
    }

    var header: [UInt8] { [] }

    func write(line: Int, id: EchoedID, body: RecordBody, to out: inout [UInt8]) {
        out.append(contentsOf: #"{"line":"#.utf8)
        appendDecimal(line, to: &out)
        switch id {
        case .none: break
        case .plainText(let bytes):
            out.append(contentsOf: #","id":""#.utf8)
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
        case .number(let digits):
            out.append(contentsOf: #","id":"#.utf8)
            out.append(contentsOf: digits)
        case .text(let text):
            out.append(contentsOf: #","id":"#.utf8)
            out.append(contentsOf: JSONValue.string(text).compact().utf8)
        }
        switch body {
        case .result(let recommendation, let scores, let rules, let caveats):
            out.append(contentsOf: #","recommendation":"#.utf8)
            out.append(contentsOf: optionNames[recommendation])
            out.append(contentsOf: #","scores":{"#.utf8)
            for (option, score) in scores.enumerated() {
                if option > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: scoreKeys[option])
                appendDecimal(score, to: &out)
            }
            out.append(contentsOf: #"},"rules":["#.utf8)
            appendNames(rules, to: &out)
            out.append(contentsOf: #"],"caveats":["#.utf8)
            appendNames(caveats, to: &out)
            out.append(contentsOf: "]}\n".utf8)
        case .problem(let problem):
            out.append(contentsOf: #","error":{"question":"#.utf8)
            out.append(contentsOf: (problem.question.map { JSONValue.string($0) } ?? .null).compact().utf8)
            out.append(contentsOf: #","message":"#.utf8)
            out.append(contentsOf: JSONValue.string(problem.message).compact().utf8)
            out.append(contentsOf: "}}\n".utf8)
        }
    }

    private func appendNames(_ rules: [Int], to out: inout [UInt8]) {
        for (position, rule) in rules.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: ruleNames[rule])
        }
    }
}
