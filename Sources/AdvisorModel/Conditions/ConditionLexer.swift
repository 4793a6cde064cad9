/// One token of the condition language.
package struct ConditionToken: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case identifier(String)
        case number(Int)
        case symbol(String)
        case end
    }
    package var kind: Kind
    package var span: TextSpan
}

/// Splits a condition's text into tokens. Offsets count Unicode scalars, as YAML columns do.
package struct ConditionLexer {
    private static let symbols = ["...", "..<", "==", "!=", "<=", ">=", "&&", "||", "<", ">", "(", ")", "[", "]", ",", "=", "!"]

    package static func tokens(of text: String) throws(ConditionError) -> [ConditionToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [ConditionToken] = []
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar.properties.isWhitespace {
                position += 1
                continue
            }
            let start = position
            if scalar.isIdentifierStart {
                while position < scalars.count, scalars[position].isIdentifierPart { position += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<position]))
                tokens.append(ConditionToken(kind: .identifier(word), span: TextSpan(start: start, length: position - start)))
                continue
            }
            if scalar.isDigit || (scalar == "-" && position + 1 < scalars.count && scalars[position + 1].isDigit) {
                position += 1
                while position < scalars.count, scalars[position].isDigit { position += 1 }
                let span = TextSpan(start: start, length: position - start)
                if position < scalars.count, scalars[position] == ".",
                    position + 1 < scalars.count, scalars[position + 1].isDigit
                {
                    throw ConditionError(code: .notAWholeNumber, message: "conditions compare whole numbers only", span: span)
                }
                let digits = String(String.UnicodeScalarView(scalars[start..<position]))
                guard let number = Int(digits) else {
                    throw ConditionError(code: .numberTooLarge, message: "the number \(digits) is too large", span: span)
                }
                tokens.append(ConditionToken(kind: .number(number), span: span))
                continue
            }
            if let symbol = symbols.first(where: { matches($0, scalars, at: position) }) {
                position += symbol.unicodeScalars.count
                tokens.append(ConditionToken(kind: .symbol(symbol), span: TextSpan(start: start, length: position - start)))
                continue
            }
            throw ConditionError(
                code: .unexpectedCharacter,
                message: "unexpected character '\(String(scalar))' in condition",
                span: TextSpan(start: start, length: 1)
            )
        }
        tokens.append(ConditionToken(kind: .end, span: TextSpan(start: scalars.count, length: 1)))
        return tokens
    }

    private static func matches(_ symbol: String, _ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        let wanted = Array(symbol.unicodeScalars)
        guard position + wanted.count <= scalars.count else { return false }
        return Array(scalars[position..<position + wanted.count]) == wanted
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isIdentifierStart: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
    var isIdentifierPart: Bool { isIdentifierStart || isDigit }
}
