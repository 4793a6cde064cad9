import AdvisorKit
import Foundation

/// The Swift files generated from `Rules/` into `Sources/AdvisorEngine/DefaultRules/`: the rule
/// files' texts (`EmbeddedRules+Generated.swift`) and the rule base they load to
/// (`EmbeddedRuleBase+Generated.swift`), so that advisor carries its rules and starts without
/// parsing YAML.
enum GeneratedFiles {
    /// The command that writes them.
    static let command = "swift run generate-advisor-rules"

    /// The first lines of every generated file: where it comes from, and that swift-format leaves
    /// it as the generator wrote it (it would re-indent the rule files' texts).
    static let header = "// Generated from Rules/ by `\(command)`. Do not edit.\n// swift-format-ignore-file\n\nimport AdvisorModel\n"

    /// The folder they go to, relative to the package's root.
    static let folder = "Sources/AdvisorEngine/DefaultRules"

    /// The package's root: this file is `Sources/generate-advisor-rules/GeneratedFiles.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Each generated file's path (relative to the package's root) and contents, from the rule
    /// folder at `rules`. Fails when the rules do not load: the built-in rules must.
    static func generate(fromRulesIn rules: String) throws -> [(path: String, contents: String)] {
        let files = try FileReader.ruleFiles(in: rules).map {
            RuleFile(path: "Rules/" + $0.relativePath, relativePath: $0.relativePath, contents: $0.contents)
        }
        let (ruleBase, _) = try RuleBaseLoader.load(files)
        guard let costModel = try CostModelLoader.load(files, ruleBase: ruleBase).0 else { throw GeneratorError.noCostModel }
        return [
            ("\(folder)/EmbeddedRules+Generated.swift", EmbeddedRulesSwiftSource.generate(files)),
            ("\(folder)/EmbeddedRuleBase+Generated.swift", RuleBaseSwiftSource.generate(ruleBase)),
            ("\(folder)/EmbeddedCostModel+Generated.swift", CostModelSwiftSource.generate(costModel, ruleBase: ruleBase)),
        ]
    }
}

/// Swift source holding each rule file as a raw string literal.
enum EmbeddedRulesSwiftSource {
    static func generate(_ files: [RuleFile]) -> String {
        var out = GeneratedFiles.header + "\n"
        out += "enum EmbeddedRules {\n"
        out += "    static let files: [(path: String, contents: String)] = [\n"
        for file in files {
            var hashes = "#"
            while file.contents.contains("\"\"\"" + hashes) || file.contents.contains("\\" + hashes) { hashes += "#" }
            out += "        (\n"
            out += "            \"\(file.relativePath)\",\n"
            out += "            \(hashes)\"\"\"\n\(file.contents)\n\"\"\"\(hashes)\n"
            out += "        ),\n"
        }
        out += "    ]\n\n"
        // Worked out here, so that no launch hashes the built-in files.
        let identity = RuleBaseIdentity(name: RuleBaseIdentity.folderName(of: files), files: files)
        out += "    /// The name and SHA-256 digest of the files above (see `RuleBaseIdentity.init(name:files:)`).\n"
        out += "    static let identity = RuleBaseIdentity(\n"
        out += "        name: \"\(identity.name)\",\n"
        out += "        digest: \"\(identity.digest)\",\n"
        out += "        files: [\(identity.files.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        out += "    )\n}\n"
        return out
    }
}

/// Why the built-in files could not be generated.
enum GeneratorError: Error, CustomStringConvertible {
    /// The rule files hold no `costs` section, which the built-in rules must.
    case noCostModel

    var description: String {
        switch self {
        case .noCostModel: return "the rule files hold no 'costs' section; the built-in rules must have a cost model"
        }
    }
}
