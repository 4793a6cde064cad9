import BigInt
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The reasoning core against brute force on random rule bases of up to ten questions, with
/// conditions joining several questions and points that move several options at once (some
/// every option alike): every answer it gives must be the one trying every combination gives.
@Suite struct ReasonerPropertyTests {
    @Test func partialAnalysisAgreesWithBruteForce() {
        var generator = RandomRuleBase(seed: 14)
        var checked = 0, settled = 0, irrelevant = 0
        for _ in 0..<120 {
            let ruleBase = generator.joinedRuleBase()
            let engine = Engine(ruleBase: ruleBase), brute = BruteForce(engine: engine)
            for _ in 0..<3 {
                let answers = generator.openAnswers(for: ruleBase)
                let result = engine.analyze(answers)
                let possible = brute.possible(answers)
                #expect(result.possibleRecommendations == possible, "\(ruleBase.rules.map(\.condition)) \(answers)")
                #expect(result.scoreRanges == brute.scoreRanges(answers))
                let relevant = brute.relevant(answers)
                #expect(Set(result.openQuestions.map(\.question)) == relevant, "\(ruleBase.rules.map(\.condition)) \(answers)")
                #expect(Set(result.irrelevantQuestions) == Set(answers.unanswered).subtracting(relevant))
                #expect(result.openQuestions.allSatisfy { $0.influence > 0 && $0.influence <= 1 })
                #expect(engine.settledRecommendation(answers) == (possible.count == 1 ? possible[0] : nil))
                checked += 1
                if possible.count == 1 { settled += 1 }
                irrelevant += result.irrelevantQuestions.count
            }
        }
        #expect(checked == 360 && settled > 30 && irrelevant > 100, "settled \(settled), irrelevant \(irrelevant)")
    }

    /// With no search budget, every question the quick looks do not settle goes to the solver
    /// (`ScoreSolver.findChange`): it must decide each one as brute force does.
    @Test func relevanceFromTheSolverAgreesWithBruteForce() {
        var generator = RandomRuleBase(seed: 41)
        var relevantSeen = 0, irrelevantSeen = 0
        for _ in 0..<60 {
            let ruleBase = generator.joinedRuleBase()
            let engine = Engine(ruleBase: ruleBase), brute = BruteForce(engine: engine)
            let reasoner = Reasoner(model: engine.model)
            for _ in 0..<2 {
                let answers = generator.openAnswers(for: ruleBase)
                var state = BoundState(model: engine.model, values: reasoner.values(of: answers))
                let open = answers.unanswered
                let decided = reasoner.relevance(&state, free: open, known: [], budget: 0)
                let relevant = brute.relevant(answers)
                #expect(Set(open.filter { decided[$0] == true }) == relevant, "\(ruleBase.rules.map(\.condition)) \(answers)")
                relevantSeen += relevant.count
                irrelevantSeen += open.count - relevant.count
            }
        }
        #expect(relevantSeen > 50 && irrelevantSeen > 50, "relevant \(relevantSeen), irrelevant \(irrelevantSeen)")
    }

    @Test func tiesAndSilentAnswersAgreeWithBruteForce() {
        var generator = RandomRuleBase(seed: 41)
        var ties = 0
        for _ in 0..<120 {
            let ruleBase = generator.joinedRuleBase()
            let engine = Engine(ruleBase: ruleBase), brute = BruteForce(engine: engine)
            let all = brute.completions(of: Answers(questionCount: ruleBase.questions.count))
            let silentAnswers = all.filter { engine.evaluate($0).scoringRules.allSatisfy { ruleBase.rules[$0].points.allSatisfy { $0.points == 0 } } }
            let silent = Completeness.silentRegion(engine.model, counting: Completeness.decomposition(engine.model))
            #expect((silent?.count ?? 0) == BigUInt(silentAnswers.count))
            #expect(silent.map { Self.answers($0.example, engine) } == silentAnswers.first.map { Self.filled($0, engine) })
            for first in ruleBase.options.indices {
                for second in ruleBase.options.indices where second > first {
                    let tied = all.filter { answers in
                        guard !silentAnswers.contains(answers) else { return false }
                        let scores = engine.evaluate(answers).scores, top = scores.max() ?? 0
                        return scores[first] == top && scores[second] == top
                    }
                    let found = Completeness.tieRegion(first, second, engine.model, counting: Completeness.decomposition(engine.model))
                    #expect((found?.count ?? 0) == BigUInt(tied.count))
                    #expect(found.map { Self.answers($0.example, engine) } == tied.first.map { Self.filled($0, engine) })
                    if !tied.isEmpty { ties += 1 }
                }
            }
        }
        #expect(ties > 20)
    }

    @Test func smallestChangeIsAsSmallAsBruteForce() {
        var generator = RandomRuleBase(seed: 7)
        var found = 0
        for _ in 0..<60 {
            let ruleBase = generator.joinedRuleBase(maxQuestions: 6, maxCombinations: 600)
            let engine = Engine(ruleBase: ruleBase), brute = BruteForce(engine: engine)
            let answers = generator.openAnswers(for: ruleBase, openShare: 5)
            for option in ruleBase.options.indices {
                let change = engine.smallestChange(toward: option, from: answers)
                #expect(change?.count == brute.smallestChangeSize(toward: option, from: answers), "\(ruleBase.rules.map(\.condition)) \(answers) \(option)")
                if let change {
                    var changed = answers
                    for step in change {
                        switch step.to {
                        case .numbers(let range): changed[step.question] = .integer(range.lowerBound)
                        case .value(let value): changed[step.question] = value
                        }
                    }
                    #expect(brute.settled(changed) == option)
                    found += 1
                }
            }
        }
        #expect(found > 40)
    }

