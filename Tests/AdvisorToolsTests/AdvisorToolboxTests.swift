import AdvisorKit
import Foundation
import PseudoTerminalTesting
import Testing

@testable import AdvisorTools

/// The tools of `advisor mcp`, called directly: what each returns for good input, and the
/// message for bad input.
@Suite struct AdvisorToolboxTests {
    static let toolbox = AdvisorToolbox(
        engine: Engine(ruleBase: DefaultRules.ruleBase), costs: CostAssumptions(model: DefaultRules.costModel))

    /// A settled case: a handful of people who accept hourly bills.
    static let bakery: JSONValue = .object([
        ("users", .number(4)), ("variable_bills", .string("accept")), ("backup_monitoring", .bool(false)),
        ("network_complexity", .string("simple")), ("downtime_cost", .string("medium")), ("proactive_care", .bool(false)),
    ])

    func call(_ name: String, _ arguments: [(String, JSONValue)] = []) throws -> ToolResult {
        try Self.toolbox.call(name, arguments: Dictionary(uniqueKeysWithValues: arguments))
    }

    func field(_ result: ToolResult, _ path: String...) -> JSONValue? {
        var value: JSONValue? = result.structured
        for key in path {
            guard case .object(let fields)? = value else { return nil }
            value = fields.first { $0.0 == key }?.1
        }
        return value
    }

