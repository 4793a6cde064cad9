/// Position of an option in its rule base; scores and effects refer to options by it.
public typealias OptionIndex = Int

/// One way of getting IT support that the advisor can recommend.
public struct SupportOption: Sendable, Hashable {
    /// Stable identifier (`break_fix`).
    public var id: String
    /// The name shown to people ("Break-fix shop").
    public var name: String
    /// One or two sentences on what the model is.
    public var description: String
    /// Where the option is defined.
    public var location: SourceLocation

    /// The most options a rule base may have: the reasoning core keeps the options that can lead
    /// in 64-bit masks (the loader refuses more, with `too-many-options`).
    package static let maximumCount = 64

    /// An option with every field given.
    public init(id: String, name: String, description: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.location = location
    }
}