    @Test func differencesAgreeWithBruteForce() throws {
        var generator = RandomRuleBase(seed: 99)
        var changedBases = 0
        for round in 0..<100 {
            let old = generator.joinedRuleBase(maxQuestions: 8, maxCombinations: 5_000)
            var new = old
            // Change a few rules: drop one, shift points, or add a rule from another random base.
            if !new.rules.isEmpty && round % 3 == 0 { new.rules.removeLast() }
            if let first = new.rules.first, round % 2 == 0 {
                new.rules[0].points = first.points.map { Rule.Effect(option: $0.option, points: $0.points + 1) }
            }
            let other = generator.joinedRuleBase(maxQuestions: 8)
            if round % 4 == 1, var extra = other.rules.first, extra.condition.questions.allSatisfy({ $0 < old.questions.count }) {
                extra.points = extra.points.filter { old.options.indices.contains($0.option) }
                if zip(other.questions, old.questions).allSatisfy({ $0.kind == $1.kind }) { new.rules.append(extra) }
            }
            new = RuleBase(questions: new.questions, options: new.options, rules: new.rules, sources: [])
            let comparison = try RuleBaseComparison(old: old, new: new)
            let engines = (Engine(ruleBase: old), Engine(ruleBase: new))
            let space = try ComparisonSpace(old: old, new: new)
            var all = [Answers(questionCount: old.questions.count)]
            for question in old.questions.indices {
                all = all.flatMap { partial in space.domains[question].map { partial.with(question, $0) } }
            }
            let differing = all.filter { engines.0.evaluate($0).recommendation != engines.1.evaluate($0).recommendation }
            #expect(comparison.isComplete)
            #expect(comparison.changedCombinations == BigUInt(differing.count))
            #expect(comparison.regions.reduce(BigUInt(0)) { $0 + $1.count } == BigUInt(differing.count))
            let pairs = Set(differing.map { "o\(engines.0.evaluate($0).recommendation) o\(engines.1.evaluate($0).recommendation)" })
            #expect(Set(comparison.changes.map { "\($0.from) \($0.to)" }) == pairs)
            // With no listing at all, every change comes from the branch and bound over both bases
            // (and the solver, should it run out): the same changes, each example one where the
            // change really happens, none undecided.
            let solved = try RuleBaseComparison(old: old, new: new, searchBudget: 0)
            #expect(Set(solved.changes.map { "\($0.from) \($0.to)" }) == pairs)
            #expect(solved.undecided.isEmpty)
            for change in solved.changes {
                var answers = Answers(questionCount: old.questions.count)
                for (question, pair) in change.example.enumerated() {
                    let index = (0..<space.sizes[question]).first { RuleBaseComparison.answer($0, of: question, in: space) == pair.answer }
                    answers[question] = index.map { space.domains[question][$0] }
                }
                #expect("o\(engines.0.evaluate(answers).recommendation)" == change.from && "o\(engines.1.evaluate(answers).recommendation)" == change.to)
            }
            // The branch and bound over both bases, and the solver on its own, decide each change alike.
            let search = DifferenceSearch(old: old, new: new, space: space, budget: 0)
            let solver = try ScoreSolver(models: [search.old, search.new])
            for from in old.options.indices {
                for to in new.options.indices where old.options[from].id != new.options[to].id {
                    func holds(_ digits: [Int]) -> Bool {
                        let answers = Answers(values: digits.indices.map { space.domains[$0][digits[$0]] })
                        return engines.0.evaluate(answers).recommendation == from && engines.1.evaluate(answers).recommendation == to
                    }
                    switch search.searchChange(from: from, to: to, budget: RuleBaseComparison.changeSearchBudget) {
                    case .example(let digits): #expect(holds(digits))
                    case .none: #expect(!pairs.contains("o\(from) o\(to)"), "\(from) → \(to) happens")
                    case .outOfBudget: Issue.record("out of budget on a small base")
                    }
                    switch solver.find(leaders: [(0, from), (1, to)]) {
                    case .example(let digits): #expect(holds(digits))
                    case .none: #expect(!pairs.contains("o\(from) o\(to)"), "\(from) → \(to) happens")
                    case .undecided(let reason): Issue.record("the solver did not decide a small base: \(reason)")
                    }
                }
            }
            if !differing.isEmpty { changedBases += 1 }
        }
        #expect(changedBases > 20)
    }

    /// Domain indices as answers (numbers: the first of their stretch).
    static func answers(_ digits: [Int], _ engine: Engine) -> Answers {
        Answers(values: digits.indices.map { engine.space.domains[$0][digits[$0]] })
    }

    static func filled(_ answers: Answers, _ engine: Engine) -> Answers { answers }
}
