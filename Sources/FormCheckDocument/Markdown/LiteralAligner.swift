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
            if position < range.upperBound, source[position] == UInt8(ascii: "&"),
               let end = entityEnd(source, at: position, limit: range.upperBound),
               !literal[index...].starts(with: source[position..<end]) {
                // An entity reference decoded to a character (`&amp;` to `&`): every byte
                // it decoded to points at the `&`.
                offsets.append(position)
                index += 1
                while index < literal.count, literal[index] & 0xC0 == 0x80 {
                    offsets.append(position)
                    index += 1
                }
                position = end
            } else if position < range.upperBound, source[position] == byte {
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

    /// The end of an entity reference (`&name;`, `&#123;`, `&#x1F;`) starting at `start`.
    private static func entityEnd(_ source: [UInt8], at start: Int, limit: Range<Int>.Bound) -> Int? {
        var index = start + 1
        let stop = min(limit, start + 40)
        if index < stop, source[index] == UInt8(ascii: "#") { index += 1 }
        let nameStart = index
        while index < stop, isAlphanumeric(source[index]) { index += 1 }
        guard index > nameStart, index < stop, source[index] == UInt8(ascii: ";") else { return nil }
        return index + 1
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
