/// Every kind of problem a diagnostic can report, by its stable code (the `[unknown-question]`
/// of `rules check`, the `code` of its JSON), with what it means. Codes are for tools and people
/// searching for them: once published, one keeps its meaning.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // MARK: Files

    /// A YAML file that does not parse.
    case yamlSyntax = "yaml-syntax"
    /// A key written twice in one YAML mapping.
    case duplicateKey = "duplicate-key"
    /// A YAML file that expands to too many nodes (aliases or entries).
    case tooLarge = "too-large"
    /// A file that is not UTF-8 text.
    case notUTF8 = "not-utf8"
    /// A file that contains a NUL byte.
    case nulByte = "nul-byte"
    /// An answer file with nothing in it.
    case emptyFile = "empty-file"
    /// A rule or cost folder that holds no YAML files.
    case noFiles = "no-files"
    /// `--costs` with no cost model in the rule base or the file given.
    case noCosts = "no-costs"

    // MARK: The shape of rule files

    /// A value of the wrong kind: text for a number, a list for a mapping.
    case wrongType = "wrong-type"
    /// A key the place does not allow (often a misspelling).
    case unknownKey = "unknown-key"
    /// A required key left out.
    case missingKey = "missing-key"
    /// A key that is allowed elsewhere but has no meaning here.
    case unexpectedKey = "unexpected-key"
    /// A text value that is empty.
    case emptyValue = "empty-value"
    /// An id that is not lower-case letters, digits and `_`.
    case badIdentifier = "bad-identifier"
    /// An id that is a word of the condition language (`and`, `true`, …).
    case reservedWord = "reserved-word"
    /// An id, choice or part defined twice.
    case duplicateID = "duplicate-id"
    /// A question type other than integer, boolean and choice.
    case unknownType = "unknown-type"
    /// A range with nothing in it: a question's min above its max, or `users in 10...5`.
    case emptyRange = "empty-range"
    /// A number outside what the rule base can use (a question's min at the lowest integer).
    case outOfRange = "out-of-range"
    /// A choice alias that could mean two choices.
    case ambiguousAlias = "ambiguous-alias"
    /// A word naming a question (`mentions`) listed twice for it.
    case duplicateMention = "duplicate-mention"
    /// A chat phrase for an answer the question does not have.
    case unreachablePhrase = "unreachable-phrase"
    /// An alias or phrase that two questions share: a line naming both gives both answers.
    case sharedAlias = "shared-alias"
    /// A word naming two questions (`mentions`): a clause using it is read as about both.
    case sharedMention = "shared-mention"
    /// An alias or phrase the chat's reader does not give back as its answer: read as another
    /// answer or not at all when its question is asked, or (for a question without `mentions`)
    /// not taken as its question's answer when typed while another question is asked.
    case misreadPhrase = "misread-phrase"
    /// An option id that no option has.
    case unknownOption = "unknown-option"
    /// A source that is not a section of an article in `article.yaml`.
    case unknownSource = "unknown-source"
    /// A rule or parameter with both a source and an assumption.
    case sourceAndAssumption = "source-and-assumption"
    /// A rule or parameter that cites claims and also a whole section.
    case claimsAndSource = "claims-and-source"
    /// A rule or parameter that cites claims and also states an assumption.
    case claimsAndAssumption = "claims-and-assumption"
    /// A `claims` list with nothing in it.
    case emptyClaims = "empty-claims"
    /// A claim id that no article lists.
    case unknownClaim = "unknown-claim"
    /// A whole section cited (`source:`) where its article lists claims to cite instead.
    case sectionCitation = "section-citation"
    /// A claim in a section that its article does not list.
    case unknownSection = "unknown-section"
    /// An `interpretation` on a rule or parameter that rests on an assumption.
    case interpretationOfAssumption = "interpretation-of-assumption"
    /// A cost parameter that cites the article for a figure without saying how we read it.
    case uninterpretedParameter = "uninterpreted-parameter"
    /// A rule with neither a source nor an assumption.
    case unsourcedRule = "unsourced-rule"
    /// A cost parameter with neither a source nor an assumption.
    case unsourcedParameter = "unsourced-parameter"
    /// A rule with neither points nor a caveat.
    case noEffect = "no-effect"
    /// Points outside the range a rule may give.
    case pointsOutOfRange = "points-out-of-range"
    /// A rule base without questions.
    case noQuestions = "no-questions"
    /// A rule base with fewer than two options.
    case noOptions = "no-options"
    /// More options than the analyses can compare (64).
    case tooManyOptions = "too-many-options"
    /// A rule base without rules.
    case noRules = "no-rules"
    /// A test case expecting a caveat that no caveat rule has as its id.
    case unknownCaveat = "unknown-caveat"

    // MARK: Conditions

    /// A condition with nothing in it.
    case emptyCondition = "empty-condition"
    /// A character the condition language does not use.
    case unexpectedCharacter = "unexpected-character"
    /// A number with a fraction or exponent (conditions compare whole numbers).
    case notAWholeNumber = "not-a-whole-number"
    /// A number too large to hold.
    case numberTooLarge = "number-too-large"
    /// `=` where `==` was meant.
    case singleEquals = "single-equals"
    /// `&&`, `||` or `!` where `and`, `or` or `not` was meant.
    case cStyleOperator = "c-style-operator"
    /// A word or symbol where the grammar expects another.
    case unexpectedToken = "unexpected-token"
    /// A condition nested too deeply.
    case tooDeep = "too-deep"
    /// A question id that no question has (in an answer file: a key that is ignored).
    case unknownQuestion = "unknown-question"
    /// A value that is not a choice of the question.
    case unknownChoice = "unknown-choice"
    /// Values of different types compared, or an operator the type does not have.
    case typeMismatch = "type-mismatch"
    /// A number question used alone, as if it were yes or no.
    case numberNeedsComparison = "number-needs-comparison"
    /// A choice question used alone, as if it were yes or no.
    case choiceNeedsComparison = "choice-needs-comparison"
    /// A choice question ordered with `<` or a range: choices have no order.
    case unorderedChoice = "unordered-choice"

    // MARK: Answers

    /// An answer file that is not an object of question ids and answers.
    case notAnObject = "not-an-object"
    /// An answer that the question does not accept.
    case badAnswer = "bad-answer"

    // MARK: The cost model

    /// A currency that is not three capital letters.
    case badCurrency = "bad-currency"
    /// A unit that cannot be read.
    case badUnit = "bad-unit"
    /// A cost, hours or count below zero.
    case negativeValue = "negative-value"
    /// An estimate part other than fees, labour, outages and downtime.
    case unknownPart = "unknown-part"
    /// An option without an estimate.
    case missingEstimate = "missing-estimate"
    /// A parameter that divides in a formula and may be zero.
    case zeroDivisor = "zero-divisor"
    /// A formula that does not parse.
    case formulaSyntax = "formula-syntax"
    /// A name in a formula that is no parameter or number question.
    case unknownParameter = "unknown-parameter"
    /// A function other than `min`, `max` and `ceil`.
    case unknownFunction = "unknown-function"
    /// A function called with the wrong number of values.
    case badCall = "bad-call"
    /// Units that do not add up, or a part that does not come out in money per year.
    case unitMismatch = "unit-mismatch"

    // MARK: `rules check`

    /// A question that no rule reads.
    case unusedQuestion = "unused-question"
    /// An option that no rule gives points to.
    case unfavouredOption = "unfavoured-option"
    /// Points of 0, which change nothing.
    case zeroPoints = "zero-points"
    /// A condition that no answers make true.
    case neverTrue = "never-true"
    /// A condition that every answer makes true.
    case alwaysTrue = "always-true"
    /// Answers for which no rule with points fires.
    case noRuleFires = "no-rule-fires"
    /// Answers for which two options tie at the top.
    case tie = "tie"
    /// A claim of the article that no rule or parameter uses and that gives no `unused_because`.
    case unusedClaim = "unused-claim"
    /// A claim marked `unused_because` that a rule or parameter does use.
    case usedClaimMarkedUnused = "used-claim-marked-unused"
    /// A rule citing the article with a number in its condition and no `interpretation`.
    case uninterpretedNumber = "uninterpreted-number"
    /// A cost parameter that no formula reads.
    case unusedParameter = "unused-parameter"
    /// A case of a cost parameter that can never give the value.
    case unreachableCase = "unreachable-case"
    /// A `because` or caveat text that owners read in the summary but that is too long for it
    /// (more than four lines at 80 columns) or names an identifier (`managed_services`).
    case unfitForSummary = "unfit-for-summary"

    // MARK: `rules diff`

    /// Two rule bases that cannot be compared answer by answer. `rules diff` now compares any two
    /// (a question whose kind of answer or range changed included), so it is no longer reported.
    case incomparable = "incomparable"
}
