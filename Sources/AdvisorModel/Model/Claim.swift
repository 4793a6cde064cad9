/// One thing the source article says that bears on the choice, in our own words, listed under
/// its article in `Rules/article.yaml`. Rules and cost parameters cite claims by id; the section
/// a citation names follows from the claim.
public struct Claim: Sendable, Hashable {
    /// Stable identifier, unique across the rule base (`handful_best_fit`).
    public var id: String
    /// The short name of the article the claim is from ("Break-Fix model").
    public var article: String
    /// The heading of the section the claim is in ("My Recommendation").
    public var section: String
    /// What the article says, in one line of our own words (never the article's sentence).
    public var says: String
    /// Why no rule or cost parameter uses the claim, when none does on purpose.
    public var unusedBecause: String?
    /// Where the claim is listed.
    public var location: SourceLocation

    /// A claim with every field given.
    public init(id: String, article: String, section: String, says: String, unusedBecause: String?, location: SourceLocation) {
        self.id = id
        self.article = article
        self.section = section
        self.says = says
        self.unusedBecause = unusedBecause
        self.location = location
    }

    /// The citation of the claim's section, "<article>, <section>" ("Break-Fix model, My Recommendation").
    public var source: String { "\(article), \(section)" }
}
