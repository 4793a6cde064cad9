/// A strict scanner for the common shape of a batch line: one flat JSON object of question ids
/// and plain answers, such as `{"id": "a1", "users": 12, "backup_monitoring": true,
/// "variable_bills": "accept"}`.
///
/// It reads bytes and writes answer words (see `AnswerVector`) without building strings or
/// nodes; quoted words other than a choice's exact value (`"yes"`, `"fixed"`, `"12"`) go through
/// the same `AnswerValueParser` as answer files. Whatever it is not sure of — escapes, non-ASCII
/// text, tabs, answers that parser refuses, numbers out of range or not in canonical form,
/// unknown or repeated keys, anything that is not a flat object — it declines, and the caller falls back to `AnswerRecord.decode`, the
/// full reading with its messages. So it only ever accepts lines that the full reading
/// accepts, with the same answers; a test checks this on many random lines.
public struct AnswerLineScanner: Sendable {
    /// What a question accepts, for the scanner.
    package enum Accepts: Sendable {
        case integer(ClosedRange<Int>)
        case boolean
        case choice([[UInt8]])
    }

    /// Where the id of a scanned line is, in the line's bytes.
    public struct ScannedID: Sendable, Hashable {
        /// The id's bytes: the text between the quotes, or the digits of a number.
        public var range: Range<Int>
        /// True for a string, false for a number.
        public var isText: Bool
    }

    /// What `scan` made of a line.
    public enum Outcome: Sendable, Hashable {
        /// The line is not one the scanner reads for sure: read it with `AnswerRecord.decode`,
        /// which gives its answers or its message. The words are then of no use.
        case declined
        /// The answers are in the words, and the line has an id, at these bytes.
        case answers(id: ScannedID)
        /// The answers are in the words; the line has no id (none, or `null`).
        case answersWithoutID
    }

    package let keys: [[UInt8]]
    package let accepts: [Accepts]
    /// For text that is not exactly a choice value (`"yes"`, `"fixed"`, `"12"`): the answer
    /// reading of answer files, on the same text the full reading would give it.
    package let questions: [Question]
    /// The question for a key of length below 32, by length and first byte: -1 when none,
    /// -2 when several share them (then each is compared).
    let keyTable: [Int32]

    /// A scanner for the questions of `ruleBase`.
    public init(ruleBase: RuleBase) {
        keys = ruleBase.questions.map { Array($0.id.utf8) }
        questions = ruleBase.questions
        var keyTable = [Int32](repeating: -1, count: 32 * 256)
        for (index, key) in keys.enumerated() where !key.isEmpty && key.count < 32 {
            let slot = key.count << 8 | Int(key[0])
            keyTable[slot] = keyTable[slot] == -1 ? Int32(index) : -2
        }
        self.keyTable = keyTable
        accepts = ruleBase.questions.map { question in
            switch question.kind {
            case .integer(let range, _): return .integer(range)
            case .boolean: return .boolean
            case .choice(let choices): return .choice(choices.map { Array($0.value.utf8) })
            }
        }
    }

    /// The number of answer words a line fills.
    public var questionCount: Int { keys.count }

    /// Scans `line` (without its line break). Unless it declines, every word of `words` is set
    /// (to `AnswerVector.unanswered` for questions not given) and the outcome tells where the
    /// id is, if there is one. `seen` is scratch space with one entry per question.
    /// With `acceptingLineBreaks`, line breaks (`\n`, `\r\n`) may stand between tokens as
    /// spaces do, for a whole answer file written as a JSON object over several lines.
    public func scan(
        _ line: UnsafeBufferPointer<UInt8>, into words: UnsafeMutableBufferPointer<Int>, seen: UnsafeMutableBufferPointer<Bool>,
        acceptingLineBreaks: Bool = false
    ) -> Outcome {
        for index in words.indices { words[index] = AnswerVector.unanswered }
        for index in seen.indices { seen[index] = false }
        var cursor = Cursor(bytes: line, acceptsLineBreaks: acceptingLineBreaks)
        var id: ScannedID?
        var hasID = false
        cursor.skipSpaces()
        guard cursor.take(UInt8(ascii: "{")) else { return .declined }
        cursor.skipSpaces()
        if !cursor.take(UInt8(ascii: "}")) {
            while true {
                guard let key = cursor.string() else { return .declined }
                cursor.skipSpaces()
                guard cursor.take(UInt8(ascii: ":")) else { return .declined }
                cursor.skipSpaces()
                if line.elementsEqual(key, "id") {
                    // Always the record's id, as in `AnswerRecord.decode`, even should a question be named so.
                    guard !hasID else { return .declined }
                    hasID = true
                    switch cursor.id() {
                    case nil: return .declined
                    case .null?: id = nil
                    case .id(let found)?: id = found
                    }
                } else if let question = question(named: key, in: line) {
                    guard !seen[question] else { return .declined }
                    seen[question] = true
                    guard let word = cursor.answer(accepting: accepts[question], question: question, of: questions) else { return .declined }
                    words[question] = word
                } else {
                    return .declined
                }
                cursor.skipSpaces()
                if cursor.take(UInt8(ascii: ",")) {
                    cursor.skipSpaces()
                    continue
                }
                guard cursor.take(UInt8(ascii: "}")) else { return .declined }
                break
            }
        }
        cursor.skipSpaces()
        guard cursor.atEnd else { return .declined }
        return id.map { .answers(id: $0) } ?? .answersWithoutID
    }

