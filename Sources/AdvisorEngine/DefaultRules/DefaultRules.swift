import AdvisorModel

/// The rule base that ships with the advisor, compiled into the binary so that it works from any
/// folder without the repository beside it.
///
/// The texts come from `EmbeddedRules+Generated.swift` and the rule base they load to from
/// `EmbeddedRuleBase+Generated.swift`, Swift that builds it, so that start-up parses no YAML. Both
/// are written from `Rules/` by `swift run generate-advisor-rules`; a test fails, naming that
/// command, when either differs from `Rules/`.
public enum DefaultRules {
    /// The built-in rule files, shown as `Rules/…` in messages.
    public static var files: [RuleFile] {
        EmbeddedRules.files.map { RuleFile(path: "Rules/" + $0.path, relativePath: $0.path, contents: $0.contents) }
    }

    /// The built-in rule base, ready without parsing: equal to what `load()` makes of `files`
    /// (a test checks it), which also loads without warnings. Its identity was hashed from the
    /// embedded texts when they were generated, so it is the digest of `Rules/` on disk.
    public static let ruleBase: RuleBase = {
        var ruleBase = EmbeddedRules.ruleBase()
        ruleBase.identity = identity
        return ruleBase
    }()

    /// The built-in cost model, ready without parsing: equal to what `CostModelLoader` makes of
    /// `files` (a test checks it), generated from `Rules/` like the rule base.
    public static let costModel: CostModel = EmbeddedRules.costModel(claims: ruleBase.claims)

    /// The cost model of `ruleBase` when it is the built-in rule base (the same digest: the same
    /// files, on disk or built in), without reading YAML; nil for any other rule base.
    public static func costModel(of ruleBase: RuleBase) -> CostModel? {
        ruleBase.identity == identity ? costModel : nil
    }

    /// The name and SHA-256 digest of the built-in rule files (`advisor --version` prints it),
    /// worked out by the generator.
    public static var identity: RuleBaseIdentity { EmbeddedRules.identity }

    /// The built-in rule base read from its YAML files, as a rule folder is read. It is checked by
    /// the test suite, so this does not fail in a released build; the error is still passed on
    /// rather than trapping.
    public static func load() throws(RuleBaseError) -> RuleBase {
        try RuleBaseLoader.load(files).0
    }
}
