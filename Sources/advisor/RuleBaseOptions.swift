import AdvisorKit
import ArgumentParser
import Foundation

/// Where the rule base comes from: `--rules DIR`, else `$ADVISOR_RULES`, else the built-in rules.
struct RuleBaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the rule base in this folder instead of the built-in rules (also: ADVISOR_RULES).", valueName: "dir"))
    var rules: String?

    /// The folder to read, or nil for the built-in rules.
    var folder: String? {
        if let rules { return rules }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ADVISOR_RULES"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return nil
    }

    /// Loads and checks the rule base, printing its warnings to standard error.
    func loadRuleBase() throws(Failure) -> RuleBase {
        let files: [RuleFile]
        if let folder {
            do {
                files = try FileReader.ruleFiles(in: folder)
            } catch {
                throw Failure.file(error, isRules: true)
            }
            if files.isEmpty {
                throw Failure.rules([Diagnostic(.error, code: "no-files", message: "\(folder) holds no .yaml rule files", at: nil)])
            }
        } else {
            files = DefaultRules.files
        }
        do {
            let (ruleBase, warnings) = try RuleBaseLoader.load(files)
            for warning in warnings { Terminal.printError(warning.description) }
            return ruleBase
        } catch {
            throw Failure.rules(error.diagnostics)
        }
    }
}
