import Foundation

/// The columns of CSV batch input, named by its header row (question ids, and `id` for the
/// record's identifier), and the reading of one row of cells into answers.
///
/// Cells are read with the same `AnswerValueParser` as answer files and batch lines, so a cell
/// gives the same answer, or the same message, as that value would anywhere else. An empty cell
/// is an unanswered question.
public struct AnswerColumns: Sendable {
    /// What one column holds.
    public enum Column: Sendable, Hashable {
        /// An answer to this question.
        case question(QuestionIndex)
        /// The record's identifier.
        case id
        /// Nothing the advisor reads (a warning says so).
        case ignored
    }

    /// A header that names a column twice.
    public struct RepeatedColumn: Error, Sendable, Hashable {
        /// The column's name as the header spells it.
        public var name: String
        /// The message, as a sentence fragment naming the column.
        public var message: String { "the column '\(name)' appears twice in the header" }
    }

    /// What each column of the header holds, in the header's order.
    public let columns: [Column]
    /// About header cells that are not questions (ignored), with a "did you mean".
    public let warnings: [String]
    private let questions: [Question]
    private let idColumn: Int?

    /// Reads the header row; cells are trimmed of spaces, and an empty one is ignored.
    public init(header: [String], ruleBase: RuleBase) throws(RepeatedColumn) {
        var columns: [Column] = []
        var warnings: [String] = []
        var seen: Set<String> = []
        let ids = ruleBase.questions.map(\.id)
        for cell in header {
            let key = cell.trimmingCharacters(in: .whitespaces)
            guard seen.insert(key).inserted || key.isEmpty else { throw RepeatedColumn(name: key) }
            if key.isEmpty {
                columns.append(.ignored)
            } else if key == "id" {
                columns.append(.id)
            } else if let index = ruleBase.questionIndex(key) {
                columns.append(.question(index))
            } else {
                columns.append(.ignored)
                warnings.append(
                    "line 1: the column \(QuotedText.quote(key)) is not a question; it is ignored\(DidYouMean.hint(for: key, among: ids)) (questions: \(ids.joined(separator: ", ")))"
                )
            }
        }
        self.columns = columns
        self.warnings = warnings
        questions = ruleBase.questions
        idColumn = columns.firstIndex(of: .id)
    }

    /// True for a row that stands for no case (an empty line).
    public static func isBlank(_ row: [String]) -> Bool { row.isEmpty || row == [""] }

    /// The row's id: its `id` cell, when there is one and it is not empty.
    public func id(of row: [String]) -> String? {
        guard let idColumn, idColumn < row.count, !row[idColumn].isEmpty else { return nil }
        return row[idColumn]
    }

    /// Reads a row's answers into `words` (one per question, see `AnswerVector`); the first
    /// problem, if any: too many cells, or a cell that is not a valid answer.
    public func read(_ row: [String], into words: UnsafeMutableBufferPointer<Int>) -> AnswerProblem? {
        guard row.count <= columns.count else {
            return AnswerProblem(question: nil, message: "the row has \(row.count) fields but the header names \(columns.count) columns")
        }
        for index in words.indices { words[index] = AnswerVector.unanswered }
        for (cell, column) in zip(row, columns) {
            guard case .question(let question) = column, !cell.isEmpty else { continue }
            let asked = questions[question]
            do {
                words[question] = AnswerVector.word(try AnswerValueParser.parse(cell, for: asked))
            } catch {
                return AnswerProblem(question: asked.id, message: "\(QuotedText.quote(cell)) \(error.message)")
            }
        }
        return nil
    }
}
