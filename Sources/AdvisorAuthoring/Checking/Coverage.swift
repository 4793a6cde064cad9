import AdvisorModel

/// Checks that need no enumeration: questions no condition reads, options no rule favours,
/// and `points` entries of 0.
package enum Coverage {
    package static func diagnostics(_ ruleBase: RuleBase) -> [Diagnostic] {
        unusedQuestions(ruleBase) + unfavouredOptions(ruleBase) + zeroPoints(ruleBase)
    }

    /// `unused-question`, at each question that no rule's condition reads.
    static func unusedQuestions(_ ruleBase: RuleBase) -> [Diagnostic] {
        let read = Set(ruleBase.rules.flatMap(\.condition.questions))
        return ruleBase.questions.indices.filter { !read.contains($0) }.map { index in
            let question = ruleBase.questions[index]
            return Diagnostic(
                .warning, code: .unusedQuestion,
                message: "question '\(question.id)' is read by no rule's condition, so its answer can change nothing; use it in a 'when' or remove it",
                at: question.location)
        }
    }

    /// `unfavoured-option`, at each option that no rule gives positive points.
    static func unfavouredOptions(_ ruleBase: RuleBase) -> [Diagnostic] {
        let favoured = Set(ruleBase.rules.flatMap { $0.points.filter { $0.points > 0 }.map(\.option) })
        return ruleBase.options.indices.filter { !favoured.contains($0) }.map { index in
            let option = ruleBase.options[index]
            return Diagnostic(
                .warning, code: .unfavouredOption,
                message: "no rule gives option '\(option.id)' positive points, so it can lead only by a tie or when every other option falls below zero",
                at: option.location)
        }
    }

    /// `zero-points`, at the rule, once for each entry of 0 points.
    package static func zeroPoints(_ ruleBase: RuleBase) -> [Diagnostic] {
        ruleBase.rules.flatMap { rule in
            rule.points.filter { $0.points == 0 }.map { effect in
                let option = ruleBase.options.indices.contains(effect.option) ? ruleBase.options[effect.option].id : "?"
                return Diagnostic(
                    .warning, code: .zeroPoints,
                    message: "rule '\(rule.id)' gives option '\(option)' 0 points, which changes nothing; give it points or remove the entry",
                    at: rule.location)
            }
        }
    }
}
