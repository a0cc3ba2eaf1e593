/// Reads a list item's marker (`-`, `*`, `+`, `12.`, `3)`) where cmark-gfm says the item starts.
enum ListMarker {
    static func read(_ bytes: [UInt8], at start: Int, ordered: Bool) -> (number: Int?, bytes: Range<Int>) {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let markerStart = index
        guard ordered else { return (nil, markerStart..<min(markerStart + 1, bytes.count)) }
        var number = 0
        var digits = 0
        while index < bytes.count, digits < 9, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") { index += 1 }
        return (digits > 0 ? number : nil, markerStart..<index)
    }
}
