/// A rule author's unit test: answers and what the rule base must make of them.
public struct RuleTestCase: Sendable, Hashable {
    /// A short description of the situation.
    public var name: String
    /// The answers, complete or not.
    public var answers: Answers
    /// The option that must be recommended.
    public var expectedRecommendation: OptionIndex
    /// Pairs (higher, lower): the first must rank above the second.
    public var ranksAbove: [OptionPair]
    /// When given, exactly these caveat rules must fire (by rule index).
    public var expectedCaveats: [RuleIndex]?
    /// Where the case is written.
    public var location: SourceLocation

    /// Two options, the first expected above the second.
    public struct OptionPair: Sendable, Hashable {
        /// The option expected higher in the ranking.
        public var higher: OptionIndex
        /// The option expected lower.
        public var lower: OptionIndex
        /// `higher` expected above `lower`.
        public init(higher: OptionIndex, lower: OptionIndex) {
            self.higher = higher
            self.lower = lower
        }
    }

    /// A test case with every field given.
    public init(
        name: String, answers: Answers, expectedRecommendation: OptionIndex, ranksAbove: [OptionPair],
        expectedCaveats: [RuleIndex]?, location: SourceLocation
    ) {
        self.name = name
        self.answers = answers
        self.expectedRecommendation = expectedRecommendation
        self.ranksAbove = ranksAbove
        self.expectedCaveats = expectedCaveats
        self.location = location
    }
}
