/// Byte strings stored once, in one block, to be appended to output without reference
/// counting (an array of arrays costs a retain and a release per element read).
final class ByteTable: @unchecked Sendable {
    // Written only in init; read-only afterwards, so sharing between threads is safe.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let ends: UnsafeMutableBufferPointer<Int>
    let count: Int

    init(_ strings: [[UInt8]]) {
        let total = strings.reduce(0) { $0 + $1.count }
        bytes = .allocate(capacity: max(1, total))
        ends = .allocate(capacity: max(1, strings.count))
        var position = 0
        for (index, string) in strings.enumerated() {
            for byte in string {
                bytes[position] = byte
                position += 1
            }
            ends[index] = position
        }
        count = strings.count
    }

    convenience init(_ strings: [String]) {
        self.init(strings.map { Array($0.utf8) })
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// Appends string `index` to `out`.
    @inline(__always)
    func append(_ index: Int, to out: inout [UInt8]) {
        let start = index == 0 ? 0 : ends[index - 1]
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<ends[index]]))
    }
}
