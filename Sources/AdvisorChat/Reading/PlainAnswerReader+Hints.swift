import AdvisorModel

/// Hints: the rule files' phrases that only make an answer probable ("fingers crossed" for no
/// one checking the backups). An answer that rests on hints alone is confirmed before it is
/// taken, and is never taken as a fact about a question not being asked.
extension PlainAnswerReader {
    /// Whether `value`, read from `scope`, rests on hints alone: read again without the hints
    /// that gave it, the scope no longer gives it ("No, fingers crossed" still says no).
    static func restsOnHints(_ value: AnswerValue, in scope: Scope, for question: QuestionIndex, _ vocabulary: Vocabulary) -> Bool {
        let hints = vocabulary.hints[question]
        guard !hints.phrases.isEmpty else { return false }
        let answers = vocabulary.answers[question]
        let hinted = hints.longestMatches(in: scope.stems).filter { $0.value == value }.map(\.range)
        // Only hints that win where phrases overlap ("not a bit of a mess" is no hint of a mess).
        let used = Set(answers.longestMatches(in: scope.stems).map(\.range).filter(hinted.contains).joined())
        guard !used.isEmpty else { return false }
        let without = Scope(line: scope.line, included: scope.included.indices.map { scope.included[$0] && !used.contains($0) })
        return !find(without, for: vocabulary.questions[question], answers: answers).values.contains(value)
    }
}
