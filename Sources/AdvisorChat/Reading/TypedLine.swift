import AdvisorModel

extension PlainAnswerReader {
    /// A typed line, scanned once: every stage of the reader (numbers, yes or no, choices, facts)
    /// works on these tokens, so a line is split into words, its numbers read and its clauses
    /// found only once, however many questions it is read for.
    package struct TypedLine {
        /// The line as typed.
        package let text: String
        package let tokens: [Token]
        /// The form of each token compared with the reader's own word lists (`Token.key`).
        package let keys: [String?]
        /// The form compared with the rule files' words: keys without plural endings, the first
        /// person singular as the plural (`WordScanner.matchForm`).
        let stems: [String?]
        /// The numbers in the line.
        package let numbers: NumberReading
        /// The line's clauses: stretches between marks and joining words ("and", "but", …).
        let clauses: [Clause]
        /// For each token, the index of its clause (nil for marks and joining words).
        let clauseOf: [Int?]
        /// For each token, where its sentence starts (after ".", "!", "?" or "…").
        let sentenceStarts: [Int]

        package init(_ text: String) {
            self.init(text: text, tokens: WordScanner.scan(text))
        }

        /// A line from tokens already scanned (the same line with misspelt words corrected).
        package init(text: String, tokens: [Token]) {
            self.text = text
            self.tokens = tokens
            keys = tokens.map(\.key)
            stems = keys.map { $0.map(WordScanner.matchForm) }
            numbers = PlainAnswerReader.readNumbers(tokens)
            // "a hundred and ten", "nobody but me": joining words inside a phrase of their own.
            let keeping = numbers.consumed.union(PlainAnswerReader.exceptingButs(keys))
            clauses = PlainAnswerReader.clauses(tokens, splitWords: PlainAnswerReader.joiningWords, keeping: keeping)
            var clauseOf = [Int?](repeating: nil, count: tokens.count)
            for (index, clause) in clauses.enumerated() {
                for position in clause.range { clauseOf[position] = index }
            }
            self.clauseOf = clauseOf
            var starts = Array(repeating: 0, count: tokens.count)
            var start = 0
            for (position, token) in tokens.enumerated() {
                starts[position] = start
                if case .mark(let mark) = token, [".", "!", "?", "…", "\u{FF1F}"].contains(mark) { start = position + 1 }
            }
            sentenceStarts = starts
        }

        /// Whether the line ends in a question mark: a question, not an answer.
        var isQuestion: Bool {
            if case .mark(let last)? = tokens.last { return last == "?" || last == "\u{FF1F}" }
            return false
        }

        /// The whole line as a scope.
        package var all: Scope { Scope(line: self, included: Array(repeating: true, count: tokens.count)) }

        /// The scope of the given clauses, with the joining words between two of them that follow
        /// one another ("laptops and a router").
        package func scope(ofClauses indices: some Sequence<Int>) -> Scope {
            var included = Array(repeating: false, count: tokens.count)
            let chosen = Set(indices)
            for index in chosen {
                for position in clauses[index].range { included[position] = true }
                guard chosen.contains(index + 1) else { continue }
                for position in clauses[index].range.upperBound..<clauses[index + 1].range.lowerBound where keys[position] != nil {
                    included[position] = true
                }
            }
            return Scope(line: self, included: included)
        }
    }

    /// One clause of a line.
    package struct Clause {
        package var range: Range<Int>
        /// It ends in a question mark.
        var isQuestion: Bool
    }

    /// The part of a line read for one question: the other tokens are masked out, so that no
    /// phrase is found across them.
    package struct Scope {
        package let line: TypedLine
        /// Whether each token is part of the scope.
        package let included: [Bool]
        /// The line's keys, nil outside the scope.
        package let keys: [String?]
        /// The line's stems, nil outside the scope.
        let stems: [String?]
        /// The positions of the tokens in the scope.
        package let positions: [Int]

        package init(line: TypedLine, included: [Bool]) {
            self.line = line
            self.included = included
            keys = zip(line.keys, included).map { $1 ? $0 : nil }
            stems = zip(line.stems, included).map { $1 ? $0 : nil }
            positions = included.indices.filter { included[$0] }
        }

        /// The same scope on another reading of the line (with misspelt words corrected).
        package func on(_ other: TypedLine) -> Scope { Scope(line: other, included: included) }
    }

    /// The "but"s that mean "except" ("nobody but me", "no one but us"), which join no clauses.
    static func exceptingButs(_ keys: [String?]) -> Set<Int> {
        Set(
            keys.indices.filter { position in
                guard keys[position] == "but", position > 0, position + 1 < keys.count else { return false }
                return ["one", "nobody", "noone", "else", "anyone", "anybody"].contains(keys[position - 1] ?? "")
                    && ["me", "myself", "us", "ourselves"].contains(keys[position + 1] ?? "")
            })
    }

    /// Words that join two clauses: a fact is read from the clause that names its question.
    static let joiningWords: Set<String> = [
        "and", "but", "although", "though", "whereas", "while", "however", "so", "because",
    ]
}
