import AdvisorKit
import Foundation

/// Reads an answer file (or standard input for `-`) and decodes it against the rule base.
enum AnswerInput {
    static func read(_ path: String, ruleBase: RuleBase) throws(Failure) -> DecodedAnswers {
        let data: Data
        do {
            data =
                path == "-"
                ? try FileReader.read(FileHandle.standardInput, name: "standard input")
                : try FileReader.read(path)
        } catch {
            throw Failure.file(error, isRules: false)
        }
        do {
            return try AnswerFile.decode(data, path: path == "-" ? "<stdin>" : path, ruleBase: ruleBase)
        } catch {
            throw Failure.answers(error.diagnostics)
        }
    }
}
