import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// The condition phraser on each form of condition, over a small rule base with a number
/// question with a unit, one without, a yes/no question and a choice question.
@Suite struct DocumentationConditionPhrasingTests {
    static let ruleBase: RuleBase? = try? TestSupport.ruleBase([
        "base.yaml": """
        articles:
          - {name: Guide, sections: [Intro]}
        options:
          - {id: shop, name: Shop, description: A shop.}
          - {id: msp, name: MSP, description: A provider.}
        questions:
          - {id: users, type: integer, min: 1, unit: users, label: Number of users, ask: How many?, why: Size.}
          - {id: sites, type: integer, min: 1, max: 10, label: Sites, ask: How many sites?, why: Spread.}
          - {id: backup_monitoring, type: boolean, label: Backup monitoring, ask: Checked?, why: Data.}
          - id: variable_bills
            type: choice
            label: Variable bills
            ask: Bills?
            why: Money.
            choices:
              - {value: accept, label: bills may vary}
              - {value: prefer_fixed, label: wants a fixed monthly cost}
              - {value: no_preference, label: no strong preference}
        """,
        "rules.yaml": """
        rules:
          - {id: any, when: "true", points: {shop: 1}, because: Always., source: "Guide, Intro"}
        """,
    ])

    func phrase(_ text: String) throws -> String? {
        let ruleBase = try #require(Self.ruleBase)
        let condition = try ConditionChecker(questions: ruleBase.questions).check(text)
        return ConditionPhrasing.phrase(condition, in: ruleBase)
    }

    @Test(arguments: [
        ("users >= 16", "the number of users is 16 or more"),
        ("users > 15", "the number of users is 16 or more"),
        ("users <= 5", "the number of users is 5 or fewer"),
        ("users < 6", "the number of users is 5 or fewer"),
        ("users in 6...15", "the number of users is between 6 and 15"),
        ("users in 6..<16", "the number of users is between 6 and 15"),
        ("users == 7", "the number of users is 7"),
        ("users != 7", "the number of users is not 7"),
        ("users not in 1...5", "the number of users is 6 or more"),
        ("users not in 6...15", "the number of users is not between 6 and 15"),
        ("not (users >= 16)", "the number of users is 15 or fewer"),
        ("users in [3, 5]", "the number of users is 3 or 5"),
        ("sites >= 4", "sites is 4 or more"),
        ("sites <= 3", "sites is 3 or fewer"),
    ])
    func numbers(_ condition: String, _ expected: String) throws {
        #expect(try phrase(condition) == expected)
    }

    @Test(arguments: [
        ("backup_monitoring", "backup monitoring is yes"),
        ("not backup_monitoring", "backup monitoring is no"),
        ("backup_monitoring == false", "backup monitoring is no"),
        ("backup_monitoring != false", "backup monitoring is yes"),
        ("not not backup_monitoring", "backup monitoring is yes"),
    ])
    func booleans(_ condition: String, _ expected: String) throws {
        #expect(try phrase(condition) == expected)
    }

    @Test(arguments: [
        ("variable_bills == prefer_fixed", "variable bills is “wants a fixed monthly cost”"),
        ("variable_bills != accept", "variable bills is not “bills may vary”"),
        ("variable_bills in [accept, no_preference]", "variable bills is “bills may vary” or “no strong preference”"),
        ("variable_bills not in [accept, no_preference]", "variable bills is neither “bills may vary” nor “no strong preference”"),
        ("variable_bills in [accept, prefer_fixed, no_preference]", "always"),
    ])
    func choices(_ condition: String, _ expected: String) throws {
        #expect(try phrase(condition) == expected)
    }

    @Test(arguments: [
        (
            "users >= 16 and variable_bills == prefer_fixed",
            "the number of users is 16 or more and variable bills is “wants a fixed monthly cost”"
        ),
        ("users <= 5 or backup_monitoring", "the number of users is 5 or fewer or backup monitoring is yes"),
        ("not (backup_monitoring or users > 10)", "backup monitoring is no and the number of users is 10 or fewer"),
        ("not (backup_monitoring and users > 10)", "backup monitoring is no or the number of users is 10 or fewer"),
        ("backup_monitoring and (users > 10 and sites > 2)", "backup monitoring is yes and the number of users is 11 or more and sites is 3 or more"),
        ("true", "always"),
        ("false", "never"),
        ("true and backup_monitoring", "backup monitoring is yes"),
        ("false or not backup_monitoring", "backup monitoring is no"),
        ("users >= 1", "always"),
        ("users >= 6 and backup_monitoring and users <= 15", "the number of users is between 6 and 15 and backup monitoring is yes"),
        ("users > 20 and users < 10", "never"),
    ])
    func connectives(_ condition: String, _ expected: String) throws {
        #expect(try phrase(condition) == expected)
    }

    /// Mixing `and` with `or` would need brackets in words: the phraser declines, and the
    /// documentation shows the condition text in code style instead.
    @Test func mixedConnectivesFallBackToTheConditionText() throws {
        #expect(try phrase("backup_monitoring and (users > 10 or sites > 2)") == nil)
        #expect(try phrase("not (backup_monitoring and (users > 10 or sites > 2))") == nil)
        let ruleBase = try #require(Self.ruleBase)
        var rule = ruleBase.rules[0]
        rule.conditionText = "backup_monitoring and (users > 10 or sites > 2)"
        rule.condition = try ConditionChecker(questions: ruleBase.questions).check(rule.conditionText)
        #expect(RuleDocumentation.when(rule, in: ruleBase) == "`backup_monitoring and (users > 10 or sites > 2)`")
    }

    @Test func subjectsAndNumbers() throws {
        let ruleBase = try #require(Self.ruleBase)
        #expect(ConditionPhrasing.subject(of: ruleBase.questions[0]) == "the number of users")
        #expect(ConditionPhrasing.subject(of: ruleBase.questions[3]) == "variable bills")
        #expect(ConditionPhrasing.lowercasedInitial("IT budget") == "IT budget")
        #expect(ConditionPhrasing.numbers(IntegerInterval(lower: 3, upper: 10), within: 1...10) == "3 or more")
    }
}
