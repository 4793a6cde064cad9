/// A checked rule base: the questions, the options, the rules and the article they cite.
public struct RuleBase: Sendable, Equatable {
    /// The questions, in the order the files declare them (``QuestionIndex`` counts them).
    public var questions: [Question]
    /// The options, in the order that breaks ties (``OptionIndex`` counts them).
    public var options: [SupportOption]
    /// The rules, in file order (``RuleIndex`` counts them).
    public var rules: [Rule]
    /// The citable sections ("Break-Fix model, My Recommendation"), in the order declared.
    public var sources: [String]
    /// The articles' claims, in the order listed (see `Claim`).
    public var claims: [Claim]
    /// The files the rule base was read from and their digest; nil for a rule base built in code.
    public var identity: RuleBaseIdentity?
    /// The rule base's own test cases (from `tests/`).
    public var testCases: [RuleTestCase]
    /// The opening of the chat's greeting (`intro:`); the chat adds the options' names after it.
    public var intro: String?
    /// The question the chat asks first while it is open (`first_question:`); nil means the
    /// first question defined.
    public var firstQuestion: QuestionIndex?

    private var questionIndexByID: [String: QuestionIndex]
    private var optionIndexByID: [String: OptionIndex]

    /// A rule base of checked parts; ``RuleBaseLoader`` makes one from rule files.
    public init(
        questions: [Question], options: [SupportOption], rules: [Rule], sources: [String], testCases: [RuleTestCase] = [],
        claims: [Claim] = [], identity: RuleBaseIdentity? = nil,
        intro: String? = nil, firstQuestion: QuestionIndex? = nil
    ) {
        self.questions = questions
        self.options = options
        self.rules = rules
        self.sources = sources
        self.testCases = testCases
        self.claims = claims
        self.identity = identity
        self.intro = intro
        self.firstQuestion = firstQuestion
        var questionIndexByID: [String: QuestionIndex] = [:]
        for (index, question) in questions.enumerated() where questionIndexByID[question.id] == nil {
            questionIndexByID[question.id] = index
        }
        var optionIndexByID: [String: OptionIndex] = [:]
        for (index, option) in options.enumerated() where optionIndexByID[option.id] == nil {
            optionIndexByID[option.id] = index
        }
        self.questionIndexByID = questionIndexByID
        self.optionIndexByID = optionIndexByID
    }

    /// The index of the question with this id, if there is one.
    public func questionIndex(_ id: String) -> QuestionIndex? { questionIndexByID[id] }

    /// The index of the option with this id, if there is one.
    public func optionIndex(_ id: String) -> OptionIndex? { optionIndexByID[id] }

    /// The claim with this id, if there is one.
    public func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }

    /// The question with this id, if there is one.
    public func question(_ id: String) -> Question? { questionIndex(id).map { questions[$0] } }
}
