/// Resolves a parsed condition against the questions and checks its types, producing a `Condition`.
///
/// It reports every mistake it can find in one pass, not only the first.
public struct ConditionChecker {
    private let questions: [Question]
    private let questionIndex: [String: QuestionIndex]
    /// Questions whose definition had a mistake, already reported, that kept them or one of their
    /// choices from loading: a condition naming such a question or choice fails without a message.
    private let incomplete: Set<String>
    /// What a file that failed to load left unread: a question named there is not reported unknown.
    private let unread: UnreadText
    private var errors: [ConditionError] = []

    /// A checker for conditions over `questions`.
    public init(questions: [Question]) {
        self.init(questions: questions, incomplete: [])
    }

    /// A checker for conditions over `questions`; `incomplete` names the questions (by id) that a
    /// mistake, reported elsewhere, kept from loading whole, and `unread` is the text of files that
    /// failed to load, which might define a question not found.
    package init(questions: [Question], incomplete: Set<String>, unread: UnreadText = UnreadText()) {
        self.questions = questions
        self.incomplete = incomplete
        self.unread = unread
        var index: [String: QuestionIndex] = [:]
        for (position, question) in questions.enumerated() where index[question.id] == nil {
            index[question.id] = position
        }
        self.questionIndex = index
    }

    /// Parses and checks `text`. Throws every mistake found, in text order.
    public func check(_ text: String) throws(ConditionCheckFailure) -> Condition {
        let syntax: ConditionSyntax
        do {
            syntax = try ConditionParser.parse(text)
        } catch {
            throw ConditionCheckFailure(errors: [error])
        }
        var checker = self
        let condition = checker.resolve(syntax)
        guard checker.errors.isEmpty, let condition else {
            throw ConditionCheckFailure(errors: checker.errors.sorted { $0.span.start < $1.span.start })
        }
        return condition
    }

    private mutating func resolve(_ syntax: ConditionSyntax) -> Condition? {
        switch syntax {
        case .literal(let value, _):
            return .constant(value)
        case .not(let inner):
            return resolve(inner).map { .not($0) }
        case .and(let parts):
            let resolved = parts.map { resolve($0) }
            return resolved.contains(nil) ? nil : .and(resolved.compactMap { $0 })
        case .or(let parts):
            let resolved = parts.map { resolve($0) }
            return resolved.contains(nil) ? nil : .or(resolved.compactMap { $0 })
        case .name(let name):
            guard let (index, question) = lookUp(name) else { return nil }
            switch question.kind {
            case .boolean:
                return .isTrue(index)
            case .integer:
                return fail(.numberNeedsComparison, "'\(name.text)' is a number; compare it, for example '\(name.text) > 10'", name.span)
            case .choice(let choices):
                let example = choices.first?.value ?? "value"
                return fail(.choiceNeedsComparison, "'\(name.text)' is a choice; compare it, for example '\(name.text) == \(example)'", name.span)
            }
        case .comparison(let name, let comparison, let operand):
            guard let (index, question) = lookUp(name) else { return nil }
            return resolveComparison(index, question, name, comparison, operand)
        case .membership(let name, let negated, let set):
            guard let (index, question) = lookUp(name) else { return nil }
            guard let condition = resolveMembership(index, question, name, set) else { return nil }
            return negated ? .not(condition) : condition
        }
    }

    private mutating func resolveComparison(
        _ index: QuestionIndex, _ question: Question, _ name: ConditionSyntax.Name,
        _ comparison: ComparisonOperator, _ operand: ConditionSyntax.Operand
    ) -> Condition? {
        switch question.kind {
        case .integer:
            guard case .number(let number) = operand.value else {
                return fail(.typeMismatch, "'\(name.text)' is a number and cannot be compared with \(describe(operand))", operand.span)
            }
            return integerComparison(index, comparison, number)
        case .boolean:
            guard comparison == .equal || comparison == .notEqual else {
                return fail(.typeMismatch, "'\(name.text)' is a yes/no question; only '==' and '!=' apply to it", name.span.through(operand.span))
            }
            guard case .boolean(let flag) = operand.value else {
                return fail(
                    .typeMismatch,
                    "'\(name.text)' is a yes/no question and cannot be compared with \(describe(operand)); use true or false, or write '\(name.text)' or 'not \(name.text)'",
                    operand.span)
            }
            return (flag == (comparison == .equal)) ? .isTrue(index) : .not(.isTrue(index))
        case .choice(let choices):
            guard comparison == .equal || comparison == .notEqual else {
                let values = choices.map(\.value).joined(separator: ", ")
                return fail(
                    .unorderedChoice, "choices of '\(name.text)' have no order; list the ones you mean, for example '\(name.text) in [\(values)]'",
                    name.span.through(operand.span))
            }
            guard let choice = choiceIndex(question, choices, operand) else { return nil }
            let condition = Condition.choiceIn(index, [choice])
            return comparison == .equal ? condition : .not(condition)
        }
    }

