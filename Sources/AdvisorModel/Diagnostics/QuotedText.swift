/// Text from the input as a message quotes it: in single quotes, whole when short, else its
/// beginning and its size, so that a message stays one readable line however long the value
/// (an answer file may hold a megabyte in one string, a batch line sixteen).
public enum QuotedText {
    /// The most bytes quoted whole.
    public static let limit = 60

    /// `text` in single quotes, or its first 40 characters and its size when it is over ``limit`` bytes.
    public static func quote(_ text: String) -> String {
        let size = text.utf8.count
        guard size > limit else { return "'\(text)'" }
        return "'\(text.prefix(40))…' (\(size) bytes)"
    }
}