    private func question(named key: Range<Int>, in line: UnsafeBufferPointer<UInt8>) -> Int? {
        if !key.isEmpty && key.count < 32 {
            let entry = keyTable[key.count << 8 | Int(line[key.lowerBound])]
            if entry == -1 { return nil }
            if entry >= 0 {
                let matches = keys[Int(entry)].withUnsafeBufferPointer { line.elementsEqual(key, $0) }
                return matches ? Int(entry) : nil
            }
        }
        for (index, name) in keys.enumerated() where name.count == key.count {
            if name.withUnsafeBufferPointer({ line.elementsEqual(key, $0) }) { return index }
        }
        return nil
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when the bytes at `range` are exactly `other`.
    @inline(__always)
    fileprivate func elementsEqual(_ range: Range<Int>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == other.count else { return false }
        var position = 0
        for index in range {
            if self[index] != other[position] { return false }
            position += 1
        }
        return true
    }

    fileprivate func elementsEqual(_ range: Range<Int>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { elementsEqual(range, $0) }
    }
}

/// A position in the line, with the few token readers the scanner needs.
private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let acceptsLineBreaks: Bool
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, acceptsLineBreaks: Bool) {
        self.bytes = bytes
        self.acceptsLineBreaks = acceptsLineBreaks
    }

    var atEnd: Bool { position == bytes.count }

    mutating func skipSpaces() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "):
                position += 1
            case UInt8(ascii: "\n") where acceptsLineBreaks:
                position += 1
            case UInt8(ascii: "\r") where acceptsLineBreaks && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n"):
                position += 2
            default:
                return
            }
        }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func take(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { bytes.elementsEqual(position..<(position + count), $0) }
        if matches { position += count }
        return matches
    }

    /// A quoted string of printable ASCII without escapes; the range of its contents.
    mutating func string() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return start..<(position - 1)
            }
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            position += 1
        }
        return nil
    }

    /// A whole number in canonical JSON form (no `+`, no leading zero, no `-0`), at most 18 digits.
    mutating func integer() -> (value: Int, range: Range<Int>)? {
        let start = position
        let negative = take(UInt8(ascii: "-"))
        let digitsStart = position
        var value = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            guard position - digitsStart < 18 else { return nil }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        let digits = position - digitsStart
        guard digits > 0 else { return nil }
        if bytes[digitsStart] == UInt8(ascii: "0") && (digits > 1 || negative) { return nil }
        return (negative ? -value : value, start..<position)
    }

    /// One answer's word, or nil when the full reading must decide.
    mutating func answer(accepting accepts: AnswerLineScanner.Accepts, question: Int, of questions: [Question]) -> Int? {
        guard position < bytes.count else { return nil }
        if take("null") { return AnswerVector.unanswered }
        if bytes[position] == UInt8(ascii: "\"") {
            guard let text = string() else { return nil }
            if case .choice(let values) = accepts {
                for (index, value) in values.enumerated() where value.count == text.count {
                    if value.withUnsafeBufferPointer({ bytes.elementsEqual(text, $0) }) { return index }
                }
            }
            // A quoted string without escapes is its own bytes to the full reading too, which
            // then reads it with AnswerValueParser; a rejection goes back to it for the message.
            let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self)
            return (try? AnswerValueParser.parse(words, for: questions[question])).map(AnswerVector.word)
        }
        switch accepts {
        case .boolean:
            if take("true") { return 1 }
            if take("false") { return 0 }
            return nil
        case .integer(let range):
            guard let (value, _) = integer(), range.contains(value) else { return nil }
            return value
        case .choice:
            return nil
        }
    }

    /// An id's value: `null` (no id), or where the id's text or number is.
    enum IDValue {
        case null
        case id(AnswerLineScanner.ScannedID)
    }

    /// The record's id: a string, a whole number, or `null`; nil when it is none of these.
    mutating func id() -> IDValue? {
        if take("null") { return .null }
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            guard let text = string() else { return nil }
            return .id(AnswerLineScanner.ScannedID(range: text, isText: true))
        }
        guard let (_, range) = integer() else { return nil }
        return .id(AnswerLineScanner.ScannedID(range: range, isText: false))
    }
}
