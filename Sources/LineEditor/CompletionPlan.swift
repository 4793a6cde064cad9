/// What pressing Tab should do to the line, decided from the candidates.
///
/// Lengths count Unicode scalars, which is what libedit counts on Linux
/// (one `wchar_t` each).
enum CompletionPlan: Equatable {
    /// Delete `deleting` scalars before the cursor, then insert `inserting`.
    case edit(deleting: Int, inserting: String)
    /// Nothing can be inserted: show these candidates below the line.
    case list([String])
    /// No candidate: beep.
    case nothing

    /// Plans the completion of the word just before the cursor.
    ///
    /// One candidate replaces the word and is followed by a space. Several
    /// candidates extend the word to their longest common prefix; when that
    /// adds nothing, they are listed (sorted, without duplicates).
    /// - Parameters:
    ///   - textBeforeCursor: The line up to the cursor.
    ///   - candidates: Full words that could replace the word being typed.
    /// - Returns: What to do with the line: insert, list or beep.
    static func make(textBeforeCursor: String, candidates: [String]) -> CompletionPlan {
        let word = currentWord(in: textBeforeCursor)
        let distinct = Array(Set(candidates.filter { !$0.isEmpty })).sorted()
        guard let first = distinct.first else { return .nothing }
        if distinct.count == 1 {
            return edit(from: word, to: first + " ")
        }
        let prefix = distinct.dropFirst().reduce(first, commonPrefix)
        let extendsWord =
            prefix.unicodeScalars.count > word.unicodeScalars.count
            && prefix.unicodeScalars.starts(with: word.unicodeScalars)
        return extendsWord ? edit(from: word, to: prefix) : .list(distinct)
    }

    /// The text after the last space or tab.
    static func currentWord(in text: String) -> String {
        let scalars = text.unicodeScalars
        guard let lastSeparator = scalars.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
            return text
        }
        return String(scalars[scalars.index(after: lastSeparator)...])
    }

    /// The smallest edit turning `word` (just before the cursor) into `replacement`.
    private static func edit(from word: String, to replacement: String) -> CompletionPlan {
        let kept = commonPrefix(word, replacement).unicodeScalars.count
        let deleting = word.unicodeScalars.count - kept
        let inserting = String(replacement.unicodeScalars.dropFirst(kept))
        return .edit(deleting: deleting, inserting: inserting)
    }

    private static func commonPrefix(_ a: String, _ b: String) -> String {
        var prefix = String.UnicodeScalarView()
        for (x, y) in zip(a.unicodeScalars, b.unicodeScalars) {
            guard x == y else { break }
            prefix.append(x)
        }
        return String(prefix)
    }
}