    private mutating func resolveMembership(
        _ index: QuestionIndex, _ question: Question, _ name: ConditionSyntax.Name, _ set: ConditionSyntax.MemberSet
    ) -> Condition? {
        switch (set, question.kind) {
        case (.range(let lower, let upper, let halfOpen), .integer):
            guard case .number(let low) = lower.value, case .number(let high) = upper.value else {
                let bad = { if case .number = lower.value { return upper } else { return lower } }()
                return fail(.typeMismatch, "a range needs whole numbers, not \(describe(bad))", bad.span)
            }
            let (last, overflow) = halfOpen ? high.subtractingReportingOverflow(1) : (high, false)
            if overflow || last < low {
                return fail(.emptyRange, "the range \(low)\(halfOpen ? "..<" : "...")\(high) contains no number", lower.span.through(upper.span))
            }
            return .integerIn(index, IntegerInterval(lower: low, upper: last))
        case (.range(let lower, let upper, _), _):
            return fail(
                .typeMismatch,
                "'\(name.text)' is not a number, so a range does not apply; use a list such as [\(question.choices.map(\.value).joined(separator: ", "))]",
                lower.span.through(upper.span))
        case (.list(let members, _), .integer):
            var parts: [Condition] = []
            for member in members {
                guard case .number(let number) = member.value else {
                    _ = fail(.typeMismatch, "'\(name.text)' is a number and cannot be compared with \(describe(member))", member.span)
                    continue
                }
                parts.append(.integerIn(index, IntegerInterval(lower: number, upper: number)))
            }
            return parts.count == members.count ? (parts.count == 1 ? parts[0] : .or(parts)) : nil
        case (.list(let members, _), .boolean):
            var flags: Set<Bool> = []
            var valid = true
            for member in members {
                guard case .boolean(let flag) = member.value else {
                    _ = fail(.typeMismatch, "'\(name.text)' is a yes/no question and cannot be compared with \(describe(member))", member.span)
                    valid = false
                    continue
                }
                flags.insert(flag)
            }
            guard valid else { return nil }
            if flags.count == 2 { return .constant(true) }
            return flags.first.map { $0 ? .isTrue(index) : .not(.isTrue(index)) }
        case (.list(let members, _), .choice(let choices)):
            let resolved = members.map { choiceIndex(question, choices, $0) }
            if resolved.contains(nil) { return nil }
            return .choiceIn(index, Array(Set(resolved.compactMap { $0 })).sorted())
        }
    }

    private mutating func integerComparison(_ index: QuestionIndex, _ comparison: ComparisonOperator, _ number: Int) -> Condition {
        switch comparison {
        case .equal: return .integerIn(index, IntegerInterval(lower: number, upper: number))
        case .notEqual: return .not(.integerIn(index, IntegerInterval(lower: number, upper: number)))
        case .lessOrEqual: return .integerIn(index, IntegerInterval(upper: number))
        case .greaterOrEqual: return .integerIn(index, IntegerInterval(lower: number))
        case .less:
            let (bound, overflow) = number.subtractingReportingOverflow(1)
            return overflow ? .constant(false) : .integerIn(index, IntegerInterval(upper: bound))
        case .greater:
            let (bound, overflow) = number.addingReportingOverflow(1)
            return overflow ? .constant(false) : .integerIn(index, IntegerInterval(lower: bound))
        }
    }

    private mutating func choiceIndex(_ question: Question, _ choices: [Choice], _ operand: ConditionSyntax.Operand) -> Int? {
        let values = choices.map(\.value)
        guard case .name(let word) = operand.value else {
            _ = fail(
                .typeMismatch,
                "'\(question.id)' is a choice and cannot be compared with \(describe(operand)); its choices are \(values.joined(separator: ", "))", operand.span
            )
            return nil
        }
        if let index = values.firstIndex(of: word) { return index }
        if incomplete.contains(question.id) { return nil }
        _ = fail(
            .unknownChoice, "'\(word)' is not a choice of '\(question.id)' (\(values.joined(separator: ", ")))\(DidYouMean.hint(for: word, among: values))",
            operand.span)
        return nil
    }

    private mutating func lookUp(_ name: ConditionSyntax.Name) -> (QuestionIndex, Question)? {
        if let index = questionIndex[name.text] { return (index, questions[index]) }
        if incomplete.contains(name.text) || unread.mightDefine(name.text) { return nil }
        let hint = DidYouMean.hint(for: name.text, among: questions.map(\.id))
        _ = fail(.unknownQuestion, "unknown question '\(name.text)'\(hint)", name.span)
        return nil
    }

    private func describe(_ operand: ConditionSyntax.Operand) -> String {
        switch operand.value {
        case .number(let number): return "the number \(number)"
        case .boolean(let flag): return "'\(flag)'"
        case .name(let word): return "'\(word)'"
        }
    }

    private mutating func fail(_ code: DiagnosticCode, _ message: String, _ span: TextSpan) -> Condition? {
        errors.append(ConditionError(code: code, message: message, span: span))
        return nil
    }
}

/// Every mistake found in one condition.
public struct ConditionCheckFailure: Error, Sendable {
    /// The mistakes, in the order of the condition's text.
    public var errors: [ConditionError]
}
