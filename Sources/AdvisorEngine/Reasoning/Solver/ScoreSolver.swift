import AdvisorModel
import Z3Solver

/// "Is there any combination of answers such that…", asked of the Z3 solver over one or more
/// score models that share their questions: each question an integer (its domain index), each
/// rule's firing a formula over those integers, each option's score a sum of the points of the
/// rules that fire. Exact at any size; asked where the branch and bound of `Reasoner` would have
/// to reason about two rule bases at once (`rules diff`), and about the rare question whose
/// relevance its search leaves open (`Reasoner.relevance`).
///
/// Nothing the solver says is taken on trust: a combination it returns is evaluated by the models
/// themselves (`LeafScorer`) before it is believed, and an answer that does not hold up is
/// reported as undecided, like the solver's own "unknown" and a question it does not decide
/// within its time limit (some bases with wide number questions take it minutes). Z3 is loaded on
/// first use; where libz3 is missing there is no solver (`init` throws), and the callers decide
/// by their branch and bound alone.
package final class ScoreSolver {
    /// What the solver found for one question.
    package enum Decision: Equatable {
        /// A combination with the property (domain index per question), checked by evaluation.
        case example([Int])
        /// There is none.
        case none
        /// The solver could not decide, or gave an example that does not hold (with why).
        case undecided(String)
    }

    package let models: [ScoreModel]
    /// Seconds the solver may spend on one question before it is reported undecided.
    package let timeLimit: Int
    /// The time limit of the chat's rare questions: a step must not stall for long, and the
    /// search that follows an undecided question decides it anyway.
    static let chatTimeLimit = 5
    private let z3: Z3Context
    /// One Boolean per question and domain value: "the answer is this value".
    private var values: [[Z3Term]] = []
    /// Exactly one value per question, and each rule's Boolean equal to its condition.
    private var facts: [Z3Term] = []
    /// Each model's rules, as Booleans that hold where the rule fires.
    private var fires: [[Z3Term]] = []

    /// Encodes the models. Scores are not terms: a comparison of two options is one
    /// pseudo-Boolean constraint over the rules' Booleans, which Z3 decides with its SAT core.
    /// Throws when the solver cannot be loaded.
    package init(models: [ScoreModel], timeLimit: Int = chatTimeLimit) throws(Z3Unavailable) {
        self.models = models
        self.timeLimit = timeLimit
        z3 = try Z3Context()
        guard let first = models.first else { return }
        for question in 0..<first.questionCount {
            let literals = (0..<first.domainSizes[question]).map { value in z3.variable("q\(question)=\(value)") }
            values.append(literals)
            facts.append(z3.exactlyOne(of: literals))
        }
        for (index, model) in models.enumerated() {
            fires.append(
                (0..<model.ruleCount).map { rule in
                    let literal = z3.variable("m\(index)r\(rule)")
                    facts.append(z3.iff(literal, firing(of: rule, in: model)))
                    return literal
                })
        }
    }

    /// A combination where each listed model recommends the listed option (the first listed wins
    /// ties, as in the engine), or `.none` when there is no such combination.
    package func find(leaders: [(model: Int, option: OptionIndex)]) -> Decision {
        var asserted = facts
        for (index, option) in leaders { asserted += leads(option, models[index], fires[index]) }
        let digits: [Int]
        switch check(asserted, reading: values) {
        case .answered(let decision): return decision
        case .satisfied(let found): digits = found
        }
        // Believe the example only if the models agree with it.
        for (model, option) in leaders where LeafScorer(model: models[model], value: digits).leader != option {
            return .undecided("the solver's example does not hold when evaluated")
        }
        return .example(digits)
    }

    /// Answers to the other questions (those in `given` fixed, the others free) under which two
    /// answers to `question` lead the first model to different recommendations; `.none` when the
    /// question cannot change the recommendation. The example holds a domain index per question
    /// and, appended, the question's other value.
    ///
    /// The question is asked of two copies of the model that share every question but this one:
    /// each rule reading it is encoded twice, and the copies must recommend different options.
    func findChange(of question: QuestionIndex, given: [Int?]) -> Decision {
        guard let model = models.first else { return .none }
        let copy = (0..<model.domainSizes[question]).map { value in z3.variable("q\(question)'=\(value)") }
        var copyFires = fires[0]
        var asserted = facts + [z3.exactlyOne(of: copy)]
        for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
            let rule = model.questionRules[slot]
            let literal = z3.variable("r\(rule)'")
            asserted.append(z3.iff(literal, firing(of: rule, in: model, replacing: [question: copy])))
            copyFires[rule] = literal
        }
        for (fixed, value) in given.enumerated() { if let value { asserted.append(values[fixed][value]) } }
        // "Option a leads in copy k" as a Boolean that implies its constraints; each copy has a
        // leader, and no option leads both.
        var leading: [[Z3Term]] = [[], []]
        for (index, ruleFires) in [fires[0], copyFires].enumerated() {
            for option in 0..<model.optionCount {
                let literal = z3.variable("lead\(index):\(option)")
                asserted.append(z3.implies(literal, z3.and(leads(option, model, ruleFires))))
                leading[index].append(literal)
            }
            asserted.append(z3.or(leading[index]))
        }
        for option in 0..<model.optionCount {
            asserted.append(z3.not(z3.and([leading[0][option], leading[1][option]])))
        }
        var digits: [Int]
        switch check(asserted, reading: values + [copy]) {
        case .answered(let decision): return decision
        case .satisfied(let found): digits = found
        }
        let other = digits.removeLast()
        var scorer = LeafScorer(model: model, value: digits)
        guard scorer.leader != scorer.leader(with: question, at: other) else {
            return .undecided("the solver's example does not hold when evaluated")
        }
        return .example(digits + [other])
    }

    /// What a check gives: the value chosen in each list read, or a decision that ends the question.
    private enum Checked {
        case satisfied([Int])
        case answered(Decision)
    }

    /// Checks the facts; on success, the value (index into each list) whose literal holds in the
    /// solver's model, for each list of `literals`.
    private func check(_ asserted: [Z3Term], reading literals: [[Z3Term]]) -> Checked {
        switch z3.check(asserted, timeLimit: timeLimit, reading: literals.flatMap { $0 }) {
        case .unsatisfiable: return .answered(.none)
        case .unknown(let reason):
            let undecided = reason == "timeout" || reason == "canceled" ? "not decided within \(timeLimit) s" : "the solver gave no answer: \(reason)"
            return .answered(.undecided(undecided))
        case .satisfied(let found):
            var digits: [Int] = [], start = 0
            for list in literals {
                guard let chosen = list.indices.first(where: { found.holds(start + $0) }) else {
                    return .answered(.undecided("the solver's example could not be read"))
                }
                digits.append(chosen)
                start += list.count
            }
            return .satisfied(digits)
        }
    }

    /// The constraints under which `option` is recommended by `model` whose rules fire as `ruleFires`:
    /// score(other) − score(option) ≤ 0 for every other option (< 0 for one listed first), each
    /// one pseudo-Boolean constraint over the rules that move it.
    private func leads(_ option: OptionIndex, _ model: ScoreModel, _ ruleFires: [Z3Term]) -> [Z3Term] {
        (0..<model.optionCount).filter { $0 != option }.map { other in
            var literals: [Z3Term] = [], weights: [Int32] = []
            for rule in 0..<model.ruleCount {
                let difference = model.points[rule * model.optionCount + other] - model.points[rule * model.optionCount + option]
                if difference != 0 {
                    literals.append(ruleFires[rule])
                    weights.append(Int32(clamping: difference))
                }
            }
            let bound = model.constantPoints[option] - model.constantPoints[other] - (other < option ? 1 : 0)
            return z3.weightedSum(of: literals, weights: weights, atMost: Int32(clamping: bound))
        }
    }

    /// The question's answer is one of the allowed domain values (read from `replacing` for a
    /// question listed there: the copy of a question).
    private func within(_ question: QuestionIndex, _ allowed: [Bool], _ replacing: [QuestionIndex: [Z3Term]]) -> Z3Term {
        let literals = replacing[question] ?? values[question]
        return z3.or(allowed.indices.filter { allowed[$0] }.map { literals[$0] })
    }

    /// The rule fires: every part of a product rule holds, or the condition of another rule.
    private func firing(of rule: Int, in model: ScoreModel, replacing: [QuestionIndex: [Z3Term]] = [:]) -> Z3Term {
        if let condition = model.general[rule] { return formula(condition, model, replacing) }
        return z3.and(
            (model.questionStart[rule]..<model.questionStart[rule + 1]).map { slot in
                let question = model.questions[slot], start = model.allowedStart[slot]
                return within(question, Array(model.allowed[start..<start + model.domainSizes[question]]), replacing)
            })
    }

    /// A condition as a formula: each atom becomes the domain values of its question it allows.
    private func formula(_ condition: Condition, _ model: ScoreModel, _ replacing: [QuestionIndex: [Z3Term]]) -> Z3Term {
        switch condition {
        case .constant(let value): return z3.constant(value)
        case .not(let inner): return z3.not(formula(inner, model, replacing))
        case .and(let parts): return z3.and(parts.map { formula($0, model, replacing) })
        case .or(let parts): return z3.or(parts.map { formula($0, model, replacing) })
        case .isTrue(let question), .integerIn(let question, _), .choiceIn(let question, _):
            var scratch = Answers(questionCount: model.questionCount)
            return within(
                question,
                model.domains[question].map { value in
                    scratch[question] = value
                    return condition.truth(scratch) == .true
                }, replacing)
        }
    }
}