    @Test func listsEveryToolWithASchemaFromTheRuleBase() throws {
        let tools = Self.toolbox.tools
        #expect(tools.map(\.name) == AdvisorToolbox.toolNames)
        let advise = try #require(tools.first { $0.name == "advise" })
        let schema = advise.inputSchema.compact()
        for question in DefaultRules.ruleBase.questions {
            #expect(schema.contains("\"\(question.id)\":"), "the answers schema names \(question.id)")
            for choice in question.choices { #expect(schema.contains("\"\(choice.value)\"")) }
        }
        #expect(schema.contains("\"minimum\":1"))
        #expect(schema.contains("\"additionalProperties\":false"))
        #expect(schema.contains("break_fix_hourly_rate"), "assume lists the cost parameters")
    }

    @Test func listQuestionsStartsWithTheFirstQuestion() throws {
        let result = try call("list_questions")
        guard case .array(let questions)? = field(result, "questions") else {
            Issue.record("no questions")
            return
        }
        #expect(questions.count == DefaultRules.ruleBase.questions.count)
        let first = DefaultRules.ruleBase.questions[DefaultRules.ruleBase.firstQuestion ?? 0].id
        #expect(questions.first?.compact().contains("\"id\":\"\(first)\"") == true)
    }

    @Test func nextQuestionAsksAsTheChatDoesThenRecommends() throws {
        let start = try call("next_question")
        #expect(field(start, "status") == .string("question"))
        let first = DefaultRules.ruleBase.questions[DefaultRules.ruleBase.firstQuestion ?? 0].id
        #expect(field(start, "question", "id") == .string(first))

        let done = try call("next_question", [("answers", Self.bakery)])
        #expect(field(done, "status") == .string("recommendation"))
        #expect(field(done, "recommendation", "option") == .string("break_fix"))
    }

    @Test func nextQuestionGivesConditionalAdviceWhenTheOwnerDoesNotKnow() throws {
        guard case .object(var answers) = Self.bakery else { return }
        answers.removeAll { $0.0 == "users" || $0.0 == "variable_bills" }
        answers += [("users", .number(30)), ("variable_bills", .string("no_preference")), ("downtime_cost", .null)]
        answers.removeAll { $0.0 == "downtime_cost" && $0.1 != .null }
        let result = try call("next_question", [("answers", .object(answers))])
        #expect(result.isError == false)
        #expect([JSONValue.string("conditional"), .string("recommendation"), .string("question")].contains(field(result, "status") ?? .null))
    }

    @Test(arguments: [
        ("users", "a dozen of us", "sure", JSONValue.number(12)),
        ("users", "maybe 12?", "unsure", .number(12)),
        ("users", "no idea, honestly", "dont_know", .null),
        ("users", "purple elephants", "not_understood", .null),
        ("variable_bills", "we'd much rather have a fixed monthly fee", "sure", .string("prefer_fixed")),
    ])
    func readAnswerReadsAsTheChatDoes(question: String, text: String, reading: String, value: JSONValue) throws {
        let result = try call("read_answer", [("question", .string(question)), ("text", .string(text))])
        #expect(field(result, "reading") == .string(reading), "\(text)")
        #expect(field(result, "value") == value, "\(text)")
    }

    @Test func readAnswerSaysWhatIsExpectedAndFindsOtherFacts() throws {
        let lost = try call("read_answer", [("question", .string("variable_bills")), ("text", .string("bananas"))])
        #expect(field(lost, "expected")?.compact().contains("prefer_fixed") == true)
        let several = try call("read_answer", [("question", .string("variable_bills")), ("text", .string("hourly is fine, we are 12 people"))])
        #expect(field(several, "value") == .string("accept"))
        #expect(field(several, "other_facts", "users") == .number(12))
        let outOfRange = try call("read_answer", [("question", .string("users")), ("text", .string("0"))])
        #expect(field(outOfRange, "reading") == .string("not_understood"))
    }

    @Test func adviseIsTheCommandLineReport() throws {
        let result = try call("advise", [("answers", Self.bakery)])
        let decoded = try AnswerFile.decode(Data(Self.bakery.serialized().utf8), path: "x.json", ruleBase: DefaultRules.ruleBase)
        let report = try AnswersReport(
            engine: Self.toolbox.engine, answers: decoded.answers, summaryCosts: Self.toolbox.costs)
        #expect(result.text == report.json)
        #expect(result.structured == report.jsonValue)
    }

    @Test func adviseWithOpenQuestions() throws {
        let partial: JSONValue = .object([("users", .number(8))])
        let unsettled = try call("advise", [("answers", partial)])
        #expect(unsettled.isError)
        #expect(unsettled.text.contains("set open to true"))
        #expect(unsettled.text.contains("still needed"))
        let open = try call("advise", [("answers", partial), ("open", .bool(true))])
        #expect(!open.isError)
        #expect(open.text.contains("\"branches\""))
    }

    @Test func adviseWithCostsAndAssumptions() throws {
        let costs = try call("advise", [("answers", Self.bakery), ("costs", .bool(true)), ("assume", .object([("break_fix_hourly_rate", .number(110))]))])
        #expect(!costs.isError)
        #expect(costs.text.contains("\"break_even\""))
        let typo = try call("advise", [("answers", Self.bakery), ("costs", .bool(true)), ("assume", .object([("break_fix_hourly_rat", .number(110))]))])
        #expect(typo.text.contains("assume.break_fix_hourly_rat: unknown cost parameter"))
        #expect(typo.text.contains("did you mean 'break_fix_hourly_rate'?"))
        let withoutCosts = try call("advise", [("answers", Self.bakery), ("assume", .object([("break_fix_hourly_rate", .number(110))]))])
        #expect(withoutCosts.text == "assume changes the cost estimate; set costs to true to show it")
    }

    @Test func badAnswersAreNamedWithWhatIsValid() throws {
        let bad: JSONValue = .object([
            ("variable_bills", .string("acept")), ("users", .string("lots")), ("usres", .number(3)), ("network_complexity", .array([])),
        ])
        let result = try call("advise", [("answers", bad)])
        #expect(result.isError)
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "answers.users: 'lots' is not a number: users takes a whole number of at least 1")
        #expect(lines.contains { $0.hasPrefix("answers.variable_bills: 'acept' is not a choice") && $0.hasSuffix("did you mean 'accept'?") })
        #expect(lines.contains { $0.hasPrefix("answers.network_complexity: network_complexity: expected one of") && $0.hasSuffix("found a list") })
        #expect(lines.last?.hasPrefix("answers.usres: 'usres' is not a question; did you mean 'users'?") == true)
        // The same message whatever order the object had.
        guard case .object(let fields) = bad else { return }
        #expect(try call("advise", [("answers", .object(fields.reversed()))]).text == result.text)
    }

    @Test func wrongArgumentsAreNamed() throws {
        let extra = try call("advise", [("answer", .object([]))])
        #expect(extra.text == "advise has no argument 'answer'; did you mean 'answers'?; it takes the arguments answers, open, costs, assume")
        let notObject = try call("advise", [("answers", .string("users=4"))])
        #expect(notObject.text.hasPrefix("answers: expected an object mapping question ids to answers"))
        let missing = try call("read_answer", [("question", .string("users"))])
        #expect(missing.text == "read_answer needs text: the owner's words")
        let flag = try call("advise", [("open", .string("yes"))])
        #expect(flag.text == "open: expected true or false, found 'yes'")
        #expect(throws: UnknownToolError.self) { try call("advice") }
    }

