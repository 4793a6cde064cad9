import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The reasoning core on generated rule bases of 24 and 40 questions and 1,000 rules, far past
/// brute force: partial answers, `rules check` and `rules diff` run in full, and every example
/// and claim they make is checked by evaluating answers (results, not times: speed is the
/// benchmark's).
@Suite struct GeneratedBaseAnalysisTests {
    static func load(_ questions: Int, seed: UInt64 = 1) throws -> RuleBase {
        try RuleBaseLoader.load(SyntheticRuleBase(questions: questions, rules: 1_000, seed: seed).files).0
    }

    /// A complete random answer for every question (numbers up to 150).
    static func randomAnswers(_ ruleBase: RuleBase, _ random: inout SeededRandom) -> Answers {
        Answers(
            values: ruleBase.questions.map { question in
                switch question.kind {
                case .integer(let range, _): return .integer(Int.random(in: range.lowerBound...(range.lowerBound + 150), using: &random))
                case .boolean: return .boolean(Bool.random(using: &random))
                case .choice(let choices): return .choice(Int.random(in: 0..<choices.count, using: &random))
                }
            })
    }

    /// Answers (from an interview of the benchmark) at which the relevance search once ran for
    /// minutes: a question whose witness the bounds could not find. The chat's analysis and the
    /// solver on every open question must agree.
    @Test func aHardStepIsDecidedAlikeByTheChatAndTheSolver() throws {
        let ruleBase = try Self.load(40)
        let engine = Engine(ruleBase: ruleBase)
        var answers = Answers(questionCount: 40)
        let given = [
            (0, "50"), (24, "d"), (20, "107"), (38, "yes"), (35, "125"), (32, "c"), (28, "yes"), (27, "b"), (37, "a"), (39, "c"),
            (22, "b"), (33, "no"), (6, "no"), (17, "b"),
        ]
        for (question, text) in given { answers[question] = try AnswerValueParser.parse(text, for: ruleBase.questions[question]) }
        let result = engine.analyze(answers, scoreRanges: false)
        let reasoner = Reasoner(model: engine.model)
        var state = BoundState(model: engine.model, values: reasoner.values(of: answers))
        let solved = reasoner.relevance(&state, free: answers.unanswered, known: [], budget: 0)
        let open = Set(result.openQuestions.map(\.question))
        #expect(open == Set(answers.unanswered.filter { solved[$0] == true }))
        #expect(open.contains(13))
    }

    @Test(arguments: [24, 40])
    func generatedBasesLoadWithTheirQuestions(questions: Int) throws {
        let ruleBase = try Self.load(questions)
        #expect(ruleBase.questions.count == questions && ruleBase.rules.count == 1_000)
        let kinds = ruleBase.questions.map { question -> String in
            switch question.kind {
            case .integer: return "number"
            case .boolean: return "yes/no"
            case .choice: return "choice"
            }
        }
        #expect(Set(kinds) == ["number", "yes/no", "choice"])
        #expect(ruleBase.rules.contains { $0.conditionText.contains(" and ") && $0.condition.questions.count == 2 })
    }

