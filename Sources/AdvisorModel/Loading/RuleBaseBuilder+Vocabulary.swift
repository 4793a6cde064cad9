import Yams

/// The chat's vocabulary in the rule files: the words that name a question (`mentions`), the
/// phrases that give an answer to a number or yes-or-no question (`phrases`) or only make one
/// probable (`hints`), and each choice's `aliases`, `phrases` and `hints`.
///
/// Phrases are compared the way the chat matches them (`WordScanner.phraseWords`: case,
/// apostrophes, punctuation and plural endings ignored), so two entries the chat cannot tell
/// apart are one entry: within one question, an entry that points to two answers is an error
/// (`ambiguous-alias`), and so is one listed twice for the same answer (`ambiguous-alias`) or
/// topic (`duplicate-mention`). Across questions (see `VocabularyLedger`), an alias or phrase of
/// two questions is a warning (`shared-alias`), and so is a mention of two (`shared-mention`).
/// Phrases for a number outside a question's answers are a warning (`unreachable-phrase`).
/// A mistake drops only the entry it is in (the load fails all the same), so that it does not
/// bring down its question and every rule that reads it.
extension RuleBaseBuilder {
    /// `mentions` of a question: a list of words or short phrases.
    func readMentions(_ node: Node?, what: String, _ reader: NodeReader) -> [String] {
        var seen: [String: String] = [:]
        var mentions: [String] = []
        for item in reader.list(node, "mentions", in: what) ?? [] {
            guard let text = phraseText(item, "mention", in: what, reader) else { continue }
            let key = Self.matchKey(text)
            if let earlier = seen[key] {
                log.error(.duplicateMention, "'\(text)' names \(what) twice (as '\(earlier)' already); the chat reads them alike", at: reader.location(item))
                continue
            }
            seen[key] = text
            mentions.append(text)
            ledger.note(key, text: text, of: what, at: reader.location(item), as: .mention)
        }
        return mentions
    }

    /// `phrases` of a number question (whole numbers to lists of phrases: `1: [just me]`) or of a
    /// yes-or-no question (`yes:` and `no:` to lists of phrases), or, as `key` "hints", its
    /// phrases that only make an answer probable, in the same shape. Choice questions keep their
    /// phrases and hints under each choice. `owners` holds the answer each phrase read so far
    /// gives, so that a hint cannot repeat a phrase.
    func readAnswerPhrases(
        _ node: Node?, key field: String = "phrases", kind: Question.Kind, what: String, _ reader: NodeReader, owners: inout [String: AnswerValue]
    ) -> [AnswerPhrase] {
        guard let node, !node.isNull else { return [] }
        let example: String
        switch kind {
        case .choice:
            log.error(.unexpectedKey, "'\(field)' of \(what) go under each of its choices, beside the choice's 'aliases'", at: reader.location(node))
            return []
        case .integer: example = field == "hints" ? "{5: [a handful]}" : "{1: [just me, only me]}"
        case .boolean: example = field == "hints" ? "{no: [fingers crossed]}" : "{yes: [we test a restore], no: [nobody does]}"
        }
        guard case .mapping(let mapping) = node else {
            log.error(
                .wrongType, "'\(field)' of \(what) must map answers to lists of phrases, such as \(example), found \(node.shapeDescription)",
                at: reader.location(node))
            return []
        }
        let singular = field == "hints" ? "hint" : "phrase"
        var phrases: [AnswerPhrase] = []
        for (keyNode, listNode) in mapping {
            guard let value = answerKey(keyNode, field: field, kind: kind, what: what, reader) else { continue }
            let spelled = spell(value)
            if case .integer(let number) = value, case .integer(let range, _) = kind, !range.contains(number) {
                // Kept a warning, so that narrowing a question's range does not break its phrases.
                let answers = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
                log.warning(
                    .unreachablePhrase, "'\(field)' of \(what) give \(number), which is not one of its answers (\(answers)); the chat ignores them",
                    at: reader.location(keyNode))
                continue
            }
            for item in reader.list(listNode, "\(field) for \(spelled)", in: what) ?? [] {
                guard let text = phraseText(item, singular, in: what, reader) else { continue }
                let key = Self.matchKey(text)
                if let owner = owners[key] {
                    let clash = owner == value ? "is listed twice for \(spelled)" : "is already a phrase for \(spell(owner))"
                    log.error(.ambiguousAlias, "'\(text)' \(clash) in \(what); a phrase must point to one answer", at: reader.location(item))
                    continue
                }
                owners[key] = value
                phrases.append(AnswerPhrase(text, means: value, at: reader.location(item), hint: field == "hints"))
                ledger.note(key, text: text, of: what, at: reader.location(item), as: .answer)
            }
        }
        return phrases
    }

