import CZ3

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
/// within its time limit (some bases with wide number questions take it minutes).
final class ScoreSolver {
    /// What the solver found for one question.
    enum Finding: Equatable {
        /// A combination with the property (domain index per question), checked by evaluation.
        case example([Int])
        /// There is none.
        case none
        /// The solver could not decide, or gave an example that does not hold (with why).
        case undecided(String)
    }

    let models: [ScoreModel]
    /// Seconds the solver may spend on one question before it is reported undecided.
    let timeLimit: Int
    /// The time limit of the chat's rare questions: a step must not stall for long, and the
    /// search that follows an undecided question decides it anyway.
    static let chatTimeLimit = 5
    private let context: Z3_context
    /// One Boolean per question and domain value: "the answer is this value".
    private var values: [[Z3_ast]] = []
    /// Exactly one value per question, and each rule's Boolean equal to its condition.
    private var facts: [Z3_ast] = []
    /// Each model's rules, as Booleans that hold where the rule fires.
    private var fires: [[Z3_ast]] = []

    /// Encodes the models. Scores are not terms: a comparison of two options is one
    /// pseudo-Boolean constraint over the rules' Booleans, which Z3 decides with its SAT core.
    init(models: [ScoreModel], timeLimit: Int = chatTimeLimit) {
        self.models = models
        self.timeLimit = timeLimit
        let config = Z3_mk_config()
        context = Z3_mk_context(config)
        Z3_del_config(config)
        // Errors set a code instead of ending the process; a check then reads as "undecided".
        Z3_set_error_handler(context, nil)
        guard let first = models.first else { return }
        let boolean = Z3_mk_bool_sort(context)
        for question in 0..<first.questionCount {
            let literals = (0..<first.domainSizes[question]).map { value in
                Z3_mk_const(context, Z3_mk_string_symbol(context, "q\(question)=\(value)"), boolean)!
            }
            values.append(literals)
            facts.append(exactlyOne(literals))
        }
        for (index, model) in models.enumerated() {
            fires.append(
                (0..<model.ruleCount).map { rule in
                    let literal = Z3_mk_const(context, Z3_mk_string_symbol(context, "m\(index)r\(rule)"), boolean)!
                    facts.append(Z3_mk_iff(context, literal, firing(of: rule, in: model)))
                    return literal
                })
        }
    }

    deinit {
        Z3_del_context(context)
    }

