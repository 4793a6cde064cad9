import AdvisorKit

/// Batch records as JSON Lines, one object per line, keys in a fixed order:
///
///     {"line":1,"id":"a1","recommendation":"break_fix","scores":{"sole_proprietor":-9,…},"rules":[…],"caveats":[…]}
///     {"line":2,"error":{"question":"users","message":"'0' is out of range for users: …"}}
///
/// Ids of options and rules are quoted once, up front, so a record is a few byte copies.
struct JSONLRecordWriter: RecordWriter {
    /// The fixed pieces of a record, in `pieces`.
    private enum Piece: Int, CaseIterable {
        case line, textID, numberID, recommendation, scores, rules, caveats, resultEnd, errorQuestion, message, errorEnd

        var text: String {
            switch self {
            case .line: return #"{"line":"#
            case .textID: return #","id":""#
            case .numberID: return #","id":"#
            case .recommendation: return #","recommendation":"#
            case .scores: return #","scores":{"#
            case .rules: return #"},"rules":["#
            case .caveats: return #"],"caveats":["#
            case .resultEnd: return "]}\n"
            case .errorQuestion: return #","error":{"question":"#
            case .message: return #","message":"#
            case .errorEnd: return "}}\n"
            }
        }
    }

    private let pieces = ByteTable(Piece.allCases.map(\.text))
    /// `"sole_proprietor":` for the first option, `,"break_fix":` for the others.
    private let scoreKeys: ByteTable
    private let optionNames: ByteTable
    /// Each rule id quoted, and the same after a comma.
    private let ruleNames: ByteTable
    private let ruleNamesAfterComma: ByteTable

    init(ruleBase: RuleBase) {
        scoreKeys = ByteTable(ruleBase.options.enumerated().map { ($0.offset > 0 ? "," : "") + JSONValue.string($0.element.id).compact() + ":" })
        optionNames = ByteTable(ruleBase.options.map { JSONValue.string($0.id).compact() })
        ruleNames = ByteTable(ruleBase.rules.map { JSONValue.string($0.id).compact() })
        ruleNamesAfterComma = ByteTable(ruleBase.rules.map { "," + JSONValue.string($0.id).compact() })
    }

    var header: [UInt8] { [] }

    func write(line: Int, id: EchoedID, body: RecordBody, to out: inout [UInt8]) {
        pieces.append(Piece.line.rawValue, to: &out)
        appendDecimal(line, to: &out)
        switch id {
        case .none: break
        case .plainText(let bytes):
            pieces.append(Piece.textID.rawValue, to: &out)
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
        case .number(let digits):
            pieces.append(Piece.numberID.rawValue, to: &out)
            out.append(contentsOf: digits)
        case .numberText(let digits):
            pieces.append(Piece.numberID.rawValue, to: &out)
            out.append(contentsOf: digits.utf8)
        case .text(let text):
            pieces.append(Piece.numberID.rawValue, to: &out)
            out.append(contentsOf: JSONValue.string(text).compact().utf8)
        }
        switch body {
        case .result(let recommendation, let scores, let rules, let caveats):
            pieces.append(Piece.recommendation.rawValue, to: &out)
            optionNames.append(recommendation, to: &out)
            pieces.append(Piece.scores.rawValue, to: &out)
            for option in scores.indices {
                scoreKeys.append(option, to: &out)
                appendDecimal(scores[option], to: &out)
            }
            pieces.append(Piece.rules.rawValue, to: &out)
            appendNames(rules, to: &out)
            pieces.append(Piece.caveats.rawValue, to: &out)
            appendNames(caveats, to: &out)
            pieces.append(Piece.resultEnd.rawValue, to: &out)
        case .problem(let problem):
            pieces.append(Piece.errorQuestion.rawValue, to: &out)
            out.append(contentsOf: (problem.question.map { JSONValue.string($0) } ?? .null).compact().utf8)
            pieces.append(Piece.message.rawValue, to: &out)
            out.append(contentsOf: JSONValue.string(problem.message).compact().utf8)
            pieces.append(Piece.errorEnd.rawValue, to: &out)
        }
    }

    private func appendNames(_ rules: UnsafeBufferPointer<Int>, to out: inout [UInt8]) {
        for position in rules.indices {
            if position == 0 {
                ruleNames.append(rules[position], to: &out)
            } else {
                ruleNamesAfterComma.append(rules[position], to: &out)
            }
        }
    }
}