    /// Half the questions answered: every completion drawn at random agrees with the analysis
    /// (its recommendation is possible, its scores within the ranges), a question whose change
    /// alone changes a drawn completion's recommendation is open, and a settled result holds.
    @Test(arguments: [24, 40])
    func partialAnswersAgreeWithDrawnCompletions(questions: Int) throws {
        let ruleBase = try Self.load(questions)
        let engine = Engine(ruleBase: ruleBase)
        var random = SeededRandom(seed: UInt64(questions))
        var settledSeen = 0
        for round in 0..<4 {
            let full = Self.randomAnswers(ruleBase, &random)
            var answers = full
            let keep = round < 2 ? questions / 2 : questions - 3
            for question in ruleBase.questions.indices.shuffled(using: &random).dropFirst(keep) { answers[question] = nil }
            let result = engine.analyze(answers)
            let open = Set(result.openQuestions.map(\.question))
            #expect(open.union(result.irrelevantQuestions) == Set(answers.unanswered))
            if result.settledRecommendation != nil { settledSeen += 1 }
            for _ in 0..<10 {
                var completion = Self.randomAnswers(ruleBase, &random)
                for question in ruleBase.questions.indices where answers[question] != nil { completion[question] = answers[question] }
                let evaluation = engine.evaluate(completion)
                #expect(result.possibleRecommendations.contains(evaluation.recommendation))
                for option in ruleBase.options.indices { #expect(result.scoreRanges[option].contains(evaluation.scores[option])) }
                for question in result.irrelevantQuestions {
                    for value in engine.space.domains[question] {
                        #expect(engine.evaluate(completion.with(question, value)).recommendation == evaluation.recommendation)
                    }
                }
            }
        }
        #expect(settledSeen < 4, "some answers leave the outcome open")
    }

    @Test(arguments: [24, 40])
    func checkFindsRealTiesWithExamples(questions: Int) throws {
        let ruleBase = try Self.load(questions)
        let engine = Engine(ruleBase: ruleBase)
        let warnings = RuleBaseChecker.warnings(for: ruleBase)
        #expect(!warnings.contains { $0.code == "space-too-large" })
        let ties = warnings.filter { $0.code == "tie" }
        #expect(!ties.isEmpty)
        for tie in ties {
            // "options A and B tie at the top for N answer combinations, for example q = v, … (both score S)".
            let example = try #require(tie.message.split(separator: "for example ").last?.split(separator: " (both score").first)
            var answers = Answers(questionCount: ruleBase.questions.count)
            for pair in example.split(separator: ", ") {
                let parts = pair.split(separator: " = ", maxSplits: 1).map(String.init)
                let index = try #require(ruleBase.questionIndex(parts[0]))
                answers[index] = Self.value(parts[1], for: ruleBase.questions[index])
            }
            let scores = engine.evaluate(answers).scores, top = scores.max() ?? 0
            let named = try #require(tie.message.split(separator: " tie at").first?.dropFirst("options ".count).split(separator: " and ").map(String.init))
            for id in named { #expect(scores[try #require(ruleBase.optionIndex(id))] == top, "\(tie.message)") }
        }
    }

    @Test(arguments: [24, 40])
    func diffFindsRealChanges(questions: Int) throws {
        let old = try Self.load(questions)
        #expect(try RuleBaseComparison(old: old, new: old, searchBudget: 2_000).isEmpty)
        var new = old
        // Retune ten rules' points, as a rule author might.
        for index in stride(from: 0, to: 1_000, by: 100) where !new.rules[index].points.isEmpty {
            new.rules[index].points = new.rules[index].points.map { Rule.Effect(option: $0.option, points: $0.points * 2) }
        }
        new = RuleBase(questions: new.questions, options: new.options, rules: new.rules, sources: new.sources)
        // A short solver and a short search after it: a change neither decides is reported, not guessed.
        let comparison = try RuleBaseComparison(old: old, new: new, searchBudget: 2_000, changeSearchBudget: 20_000, solverTimeLimit: 5)
        #expect(!comparison.changes.isEmpty)
        #expect(comparison.undecided.allSatisfy { $0.reason.contains("nor by the branch and bound within 20,000 points") })
        let engines = (Engine(ruleBase: old), Engine(ruleBase: new))
        for change in comparison.changes {
            var answers = Answers(questionCount: old.questions.count)
            for pair in change.example {
                let index = try #require(old.questionIndex(pair.question))
                answers[index] = Self.value(pair.answer, for: old.questions[index])
            }
            #expect(old.options[engines.0.evaluate(answers).recommendation].id == change.from)
            #expect(new.options[engines.1.evaluate(answers).recommendation].id == change.to)
        }
        #expect(comparison.changedCombinations > 0)
        #expect(comparison.text().contains("change recommendation"))
    }

    /// An answer as the checker and the comparison write it: "13–15", "5 or more", "exactly 4", "3 to 5", "true", "b".
    static func value(_ text: String, for question: Question) -> AnswerValue? {
        switch question.kind {
        case .integer:
            let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            return digits.first.map { .integer($0) }
        case .boolean: return .boolean(text == "true")
        case .choice(let choices): return choices.firstIndex { $0.value == text }.map { .choice($0) }
        }
    }
}
