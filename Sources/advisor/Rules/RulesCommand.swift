import ArgumentParser

/// `advisor rules …`: tools for the people who write and maintain the rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, test, document and compare rule bases.",
        discussion: """
            The rule base is the folder given with --rules, else $ADVISOR_RULES, else the \
            built-in rules (a copy of Rules/ in the repository).
            """,
        subcommands: [CheckCommand.self, TestCommand.self, DocsCommand.self, DiffCommand.self]
    )
}