    @Test func whyNotAndWhatIf() throws {
        let leader = try call("why_not", [("answers", Self.bakery), ("option", .string("break_fix"))])
        #expect(field(leader, "is_recommendation") == .bool(true))
        let managed = try call("why_not", [("answers", Self.bakery), ("option", .string("managed_services"))])
        #expect(field(managed, "is_recommendation") == .bool(false))
        guard case .array(let heldBack)? = field(managed, "held_back_by") else {
            Issue.record("no reasons")
            return
        }
        #expect(!heldBack.isEmpty)
        #expect(heldBack.allSatisfy { $0.compact().contains("\"rule\":") && $0.compact().contains("\"claims\":") })
        let typo = try call("why_not", [("answers", Self.bakery), ("option", .string("managed"))])
        #expect(typo.text.hasPrefix("option: 'managed' is not an option"))

        let grown = try call("what_if", [("answers", Self.bakery), ("question", .string("users")), ("value", .number(60))])
        #expect(field(grown, "now", "recommendation", "option") == .string("break_fix"))
        #expect(field(grown, "changes") == .bool(true))
        let badValue = try call("what_if", [("answers", Self.bakery), ("question", .string("users")), ("value", .string("many"))])
        #expect(badValue.text == "'many' is not a number: users takes a whole number of at least 1")
    }

    @Test func estimateCosts() throws {
        let result = try call("estimate_costs", [("answers", Self.bakery)])
        guard case .array(let costs)? = field(result, "costs") else {
            Issue.record("no costs")
            return
        }
        #expect(costs.count == DefaultRules.ruleBase.options.count)
        let empty = try call("estimate_costs")
        #expect(empty.isError)
        #expect(empty.text.hasPrefix("the cost estimate needs an answer to users"))
    }

    @Test func checkRulesReportsDiagnosticsWithTheirPlace() throws {
        let shipped = try call("check_rules", [("folder", .string(PackageFolder.root.appendingPathComponent("Rules").path))])
        #expect(field(shipped, "errors") == .number(0))
        #expect(field(shipped, "checked", "digest") == field(shipped, "rule_base", "digest"))
        let broken = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/broken-rules").path
        let result = try call("check_rules", [("folder", .string(broken))])
        guard case .number(let errors)? = field(result, "errors") else {
            Issue.record("no count")
            return
        }
        #expect(errors > 0)
        #expect(field(result, "diagnostics")?.compact().contains("\"line\":") == true)
        let missing = try call("check_rules", [("folder", .string("/no/such/folder"))])
        #expect(missing.text == "folder: /no/such/folder: no such rule folder")
    }

    @Test func everyResultNamesTheRuleBase() throws {
        let digest = try #require(DefaultRules.ruleBase.identity?.digest)
        let calls: [(String, [(String, JSONValue)])] = [
            ("list_questions", []), ("next_question", []), ("read_answer", [("question", .string("users")), ("text", .string("7"))]),
            ("advise", [("answers", Self.bakery)]), ("advise", []), ("why_not", [("option", .string("x"))]),
            ("what_if", [("question", .string("users")), ("value", .number(3))]), ("estimate_costs", []), ("check_rules", [("folder", .string("/nope"))]),
        ]
        for (name, arguments) in calls {
            let result = try call(name, arguments)
            #expect(field(result, "rule_base", "digest") == .string(digest), "\(name)")
            #expect(try call(name, arguments).text == result.text, "\(name) is deterministic")
        }
    }

    @Test func resourcesAndPrompt() throws {
        let claims = try #require(Self.toolbox.read(resource: "advisor://claims"))
        for claim in DefaultRules.ruleBase.claims { #expect(claims.contains("\"\(claim.id)\"")) }
        let docs = try #require(Self.toolbox.read(resource: "advisor://rules"))
        #expect(docs.hasPrefix("#"))
        #expect(Self.toolbox.read(resource: "advisor://nothing") == nil)
        let prompt = try #require(Self.toolbox.prompt("interview_owner"))
        #expect(prompt.contains("next_question") && prompt.contains("read_answer") && prompt.contains("Never guess"))
        #expect(Self.toolbox.prompt("other") == nil)
    }
}
