import Foundation

/// Reads one answer written as text (`"12"`, `"yes"`, `"prefer_fixed"`) for a given question.
///
/// This is the strict reading used by answer files and test cases: exact values, a few
/// spellings of yes and no, and the choice aliases from the rule files.
public enum AnswerValueParser {
    /// Why a text is not a valid answer, as a sentence fragment to follow "'x' ".
    public struct Rejection: Error, Sendable, Hashable {
        /// The reason, such as "is not a whole number: users takes a whole number from 1".
        public var message: String
    }

    private static let yes: Set<String> = ["true", "yes", "y", "on"]
    private static let no: Set<String> = ["false", "no", "n", "off"]

    /// Reads `text` as an answer to `question`.
    ///
    /// - Parameters:
    ///   - text: The answer as written, surrounding spaces ignored.
    ///   - question: The question it answers, which says what is valid.
    /// - Returns: The value: a number, yes or no, or the index of a choice (by its value or an alias).
    /// - Throws: ``Rejection`` saying what the question takes.
    public static func parse(_ text: String, for question: Question) throws(Rejection) -> AnswerValue {
        let trimmed = text.trimmedOfWhitespace
        switch question.kind {
        case .integer(let range, _):
            guard let number = Int(trimmed) else {
                if Double(trimmed) != nil, trimmed.rangeOfCharacter(from: .letters) == nil || trimmed.lowercased().contains("e") {
                    let isWholeButHuge = trimmed.allSatisfy { $0.isNumber || $0 == "-" || $0 == "+" }
                    throw Rejection(
                        message: isWholeButHuge
                            ? "is too large a number for \(question.id): expected \(question.expectation)"
                            : "is not a whole number: \(question.id) takes \(question.expectation)")
                }
                throw Rejection(message: "is not a number: \(question.id) takes \(question.expectation)")
            }
            guard range.contains(number) else {
                throw Rejection(message: "is out of range for \(question.id): expected \(question.expectation)")
            }
            return .integer(number)
        case .boolean:
            let lowered = trimmed.lowercased()
            if yes.contains(lowered) { return .boolean(true) }
            if no.contains(lowered) { return .boolean(false) }
            throw Rejection(message: "is not a valid answer to \(question.id): expected \(question.expectation)")
        case .choice(let choices):
            if let index = choiceIndex(trimmed, in: choices) { return .choice(index) }
            let values = choices.map(\.value)
            let hint = DidYouMean.hint(for: trimmed, among: values)
            throw Rejection(message: "is not a choice of \(question.id): expected \(question.expectation)\(hint)")
        }
    }

    /// The choice whose value or one of whose aliases is `text`, ignoring case and spacing.
    static func choiceIndex(_ text: String, in choices: [Choice]) -> Int? {
        let wanted = normalized(text)
        if let exact = choices.firstIndex(where: { $0.value == text }) { return exact }
        return choices.firstIndex { choice in
            normalized(choice.value) == wanted || choice.aliases.contains { normalized($0) == wanted }
        }
    }

    /// The form in which typed words are compared: lower case, with spaces, `_` and `-` alike.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: " ")
    }
}
