/// Counting through every combination of digits where digit `i` runs from 0 to `radices[i] - 1`:
/// the first digit varies slowest, so combinations come in lexicographic order.
package enum MixedRadix {
    /// The number of combinations, or nil when it exceeds `limit` (overflow included).
    package static func count(_ radices: [Int], limit: Int) -> Int? {
        var total = 1
        for radix in radices {
            guard radix > 0 else { return 0 }
            let (product, overflow) = total.multipliedReportingOverflow(by: radix)
            guard !overflow, product <= limit else { return nil }
            total = product
        }
        return total
    }

    /// Calls `body` with each combination in order (once with `[]` when there are no digits,
    /// never when a radix is 0). Callers bound the work with `count(_:limit:)` first.
    package static func forEach(_ radices: [Int], _ body: ([Int]) -> Void) {
        guard radices.allSatisfy({ $0 > 0 }) else { return }
        var digits = Array(repeating: 0, count: radices.count)
        repeat {
            body(digits)
        } while increment(&digits, radices: radices) != nil
    }

    /// Moves `digits` to the next combination, like an odometer; returns the position of the
    /// leftmost digit that changed (every digit to its right went back to 0), or nil when the
    /// combinations are exhausted (all digits back to 0).
    @inline(__always)
    package static func increment(_ digits: inout [Int], radices: [Int]) -> Int? {
        var position = radices.count - 1
        while position >= 0 {
            digits[position] += 1
            if digits[position] < radices[position] { return position }
            digits[position] = 0
            position -= 1
        }
        return nil
    }

    /// The digits of the combination numbered `ordinal` (counting from 0 in `forEach` order).
    package static func digits(of ordinal: Int, radices: [Int]) -> [Int] {
        var rest = ordinal
        var digits = Array(repeating: 0, count: radices.count)
        for position in radices.indices.reversed() where radices[position] > 0 {
            digits[position] = rest % radices[position]
            rest /= radices[position]
        }
        return digits
    }
}
