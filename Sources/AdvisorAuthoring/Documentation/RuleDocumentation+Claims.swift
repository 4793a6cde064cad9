import AdvisorEngine
import AdvisorModel

/// How faithful the rule base is to its article: every claim with the rules and cost parameters
/// that cite it, and the claims nothing uses with the reason.
extension RuleDocumentation {
    /// The "How faithful is it" section (empty when no article lists claims).
    static func claimSection(_ ruleBase: RuleBase, costs: CostModel?) -> [String] {
        guard !ruleBase.claims.isEmpty else { return [] }
        let parameters = costs?.parameters ?? []
        let byArticle = Set(ruleBase.claims.map(\.article)).count > 1
        let section = { (claim: Claim) in escape(byArticle ? claim.source : claim.section) }
        var used: [(Claim, [String])] = []
        var unused: [Claim] = []
        for claim in ruleBase.claims {
            let (rules, parameterIDs) = Faithfulness.users(of: claim, in: ruleBase, costs: costs)
            let uses = rules.map { "rule \(code($0))" } + parameterIDs.map { "parameter \(code($0))" }
            if uses.isEmpty { unused.append(claim) } else { used.append((claim, uses)) }
        }
        var out = ["", "## How faithful is it", ""]
        let assumedRules = ruleBase.rules.filter { $0.provenance.assumption != nil }.count
        let assumedParameters = parameters.filter { $0.provenance.assumption != nil }.count
        let readRules = ruleBase.rules.filter { $0.interpretation != nil }.count
        let readParameters = parameters.filter { $0.interpretation != nil }.count
        out.append(
            "The article makes \(Prose.count(ruleBase.claims.count, "claim")) that bear on the choice, listed here in our own words; "
                + "the rules\(costs == nil ? "" : " and the cost model") use \(used.count) of them. "
                + "Where the article is silent, \(Prose.count(assumedRules, "rule"))\(costs == nil ? "" : " and \(Prose.count(assumedParameters, "cost parameter"))") "
                + "rest on a stated assumption instead. Where a rule or parameter holds a number the article does not give, it says how we "
                + "read the article (\(Prose.count(readRules, "rule"))\(costs == nil ? "" : " and \(Prose.count(readParameters, "parameter"))")).")
        if !used.isEmpty {
            out += ["", "| Claim | Section | What the article says | Used by |", "|---|---|---|---|"]
            for (claim, uses) in used {
                out.append("| \(code(claim.id)) | \(section(claim)) | \(escape(claim.says)) | \(uses.joined(separator: ", ")) |")
            }
        }
        if !unused.isEmpty {
            out += ["", "Claims no rule or parameter uses:", "", "| Claim | Section | What the article says | Why not used |", "|---|---|---|---|"]
            for claim in unused {
                let reason = claim.unusedBecause.map(escape) ?? "*no reason given*"
                out.append("| \(code(claim.id)) | \(section(claim)) | \(escape(claim.says)) | \(reason) |")
            }
        }
        return out
    }

    /// "- **Source:** …" (with the claims cited) or "- **Assumption** …", then "- **Our reading:** …".
    static func provenanceLines(_ provenance: Provenance, interpretation: String?) -> [String] {
        var out: [String] = []
        switch provenance {
        case .claims(let claims):
            out.append("- **Source:** \(escape(provenance.source ?? "")), claims \(claims.map { code($0.id) }.joined(separator: ", "))")
        case .source(let citation): out.append("- **Source:** \(escape(citation))")
        case .assumption(let rationale): out.append("- **Assumption** (the article is silent): \(escape(rationale))")
        }
        if let interpretation { out.append("- **Our reading:** \(escape(interpretation))") }
        return out
    }
}
