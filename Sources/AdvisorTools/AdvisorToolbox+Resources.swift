import AdvisorAuthoring
import AdvisorEngine
import AdvisorModel

/// A document an assistant can read: the article's claims, the rule documentation.
public struct ResourceDefinition: Sendable {
    /// Its address, such as `advisor://claims`.
    public var uri: String
    /// A short name.
    public var name: String
    /// What it holds.
    public var description: String
    /// Its media type.
    public var mimeType: String
}

/// A prompt an assistant can offer its user: instructions for running the interview.
public struct PromptDefinition: Sendable {
    /// The name it is called by.
    public var name: String
    /// A short title for people.
    public var title: String
    /// What it does.
    public var description: String
}

extension AdvisorToolbox {
    /// The resources, in the order listed.
    public var resources: [ResourceDefinition] {
        [
            ResourceDefinition(
                uri: "advisor://claims", name: "claims",
                description: "The article's claims the rules rest on, in our words: id, section, what it says, and the rules that use it (or why none does).",
                mimeType: "application/json"),
            ResourceDefinition(
                uri: "advisor://rules", name: "rule documentation",
                description:
                    "The rule base documented for people (the Markdown of `advisor rules docs`): questions, options, every rule with its source, the cost model.",
                mimeType: "text/markdown"),
        ]
    }

    /// The text of the resource at `uri`, or nil when there is none.
    public func read(resource uri: String) -> String? {
        switch uri {
        case "advisor://claims": return claims.serialized()
        case "advisor://rules": return RuleDocumentation.markdown(ruleBase, costs: costs?.model)
        default: return nil
        }
    }

    /// The claims with the rules that use them.
    var claims: JSONValue {
        let list = ruleBase.claims.map { claim -> JSONValue in
            let users = ruleBase.rules.filter { $0.provenance.claims.contains { $0.id == claim.id } }.map { JSONValue.string($0.id) }
            return .object([
                ("id", .string(claim.id)), ("source", .string(claim.source)), ("says", .string(claim.says)),
                ("used_by", .array(users)), ("unused_because", claim.unusedBecause.map(JSONValue.string) ?? .null),
            ])
        }
        return .object(ruleBaseField + [("sources", .array(ruleBase.sources.map(JSONValue.string))), ("claims", .array(list))])
    }

    /// The prompts, in the order listed.
    public var prompts: [PromptDefinition] {
        [
            PromptDefinition(
                name: "interview_owner", title: "Interview a business owner",
                description:
                    "Run the advisor's interview with a small-business owner: ask its questions, read their answers with its reader, and give its recommendation with its reasons."
            )
        ]
    }

    /// The text of prompt `name`, or nil when there is none.
    public func prompt(_ name: String) -> String? {
        guard name == "interview_owner" else { return nil }
        let options = Prose.list(ruleBase.options.map(\.name), conjunction: "or")
        return """
            Help a small-business owner decide how to get IT support: \(options). Use the advisor's tools \
            and nothing from memory.

            1. Call next_question with the answers so far (start with none). Ask the owner its question \
            in plain words, one at a time; say why it matters if they ask (the question's why).
            2. Pass the owner's exact words to read_answer. If the reading is sure, keep the value. If it \
            is unsure, read the confirm text back and keep the value only if they agree. If it is \
            dont_know, record null. If it is not_understood, ask again, saying what the question takes. \
            Keep other_facts too, unless the owner corrects them.
            3. Never guess or fill in an answer the owner did not give, and never change one without asking.
            4. When next_question gives the recommendation (or says it depends on something the owner \
            does not know), call advise with the answers (open true in the second case) and give the \
            owner its summary in plain words. Cite the reasons the report gives, with their sources; \
            say plainly which are the advisor's own assumptions or readings, not the article's.
            5. For "why not X?" call why_not, for "what if …?" what_if, and for costs estimate_costs; \
            say that cost figures are estimates built on stated assumptions.

            Every result names the rule base (rule_base.digest): mention it if the owner wants to check \
            the advice later with `advisor --answers`.
            """
    }
}
