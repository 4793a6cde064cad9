import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// Three-valued (Kleene) evaluation of conditions over partial answers: the operator tables,
/// how atoms read unanswered questions, and that answering every question a condition reads
/// always settles it.
@Suite struct TruthTests {
    static let all: [Truth] = [.true, .false, .unknown]

    // Question 0 is a yes/no question, 1 a number, 2 a choice of three.
    static let yes = Condition.isTrue(0)
    static let many = Condition.integerIn(1, IntegerInterval(lower: 10))
    static let firstTwo = Condition.choiceIn(2, [0, 1])

    /// A condition whose truth is exactly `truth` when question 0 is answered yes and questions 1 and 2 are unanswered.
    static func condition(_ truth: Truth) -> Condition {
        switch truth {
        case .true: return yes
        case .false: return .not(yes)
        case .unknown: return many
        }
    }

    static let partial = Answers(values: [.boolean(true), nil, nil])

    @Test func notTable() {
        #expect(!Truth.true == .false)
        #expect(!Truth.false == .true)
        #expect(!Truth.unknown == .unknown)
    }

    @Test(arguments: TruthTests.all, TruthTests.all) func andTable(_ lhs: Truth, _ rhs: Truth) {
        let expected: Truth = (lhs == .false || rhs == .false) ? .false : (lhs == .true && rhs == .true) ? .true : .unknown
        #expect((lhs && rhs) == expected)
        #expect(Condition.and([Self.condition(lhs), Self.condition(rhs)]).truth(Self.partial) == expected)
    }

    @Test(arguments: TruthTests.all, TruthTests.all) func orTable(_ lhs: Truth, _ rhs: Truth) {
        let expected: Truth = (lhs == .true || rhs == .true) ? .true : (lhs == .false && rhs == .false) ? .false : .unknown
        #expect((lhs || rhs) == expected)
        #expect(Condition.or([Self.condition(lhs), Self.condition(rhs)]).truth(Self.partial) == expected)
    }

    @Test func explicitTableRows() {
        // Spelled out, so that a mistake in the formula above cannot hide one in the operators.
        #expect((Truth.unknown && .false) == .false)
        #expect((Truth.false && .unknown) == .false)
        #expect((Truth.unknown && .true) == .unknown)
        #expect((Truth.unknown && .unknown) == .unknown)
        #expect((Truth.unknown || .true) == .true)
        #expect((Truth.true || .unknown) == .true)
        #expect((Truth.unknown || .false) == .unknown)
        #expect((Truth.unknown || .unknown) == .unknown)
    }

    @Test func emptyConjunctionAndDisjunction() {
        let none = Answers(questionCount: 3)
        #expect(Condition.and([]).truth(none) == .true)
        #expect(Condition.or([]).truth(none) == .false)
    }

    @Test func aDecidingPartAfterAnUnknownOneStillDecides() {
        let none = Answers(values: [nil, .integer(3), nil])
        // Question 0 unknown, question 1 answered 3 (so `many` is false).
        #expect(Condition.and([Self.yes, Self.many]).truth(none) == .false)
        #expect(Condition.or([Self.yes, .not(Self.many)]).truth(none) == .true)
        #expect(Condition.and([Self.yes, .not(Self.many)]).truth(none) == .unknown)
        #expect(Condition.or([Self.yes, Self.many]).truth(none) == .unknown)
    }

    @Test func atomsAreUnknownOnlyWhileUnanswered() {
        let none = Answers(questionCount: 3)
        for atom in [Self.yes, Self.many, Self.firstTwo] {
            #expect(atom.truth(none) == .unknown)
            #expect(Condition.not(atom).truth(none) == .unknown)
            #expect(!atom.holds(none), "an unanswered question counts as false for holds")
        }
        #expect(Condition.constant(true).truth(none) == .true)
        #expect(Condition.constant(false).truth(none) == .false)

        let answered = Answers(values: [.boolean(false), .integer(10), .choice(2)])
        #expect(Self.yes.truth(answered) == .false)
        #expect(Self.many.truth(answered) == .true)
        #expect(Self.firstTwo.truth(answered) == .false)
        #expect(Self.firstTwo.truth(answered.with(2, .choice(1))) == .true)
        #expect(Self.many.truth(answered.with(1, .integer(9))) == .false)
    }

    @Test func intervalBoundsAreInclusive() {
        let band = Condition.integerIn(1, IntegerInterval(lower: 6, upper: 15))
        let values: [Int: Truth] = [5: .false, 6: .true, 15: .true, 16: .false, Int.max: .false, Int.min: .false]
        for (value, expected) in values {
            #expect(band.truth(Answers(values: [nil, .integer(value), nil])) == expected, "\(value)")
        }
    }

    /// Kleene logic does not see through tautologies: `x or not x` stays unknown until x is answered.
    @Test func tautologyOverAnUnansweredQuestionIsUnknown() {
        let none = Answers(questionCount: 3)
        #expect(Condition.or([Self.yes, .not(Self.yes)]).truth(none) == .unknown)
        #expect(Condition.or([Self.yes, .not(Self.yes)]).truth(Self.partial) == .true)
    }

    /// Every shipped rule, under every combination of values for the questions it reads (and no
    /// other answer), is settled, and agrees with `holds` on any completion of those answers.
    @Test func answeringTheQuestionsReadSettlesEveryShippedCondition() throws {
        let ruleBase = try TestSupport.shippedRuleBase()
        let samples = [1, 5, 6, 10, 11, 15, 16, 25, 26, 49, 50, 99, 100, 1000]
        func values(_ question: Question) -> [AnswerValue] {
            switch question.kind {
            case .integer: return samples.map { .integer($0) }
            case .boolean: return [.boolean(false), .boolean(true)]
            case .choice(let choices): return choices.indices.map { .choice($0) }
            }
        }
        var checked = 0
        for rule in ruleBase.rules {
            var partials = [Answers(questionCount: ruleBase.questions.count)]
            for question in rule.condition.questions {
                partials = partials.flatMap { partial in values(ruleBase.questions[question]).map { partial.with(question, $0) } }
            }
            for partial in partials {
                let truth = rule.condition.truth(partial)
                #expect(truth != .unknown, "\(rule.id) under \(partial.values)")
                // Fill every other question with its first value: the verdict must not move.
                var complete = partial
                for index in complete.unanswered { complete[index] = values(ruleBase.questions[index])[0] }
                #expect(rule.condition.truth(complete) == truth, "\(rule.id)")
                #expect(rule.condition.holds(complete) == (truth == .true), "\(rule.id)")
                checked += 1
            }
        }
        #expect(checked > ruleBase.rules.count, "the loop must actually try several answers per rule")
    }

    @Test func conditionQuestionsAreListedOnceInOrder() {
        let condition = Condition.or([.and([Self.many, Self.yes]), .not(Self.many), Self.firstTwo, .constant(true)])
        #expect(condition.questions == [1, 0, 2])
        #expect(Condition.constant(false).questions.isEmpty)
    }
}
