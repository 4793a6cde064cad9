import CZ3

/// "Is there any combination of answers such that…", asked of the Z3 solver over one or more
/// score models that share their questions: each question an integer (its domain index), each
/// rule's firing a formula over those integers, each option's score a sum of the points of the
/// rules that fire. Exact at any size; used where the branch and bound of `Reasoner` would have to
/// reason about two rule bases at once (`rules diff`).
///
/// Nothing the solver says is taken on trust: a combination it returns is evaluated by the models
/// themselves (`LeafScorer`) before it is believed, and an answer that does not hold up is
/// reported as undecided, like the solver's own "unknown" and a question it does not decide
/// within `timeLimit` (some bases with wide number questions take it minutes).
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
    static let timeLimit = 5
    private let context: Z3_context
    /// One Boolean per question and domain value: "the answer is this value".
    private var values: [[Z3_ast]] = []
    /// Exactly one value per question, and each rule's Boolean equal to its condition.
    private var facts: [Z3_ast] = []
    /// Each model's rules, as Booleans that hold where the rule fires.
    private var fires: [[Z3_ast]] = []

    /// Encodes the models. Scores are not terms: a comparison of two options is one
    /// pseudo-Boolean constraint over the rules' Booleans, which Z3 decides with its SAT core.
    init(models: [ScoreModel]) {
        self.models = models
        let config = Z3_mk_config()
        context = Z3_mk_context(config)
        Z3_del_config(config)
        // Errors set a code instead of ending the process; `find` reads them as "undecided".
        Z3_set_error_handler(context, nil)
        guard let first = models.first else { return }
        let boolean = Z3_mk_bool_sort(context)
        for question in 0..<first.questionCount {
            let literals = (0..<first.domainSizes[question]).map { value in
                Z3_mk_const(context, Z3_mk_string_symbol(context, "q\(question)=\(value)"), boolean)!
            }
            values.append(literals)
            let weights = [Int32](repeating: 1, count: literals.count)
            facts.append(literals.map(Optional.some).withUnsafeBufferPointer { Z3_mk_pbeq(context, UInt32($0.count), $0.baseAddress, weights, 1)! })
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
        // A fresh solver per question: on the generated bases, steadier than one solver reused
        // with push and pop.
        let solver = Z3_mk_solver_for_logic(context, Z3_mk_string_symbol(context, "QF_FD"))!
        Z3_solver_inc_ref(context, solver)
        defer { Z3_solver_dec_ref(context, solver) }
        let parameters = Z3_mk_params(context)
        Z3_params_inc_ref(context, parameters)
        Z3_params_set_uint(context, parameters, Z3_mk_string_symbol(context, "timeout"), UInt32(Self.timeLimit * 1000))
        Z3_solver_set_params(context, solver, parameters)
        Z3_params_dec_ref(context, parameters)
        for fact in facts { Z3_solver_assert(context, solver, fact) }
        for (index, option) in leaders {
            let model = models[index]
            for other in 0..<model.optionCount where other != option {
                // score(other) − score(option) ≤ 0 (< 0 when other is listed first), over the rules that move it.
                var literals: [Z3_ast?] = [], weights: [Int32] = []
                for rule in 0..<model.ruleCount {
                    let difference = model.points[rule * model.optionCount + other] - model.points[rule * model.optionCount + option]
                    if difference != 0 {
                        literals.append(fires[index][rule])
                        weights.append(Int32(clamping: difference))
                    }
                }
                let bound = model.constantPoints[option] - model.constantPoints[other] - (other < option ? 1 : 0)
                let constraint = literals.withUnsafeBufferPointer {
                    Z3_mk_pble(context, UInt32($0.count), $0.baseAddress, weights, Int32(clamping: bound))!
                }
                Z3_solver_assert(context, solver, constraint)
            }
        }
        switch Z3_solver_check(context, solver) {
        case Z3_L_FALSE: return .none
        case Z3_L_TRUE: break
        default:
            let reason = String(cString: Z3_solver_get_reason_unknown(context, solver))
            return .undecided(reason == "timeout" || reason == "canceled" ? "not decided within \(Self.timeLimit) s" : "the solver gave no answer: \(reason)")
        }
        guard let found = Z3_solver_get_model(context, solver) else { return .undecided("the solver gave no example") }
        Z3_model_inc_ref(context, found)
        defer { Z3_model_dec_ref(context, found) }
        var digits: [Int] = []
        for literals in values {
            let chosen = literals.firstIndex { literal in
                var value: Z3_ast?
                return Z3_model_eval(context, found, literal, true, &value) && value.map { Z3_get_bool_value(context, $0) == Z3_L_TRUE } == true
            }
            guard let chosen else { return .undecided("the solver's example could not be read") }
            digits.append(chosen)
        }
        // Believe the example only if the models agree with it.
        for (model, option) in leaders where LeafScorer(model: models[model], value: digits).leader != option {
            return .undecided("the solver's example does not hold when evaluated")
        }
        return .example(digits)
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

    /// The question's answer is one of the allowed domain values.
    private func within(_ question: QuestionIndex, _ allowed: [Bool]) -> Z3_ast {
        disjunction(allowed.indices.filter { allowed[$0] }.map { values[question][$0] })
    }

    /// The rule fires: every part of a product rule holds, or the condition of another rule.
    private func firing(of rule: Int, in model: ScoreModel) -> Z3_ast {
        if let condition = model.general[rule] { return formula(condition, model) }
        return conjunction(
            (model.questionStart[rule]..<model.questionStart[rule + 1]).map { slot in
                let question = model.questions[slot], start = model.allowedStart[slot]
                return within(question, Array(model.allowed[start..<start + model.domainSizes[question]]))
            })
    }

    /// A condition as a formula: each atom becomes the domain values of its question it allows.
    private func formula(_ condition: Condition, _ model: ScoreModel) -> Z3_ast {
        switch condition {
        case .constant(let value): return value ? Z3_mk_true(context) : Z3_mk_false(context)
        case .not(let inner): return Z3_mk_not(context, formula(inner, model))
        case .and(let parts): return conjunction(parts.map { formula($0, model) })
        case .or(let parts): return disjunction(parts.map { formula($0, model) })
        case .isTrue(let question), .integerIn(let question, _), .choiceIn(let question, _):
            var scratch = Answers(questionCount: model.questionCount)
            return within(
                question,
                model.domains[question].map { value in
                    scratch[question] = value
                    return condition.truth(scratch) == .true
                })
        }
    }
}
