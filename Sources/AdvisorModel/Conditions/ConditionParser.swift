/// Parses the condition language into a syntax tree.
///
///     condition  := or
///     or         := and ("or" and)*
///     and        := unary ("and" unary)*
///     unary      := "not" unary | primary
///     primary    := "(" condition ")" | "true" | "false" | NAME [test]
///     test       := OP operand | ["not"] "in" set
///     set        := "[" operand ("," operand)* "]" | NUMBER ("..." | "..<") NUMBER
///     operand    := NUMBER | NAME | "true" | "false"
package struct ConditionParser {
    /// Deeper nesting than this is refused rather than risking the stack.
    static let maximumDepth = 64
    static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false"]

    private var tokens: [ConditionToken]
    private var position = 0
    private var depth = 0

    /// Parses a whole condition; the text must contain nothing after it.
    package static func parse(_ text: String) throws(ConditionError) -> ConditionSyntax {
        var parser = ConditionParser(tokens: try ConditionLexer.tokens(of: text))
        if case .end = parser.current.kind {
            throw ConditionError(code: .emptyCondition, message: "the condition is empty; write for example 'users > 10' or 'true'", span: parser.current.span)
        }
        let syntax = try parser.parseOr()
        guard case .end = parser.current.kind else {
            throw parser.unexpected("'and', 'or' or the end of the condition")
        }
        return syntax
    }

    private init(tokens: [ConditionToken]) {
        self.tokens = tokens
    }

    private var current: ConditionToken { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() { position += 1 }

    private func isKeyword(_ word: String) -> Bool {
        if case .identifier(word) = current.kind { return true }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    private mutating func parseOr() throws(ConditionError) -> ConditionSyntax {
        var parts = [try parseAnd()]
        while isKeyword("or") || isSymbol("||") {
            try rejectCStyle()
            advance()
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws(ConditionError) -> ConditionSyntax {
        var parts = [try parseUnary()]
        while isKeyword("and") || isSymbol("&&") {
            try rejectCStyle()
            advance()
            parts.append(try parseUnary())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseUnary() throws(ConditionError) -> ConditionSyntax {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw ConditionError(code: .tooDeep, message: "the condition nests more than \(Self.maximumDepth) levels deep", span: current.span)
        }
        if isKeyword("not") || isSymbol("!") {
            try rejectCStyle()
            advance()
            return .not(try parseUnary())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ConditionError) -> ConditionSyntax {
        let token = current
        switch token.kind {
        case .symbol("("):
            advance()
            let inner = try parseOr()
            guard isSymbol(")") else { throw unexpected("')' to close the '(' at column \(token.span.start + 1)") }
            advance()
            return inner
        case .identifier("true"), .identifier("false"):
            advance()
            return .literal(token.kind == .identifier("true"), token.span)
        case .identifier(let word) where !Self.keywords.contains(word):
            advance()
            return try parseTest(on: ConditionSyntax.Name(text: word, span: token.span))
        default:
            throw unexpected("a question id, 'not', 'true', 'false' or '('")
        }
    }

    private mutating func parseTest(on name: ConditionSyntax.Name) throws(ConditionError) -> ConditionSyntax {
        if case .symbol(let symbol) = current.kind {
            if symbol == "=" {
                throw ConditionError(code: .singleEquals, message: "use '==' to compare, not '='", span: current.span)
            }
            if let comparison = ComparisonOperator(rawValue: symbol) {
                advance()
                return .comparison(name, comparison, try parseOperand())
            }
        }
        if isKeyword("in") {
            advance()
            return .membership(name, negated: false, try parseSet())
        }
        if isKeyword("not") {
            let notToken = current
            advance()
            guard isKeyword("in") else {
                throw ConditionError(
                    code: .unexpectedToken, message: "expected 'in' after 'not' here; to negate, write 'not' before the question", span: notToken.span)
            }
            advance()
            return .membership(name, negated: true, try parseSet())
        }
        return .name(name)
    }

    private mutating func parseSet() throws(ConditionError) -> ConditionSyntax.MemberSet {
        if isSymbol("[") {
            let open = current
            advance()
            var members = [try parseOperand()]
            while isSymbol(",") {
                advance()
                members.append(try parseOperand())
            }
            guard isSymbol("]") else { throw unexpected("',' or ']' to close the list") }
            let close = current
            advance()
            return .list(members, open.span.through(close.span))
        }
        let lower = try parseOperand()
        let halfOpen: Bool
        if isSymbol("...") {
            halfOpen = false
        } else if isSymbol("..<") {
            halfOpen = true
        } else {
            throw unexpected("'...' or '..<' for a range such as 6...15, or a list such as [moderate, complex]")
        }
        advance()
        return .range(lower: lower, upper: try parseOperand(), halfOpen: halfOpen)
    }

    private mutating func parseOperand() throws(ConditionError) -> ConditionSyntax.Operand {
        let token = current
        switch token.kind {
        case .number(let number):
            advance()
            return .init(value: .number(number), span: token.span)
        case .identifier("true"), .identifier("false"):
            advance()
            return .init(value: .boolean(token.kind == .identifier("true")), span: token.span)
        case .identifier(let word) where !Self.keywords.contains(word):
            advance()
            return .init(value: .name(word), span: token.span)
        default:
            throw unexpected("a number, a choice value, 'true' or 'false'")
        }
    }

    private func rejectCStyle() throws(ConditionError) {
        guard case .symbol(let symbol) = current.kind else { return }
        let word = ["&&": "and", "||": "or", "!": "not"][symbol] ?? symbol
        throw ConditionError(code: .cStyleOperator, message: "write '\(word)' instead of '\(symbol)'", span: current.span)
    }

    private func unexpected(_ expectation: String) -> ConditionError {
        let found: String
        switch current.kind {
        case .end: found = "the end of the condition"
        case .identifier(let word): found = "'\(word)'"
        case .number(let number): found = "'\(number)'"
        case .symbol(let symbol): found = "'\(symbol)'"
        }
        return ConditionError(code: .unexpectedToken, message: "expected \(expectation), found \(found)", span: current.span)
    }
}
