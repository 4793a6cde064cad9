import AdvisorEngine
import Foundation
import MCP

/// Between the protocol's JSON values and the advisor's own (whose objects keep their key order).
extension JSONValue {
    /// A protocol value as the advisor's: whole numbers stay whole, objects take their keys in
    /// sorted order (a protocol object has none), binary data becomes its base64 text.
    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .number(number)
        case .double(let number):
            if number.rounded() == number, let whole = Int(exactly: number) {
                self = .number(whole)
            } else {
                self = .decimal(Decimal(number))
            }
        case .string(let text): self = .string(text)
        case .data(_, let data): self = .string(data.base64EncodedString())
        case .array(let items): self = .array(items.map(JSONValue.init))
        case .object(let fields): self = .object(fields.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) })
        }
    }

    /// The protocol's value for this one (its encoder sorts object keys).
    var mcpValue: Value {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .int(number)
        case .decimal(let number): return .double(NSDecimalNumber(decimal: number).doubleValue)
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(\.mcpValue))
        case .object(let fields): return .object(Dictionary(fields.map { ($0.0, $0.1.mcpValue) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}
