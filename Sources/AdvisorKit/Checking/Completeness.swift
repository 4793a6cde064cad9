/// Completeness analysis: scores every complete set of answers and reports where the rules
/// do not decide.
///
/// The answer space is the product of every question's `AnswerSpace` domain (numbers: one value
/// per stretch between the thresholds the rules mention), so each stretch counts as one
/// combination. Codes:
///
/// - `tie`: two or more options share the top score. One warning per pair of tied options, counting
///   every combination where that pair ties at the top and giving the first one (in question order,
///   each question's answers in domain order) as an example. Combinations where no rule with
///   points fires are left to `no-rule-fires` rather than reported as ties of every option.
/// - `no-rule-fires`: no rule with non-zero points fires, so every option scores 0; one warning
///   with the count and the first combination.
/// - `space-too-large`: more combinations than the limit (or conditions too large to tabulate);
///   the two checks above are skipped, and the message names any rule whose condition was not
///   decided for `never-true`/`always-true`.
///
/// All three have no location: they concern the rule base as a whole.
enum Completeness {
    static func diagnostics(_ ruleBase: RuleBase, space: AnswerSpace, tables: [TruthTable?], limit: Int) -> [Diagnostic] {
        let radices = ruleBase.questions.indices.map { space.domains.indices.contains($0) ? space.domains[$0].count : 0 }
        let spaceFits = MixedRadix.count(radices, limit: limit) != nil
        let unchecked = zip(ruleBase.rules, tables).filter { $0.1 == nil }.map { "'\($0.0.id)'" }
        guard spaceFits, let enumerator = ScoreEnumerator(ruleBase: ruleBase, radices: radices, tables: tables) else {
            let size = spaceFits
                ? "the rules' conditions together read too many answer combinations to enumerate"
                : "the rule base has more than \(Prose.grouped(limit)) complete answer combinations, too many to enumerate"
            return [spaceTooLarge(size + ", so ties and answers where no rule fires were not checked", unchecked: unchecked)]
        }
        let tally = enumerator.tally()
        func example(_ ordinal: Int) -> String {
            CheckPhrasing.combination(MixedRadix.digits(of: ordinal, radices: radices), in: ruleBase, space: space)
        }
        var found: [Diagnostic] = []
        if let first = tally.firstSilent {
            let leader = ruleBase.options.first?.id ?? "?"
            found.append(Diagnostic(
                .warning, code: .noRuleFires,
                message: "no rule with points fires for \(Prose.count(tally.silentCount, "answer combination")), for example \(example(first)); every option scores 0 and \(leader) leads only because it is listed first",
                at: nil))
        }
        for tie in tally.ties {
            let (first, second, winner) = (ruleBase.options[tie.first].id, ruleBase.options[tie.second].id, ruleBase.options[tie.winner].id)
            let goesTo = tie.winner == tie.first
                ? "the tie goes to \(winner), the option listed first"
                : "the tie goes to \(winner), which scores the same and is listed before both"
            found.append(Diagnostic(
                .warning, code: .tie,
                message: "options \(first) and \(second) tie at the top for \(Prose.count(tie.count, "answer combination")), for example \(example(tie.example)) (both score \(tie.score)); \(goesTo)",
                at: nil))
        }
        if !unchecked.isEmpty {
            found.append(spaceTooLarge("the rules' conditions together read too many answer combinations to enumerate", unchecked: unchecked))
        }
        return found
    }

    /// `space-too-large`: what was too large, then the rules whose conditions were not decided.
    static func spaceTooLarge(_ what: String, unchecked: [String]) -> Diagnostic {
        let conditions = Prose.plural("condition", unchecked.count), rules = Prose.plural("rule", unchecked.count)
        let which = unchecked.isEmpty ? ""
            : "; it was not checked whether the \(conditions) of \(rules) \(Prose.list(unchecked)) can be true or false"
        return Diagnostic(.warning, code: .spaceTooLarge, message: what + which, at: nil)
    }
}
