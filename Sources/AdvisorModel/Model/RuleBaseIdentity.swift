/// Which rule files a rule base (or a cost model given on its own) was read from, and a SHA-256
/// digest of them, so that every report names exactly the rules behind its advice.
///
/// The digest covers every rule file except the test cases under `tests/` (they never change a
/// report): articles and claims, questions, options, rules and the cost model, byte for byte,
/// comments included. See `RuleBaseIdentity.init(name:files:)` for how they are hashed.
public struct RuleBaseIdentity: Sendable, Hashable {
    /// The folder's name, its last path component ("Rules" for the built-in rules, which are the
    /// files of `Rules/`); for a cost file given on its own, the file's name.
    public var name: String
    /// SHA-256 over the files, as 64 lower-case hex digits.
    public var digest: String
    /// The files hashed, relative to the folder, in the order hashed.
    public var files: [String]

    /// An identity with every field given.
    public init(name: String, digest: String, files: [String]) {
        self.name = name
        self.digest = digest
        self.files = files
    }

    /// The first 12 hex digits, enough to tell rule bases apart in a report.
    public var shortDigest: String { String(digest.prefix(12)) }
}
