import AdvisorModel

/// The identifier of a batch case, as its record is to echo it.
///
/// The first two cases point into the bytes of the input line, so a line read by the fast
/// scanner needs no string; they are valid only while that line is.
public enum EchoedID {
    /// The case has no id.
    case none
    /// Bytes of the input line that need no escaping in JSON: printable ASCII without quotes
    /// or backslashes.
    case plainText(UnsafeBufferPointer<UInt8>)
    /// The digits of a whole number, in the input line.
    case number(UnsafeBufferPointer<UInt8>)
    /// Text of any kind (from the full reading, or a CSV cell).
    case text(String)
    /// The digits of a whole number, as the full reading found them.
    case numberText(String)

    /// The id of a line read by the full reading.
    public init(_ id: RecordID?) {
        switch id {
        case nil: self = .none
        case .number(let digits)?: self = .numberText(digits)
        case .text(let text)?: self = .text(text)
        }
    }
}
