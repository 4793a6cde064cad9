import AdvisorEngine
import AdvisorModel

/// Everything `advisor rules check` reports about a rule base.
public struct RuleCheckReport: Sendable {
    /// Errors and warnings, sorted by location (nil locations last), then by code. When the rule
    /// base fails to load these are the loader's diagnostics exactly as `RuleBaseError` holds them.
    public var diagnostics: [Diagnostic]
    /// The loaded rule base; nil when loading failed.
    public var ruleBase: RuleBase?
    /// The loaded cost model; nil when there is none or it failed to load.
    public var costModel: CostModel?

    /// A report of `diagnostics`, with what loaded.
    public init(diagnostics: [Diagnostic], ruleBase: RuleBase?, costModel: CostModel? = nil) {
        self.diagnostics = diagnostics
        self.ruleBase = ruleBase
        self.costModel = costModel
    }

    /// How many of the diagnostics are errors.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// How many of the diagnostics are warnings.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Diagnostics by location (nil locations last), then by code; the order they were found in
    /// decides between equals, so the result is deterministic.
    package static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element, rhs.element)
            switch (left.location, right.location) {
            case (let l?, let r?) where l != r: return l < r
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                if left.code != right.code { return left.code < right.code }
                return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
