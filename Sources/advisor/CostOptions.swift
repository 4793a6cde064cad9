import AdvisorKit
import ArgumentParser
import Foundation

/// The cost estimate's options: `--costs`, `--assume ID=VALUE`, `--costs-file FILE`.
struct CostOptions: ParsableArguments {
    @Flag(name: .long, help: "Add a yearly cost estimate for each option, with its assumptions and break-even points.")
    var costs = false

    @Option(
        name: .long, help: ArgumentHelp("Change one cost assumption for this run, for example break_fix_hourly_rate=110 (repeatable).", valueName: "id=value"))
    var assume: [String] = []

    @Option(
        name: .customLong("costs-file"), help: ArgumentHelp("Use the cost model in this YAML file (or folder) instead of the rule base's.", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var costsFile: String?

    /// True when an option other than --costs was given.
    var changesTheModel: Bool { !assume.isEmpty || costsFile != nil }

    /// The cost model (from --costs-file, else from the rule files) with the --assume values
    /// applied; nil when the rule base has no cost model and none was asked for.
    func assumptions(ruleBase: RuleBase, ruleFiles: [RuleFile]) throws(Failure) -> CostAssumptions? {
        try Self.load(ruleBase: ruleBase, ruleFiles: ruleFiles, costsFile: costsFile, assume: assume, required: costs || changesTheModel)
    }

    /// The rule base's own cost model, or nil when it has none or it does not load; nothing is
    /// reported (for the summary's cost line, which no option asked for).
    static func quietly(ruleBase: RuleBase, ruleFiles: [RuleFile]) -> CostAssumptions? {
        guard let model = DefaultRules.costModel(of: ruleBase) ?? (try? CostModelLoader.load(ruleFiles, ruleBase: ruleBase, onlyCosts: false).0) else {
            return nil
        }
        return CostAssumptions(model: model)
    }

    /// Loads a cost model from `costsFile` (a file or folder), else from `ruleFiles`, and applies
    /// `assume`. Fails (78) when `required` and there is none; a bad assumption is a usage error (64).
    static func load(
        ruleBase: RuleBase, ruleFiles: [RuleFile], costsFile: String? = nil, assume: [String] = [], required: Bool = false
    ) throws(Failure) -> CostAssumptions? {
        let files = try costsFile.map { path throws(Failure) in try costFiles(path) } ?? ruleFiles
        let model: CostModel?
        if costsFile == nil, let builtIn = DefaultRules.costModel(of: ruleBase) {
            model = builtIn
        } else {
            do {
                let (loaded, warnings) = try CostModelLoader.load(files, ruleBase: ruleBase, onlyCosts: costsFile != nil)
                for warning in warnings { Terminal.printError("advisor: " + warning.description) }
                model = loaded
            } catch {
                throw Failure.rules(error.diagnostics)
            }
        }
        guard let model else {
            if let costsFile {
                throw Failure.rules([Diagnostic(.error, code: .noCosts, message: "\(costsFile) holds no 'costs' section", at: nil)])
            }
            if required {
                throw Failure.rules([
                    Diagnostic(.error, code: .noCosts, message: "the rule base has no cost model (a 'costs' section); give one with --costs-file FILE", at: nil)
                ])
            }
            return nil
        }
        var assumptions = CostAssumptions(model: model)
        for assignment in assume {
            do {
                try assumptions.assume(assignment)
            } catch {
                throw Failure.usage("--assume \(assignment): \(error.message)")
            }
        }
        return assumptions
    }

    /// The files of a cost model given as a file or as a folder of `.yaml` files.
    static func costFiles(_ path: String) throws(Failure) -> [RuleFile] {
        let files: [RuleFile]
        do {
            files = try FileReader.costFiles(at: path)
        } catch {
            throw Failure.file(error, isRules: true)
        }
        guard !files.isEmpty else {
            throw Failure.rules([Diagnostic(.error, code: .noFiles, message: "\(path) holds no .yaml files", at: nil)])
        }
        return files
    }
}
