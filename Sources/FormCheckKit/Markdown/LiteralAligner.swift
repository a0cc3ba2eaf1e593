/// Aligns a node's literal text with its source bytes where they differ because markup
/// was removed inside the node (backslash escapes, entity references).
enum LiteralAligner {
    /// The source offset of each literal byte.
    static func offsets(of literal: UnsafeBufferPointer<UInt8>, in source: [UInt8], range: Range<Int>) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(literal.count)
        var position = range.lowerBound
        var index = 0
        let last = max(range.lowerBound, range.upperBound - 1)
        while index < literal.count {
            let byte = literal[index]
            if position < range.upperBound, source[position] == byte {
                offsets.append(position)
                position += 1
                index += 1
            } else if position < range.upperBound, source[position] == UInt8(ascii: "\\") {
                position += 1
            } else if position < range.upperBound, source[position] == UInt8(ascii: "&"),
                      let semicolon = source[position..<min(position + 40, range.upperBound)].firstIndex(of: UInt8(ascii: ";")) {
                // Every byte the entity decoded to points at the `&`.
                offsets.append(position)
                index += 1
                while index < literal.count, literal[index] & 0xC0 == 0x80 {
                    offsets.append(position)
                    index += 1
                }
                position = semicolon + 1
            } else {
                offsets.append(min(position, last))
                position += 1
                index += 1
            }
        }
        return offsets
    }
}