    /// A combination where each listed model recommends the listed option (the first listed wins
    /// ties, as in the engine), or `.none` when there is no such combination.
    func find(leaders: [(model: Int, option: OptionIndex)]) -> Finding {
        let solver = Solver(context, timeLimit: timeLimit)
        for fact in facts { solver.assert(fact) }
        for (index, option) in leaders {
            for constraint in leads(option, models[index], fires[index]) { solver.assert(constraint) }
        }
        let digits: [Int]
        switch solver.check(reading: values) {
        case .answered(let finding): return finding
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
    func findChange(of question: QuestionIndex, given: [Int?]) -> Finding {
        guard let model = models.first else { return .none }
        let boolean = Z3_mk_bool_sort(context)
        let copy = (0..<model.domainSizes[question]).map { value in
            Z3_mk_const(context, Z3_mk_string_symbol(context, "q\(question)'=\(value)"), boolean)!
        }
        var copyFires = fires[0], copyFacts = [exactlyOne(copy)]
        for slot in model.questionRuleStart[question]..<model.questionRuleStart[question + 1] {
            let rule = model.questionRules[slot]
            let literal = Z3_mk_const(context, Z3_mk_string_symbol(context, "r\(rule)'"), boolean)!
            copyFacts.append(Z3_mk_iff(context, literal, firing(of: rule, in: model, replacing: [question: copy])))
            copyFires[rule] = literal
        }
        let solver = Solver(context, timeLimit: timeLimit)
        for fact in facts + copyFacts { solver.assert(fact) }
        for (fixed, value) in given.enumerated() { if let value { solver.assert(values[fixed][value]) } }
        // "Option a leads in copy k" as a Boolean that implies its constraints; each copy has a
        // leader, and no option leads both.
        var leading: [[Z3_ast]] = [[], []]
        for (index, ruleFires) in [fires[0], copyFires].enumerated() {
            for option in 0..<model.optionCount {
                let literal = Z3_mk_const(context, Z3_mk_string_symbol(context, "lead\(index):\(option)"), boolean)!
                solver.assert(Z3_mk_implies(context, literal, conjunction(leads(option, model, ruleFires))))
                leading[index].append(literal)
            }
            solver.assert(disjunction(leading[index]))
        }
        for option in 0..<model.optionCount {
            solver.assert(Z3_mk_not(context, conjunction([leading[0][option], leading[1][option]])))
        }
        var digits: [Int]
        switch solver.check(reading: values + [copy]) {
        case .answered(let finding): return finding
        case .satisfied(let found): digits = found
        }
        let other = digits.removeLast()
        var scorer = LeafScorer(model: model, value: digits)
        guard scorer.leader != scorer.leader(with: question, at: other) else {
            return .undecided("the solver's example does not hold when evaluated")
        }
        return .example(digits + [other])
    }

    /// The constraints under which `option` is recommended by `model` whose rules fire as `ruleFires`:
    /// score(other) − score(option) ≤ 0 for every other option (< 0 for one listed first), each
    /// one pseudo-Boolean constraint over the rules that move it.
    private func leads(_ option: OptionIndex, _ model: ScoreModel, _ ruleFires: [Z3_ast]) -> [Z3_ast] {
        (0..<model.optionCount).filter { $0 != option }.map { other in
            var literals: [Z3_ast?] = [], weights: [Int32] = []
            for rule in 0..<model.ruleCount {
                let difference = model.points[rule * model.optionCount + other] - model.points[rule * model.optionCount + option]
                if difference != 0 {
                    literals.append(ruleFires[rule])
                    weights.append(Int32(clamping: difference))
                }
            }
            let bound = model.constantPoints[option] - model.constantPoints[other] - (other < option ? 1 : 0)
            return literals.withUnsafeBufferPointer {
                Z3_mk_pble(context, UInt32($0.count), $0.baseAddress, weights, Int32(clamping: bound))!
            }
        }
    }

    private func exactlyOne(_ literals: [Z3_ast]) -> Z3_ast {
        let weights = [Int32](repeating: 1, count: literals.count)
        return literals.map(Optional.some).withUnsafeBufferPointer { Z3_mk_pbeq(context, UInt32($0.count), $0.baseAddress, weights, 1)! }
    }

    private func conjunction(_ parts: [Z3_ast]) -> Z3_ast {
        if parts.isEmpty { return Z3_mk_true(context) }
        if parts.count == 1 { return parts[0] }
        return parts.map(Optional.some).withUnsafeBufferPointer { Z3_mk_and(context, UInt32($0.count), $0.baseAddress)! }
    }

    private func disjunction(_ parts: [Z3_ast]) -> Z3_ast {
        if parts.isEmpty { return Z3_mk_false(context) }
        if parts.count == 1 { return parts[0] }
        return parts.map(Optional.some).withUnsafeBufferPointer { Z3_mk_or(context, UInt32($0.count), $0.baseAddress)! }
    }

    /// The question's answer is one of the allowed domain values (read from `replacing` for a
    /// question listed there: the copy of a question).
    private func within(_ question: QuestionIndex, _ allowed: [Bool], _ replacing: [QuestionIndex: [Z3_ast]]) -> Z3_ast {
        let literals = replacing[question] ?? values[question]
        return disjunction(allowed.indices.filter { allowed[$0] }.map { literals[$0] })
    }

    /// The rule fires: every part of a product rule holds, or the condition of another rule.
    private func firing(of rule: Int, in model: ScoreModel, replacing: [QuestionIndex: [Z3_ast]] = [:]) -> Z3_ast {
        if let condition = model.general[rule] { return formula(condition, model, replacing) }
        return conjunction(
            (model.questionStart[rule]..<model.questionStart[rule + 1]).map { slot in
                let question = model.questions[slot], start = model.allowedStart[slot]
                return within(question, Array(model.allowed[start..<start + model.domainSizes[question]]), replacing)
            })
    }

    /// A condition as a formula: each atom becomes the domain values of its question it allows.
    private func formula(_ condition: Condition, _ model: ScoreModel, _ replacing: [QuestionIndex: [Z3_ast]]) -> Z3_ast {
        switch condition {
        case .constant(let value): return value ? Z3_mk_true(context) : Z3_mk_false(context)
        case .not(let inner): return Z3_mk_not(context, formula(inner, model, replacing))
        case .and(let parts): return conjunction(parts.map { formula($0, model, replacing) })
        case .or(let parts): return disjunction(parts.map { formula($0, model, replacing) })
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

/// One Z3 solver for one question: a fresh one each time (on the generated bases, steadier than
/// one solver reused with push and pop), with the time limit set.
private struct Solver {
    let context: Z3_context
    let solver: Z3_solver

    let timeLimit: Int

    init(_ context: Z3_context, timeLimit: Int) {
        self.context = context
        self.timeLimit = timeLimit
        solver = Z3_mk_solver_for_logic(context, Z3_mk_string_symbol(context, "QF_FD"))!
        Z3_solver_inc_ref(context, solver)
        let parameters = Z3_mk_params(context)
        Z3_params_inc_ref(context, parameters)
        Z3_params_set_uint(context, parameters, Z3_mk_string_symbol(context, "timeout"), UInt32(timeLimit * 1000))
        Z3_solver_set_params(context, solver, parameters)
        Z3_params_dec_ref(context, parameters)
    }

    func assert(_ fact: Z3_ast) { Z3_solver_assert(context, solver, fact) }

    /// What a check gives: the values read from a model, or a finding that ends the question.
    enum Checked {
        case satisfied([Int])
        case answered(ScoreSolver.Finding)
    }

    /// Checks the facts asserted; on success, the value (index into each list) whose literal holds
    /// in the solver's model, for each list of `literals`. The solver is released afterwards.
    func check(reading literals: [[Z3_ast]]) -> Checked {
        defer { Z3_solver_dec_ref(context, solver) }
        switch Z3_solver_check(context, solver) {
        case Z3_L_FALSE: return .answered(.none)
        case Z3_L_TRUE: break
        default:
            let reason = String(cString: Z3_solver_get_reason_unknown(context, solver))
            let undecided =
                reason == "timeout" || reason == "canceled" ? "not decided within \(timeLimit) s" : "the solver gave no answer: \(reason)"
            return .answered(.undecided(undecided))
        }
        guard let found = Z3_solver_get_model(context, solver) else { return .answered(.undecided("the solver gave no example")) }
        Z3_model_inc_ref(context, found)
        defer { Z3_model_dec_ref(context, found) }
        var digits: [Int] = []
        for list in literals {
            let chosen = list.firstIndex { literal in
                var value: Z3_ast?
                return Z3_model_eval(context, found, literal, true, &value) && value.map { Z3_get_bool_value(context, $0) == Z3_L_TRUE } == true
            }
            guard let chosen else { return .answered(.undecided("the solver's example could not be read")) }
            digits.append(chosen)
        }
        return .satisfied(digits)
    }
}
