import AdvisorKit
import ArgumentParser
import Foundation

/// Where the rule base comes from: `--rules DIR`, else `$ADVISOR_RULES`, else the built-in rules.
struct RuleBaseOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("Use the rule base in this folder instead of the built-in rules (also: ADVISOR_RULES).", valueName: "dir"),
        completion: .directory)
    var rules: String?

    /// The folder to read, or nil for the built-in rules.
    var folder: String? {
        if let rules { return rules }
        if let fromEnvironment = Terminal.environment("ADVISOR_RULES"), !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return nil
    }

    /// The rule files: from the folder, or the built-in ones.
    func ruleFiles() throws(Failure) -> [RuleFile] {
        guard let folder else { return DefaultRules.files }
        return try Self.ruleFiles(in: folder)
    }

    /// The rule files of `folder`, which must hold at least one.
    static func ruleFiles(in folder: String) throws(Failure) -> [RuleFile] {
        let files: [RuleFile]
        do {
            files = try FileReader.ruleFiles(in: folder)
        } catch {
            throw Failure.file(error, isRules: true)
        }
        if files.isEmpty {
            throw Failure.rules([Diagnostic(.error, code: .noFiles, message: "\(folder) holds no .yaml rule files", at: nil)])
        }
        return files
    }

    /// Loads and checks the rule base, printing its warnings to standard error; the built-in one
    /// comes ready-made, without parsing.
    func loadRuleBase() throws(Failure) -> RuleBase {
        guard folder != nil else { return DefaultRules.ruleBase }
        return try Self.load(try ruleFiles())
    }

    /// Loads rule files, printing warnings to standard error.
    static func load(_ files: [RuleFile]) throws(Failure) -> RuleBase {
        do {
            let (ruleBase, warnings) = try RuleBaseLoader.load(files)
            for warning in warnings { Terminal.printError(warning.description) }
            return ruleBase
        } catch {
            throw Failure.rules(error.diagnostics)
        }
    }
}