    /// The answer a key of `phrases` stands for: a whole number in the question's range, or yes or no.
    private func answerKey(_ node: Node, field: String, kind: Question.Kind, what: String, _ reader: NodeReader) -> AnswerValue? {
        guard case .scalar(let scalar) = node else {
            log.error(.wrongType, "keys of '\(field)' of \(what) must be answers, found \(node.shapeDescription)", at: reader.location(node))
            return nil
        }
        let text = scalar.string.trimmedOfWhitespace
        switch kind {
        case .integer:
            guard let number = Int(text) else {
                log.error(.wrongType, "keys of '\(field)' of \(what) must be whole numbers, found '\(text)'", at: reader.location(node))
                return nil
            }
            return .integer(number)
        case .boolean:
            switch text {
            case "yes": return .boolean(true)
            case "no": return .boolean(false)
            default:
                log.error(
                    .unknownKey, "unknown answer '\(text)' in '\(field)' of \(what)\(DidYouMean.hint(for: text, among: ["yes", "no"])) (keys: yes, no)",
                    at: reader.location(node))
                return nil
            }
        case .choice:
            return nil
        }
    }

    /// The text of one alias, phrase or mention, which must have words the chat can match.
    func phraseText(_ node: Node, _ key: String, in what: String, _ reader: NodeReader) -> String? {
        guard let text = reader.text(node, key, in: what) else { return nil }
        guard !Self.matchKey(text).isEmpty else {
            log.error(.emptyValue, "the \(key) '\(text)' of \(what) has no words the chat could match", at: reader.location(node))
            return nil
        }
        return text
    }

    /// How the chat compares a phrase: its words as matched, joined by spaces.
    static func matchKey(_ text: String) -> String {
        WordScanner.phraseWords(text).joined(separator: " ")
    }

    private func spell(_ value: AnswerValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .boolean(let flag): return flag ? "yes" : "no"
        case .choice(let index): return String(index)
        }
    }
}

/// The aliases, phrases and mentions of the questions read so far, to warn when a later question
/// uses one of them too: such a word is ambiguous between the two questions in a line that names
/// both (an alias or phrase), or names neither (a mention).
package final class VocabularyLedger {
    package enum Use { case answer, mention }

    private var first: [Use: [String: (text: String, question: String, location: SourceLocation)]] = [:]
    package let log: DiagnosticLog

    package init(log: DiagnosticLog) {
        self.log = log
    }

    /// Records `key` (as matched) of `question`, warning when another question has it already.
    package func note(_ key: String, text: String, of question: String, at location: SourceLocation, as use: Use) {
        guard let earlier = first[use, default: [:]][key] else {
            first[use, default: [:]][key] = (text, question, location)
            return
        }
        guard earlier.question != question else { return }
        switch use {
        case .answer:
            log.warning(
                .sharedAlias,
                "'\(text)' of \(question) is also an alias or phrase of \(earlier.question) ('\(earlier.text)' at \(earlier.location)); a line that names both questions gives both this answer",
                at: location)
        case .mention:
            log.warning(
                .sharedMention,
                "'\(text)' names \(question) and \(earlier.question) too ('\(earlier.text)' at \(earlier.location)); the chat reads it as naming neither",
                at: location)
        }
    }
}
