/// Recognises `**Key:** Value` and `**Key**: Value` in a list item's first paragraph.
enum FieldExtractor {
    static func field(in paragraph: Paragraph, leadingStrongEnd: Int?, file: SourceFile, sectionPath: [String]) -> Field? {
        guard let strongEnd = leadingStrongEnd, strongEnd > 0 else { return nil }
        let text = Array(paragraph.text.utf8)
        let colon = UInt8(ascii: ":")
        var keyEnd = strongEnd
        while keyEnd > 0, isSpace(text[keyEnd - 1]) { keyEnd -= 1 }
        var valueStart: Int
        if keyEnd > 0, text[keyEnd - 1] == colon {
            keyEnd -= 1
            valueStart = strongEnd
        } else if strongEnd < text.count, text[strongEnd] == colon {
            valueStart = strongEnd + 1
        } else {
            return nil
        }
        var keyStart = 0
        while keyStart < keyEnd, isSpace(text[keyStart]) { keyStart += 1 }
        while keyEnd > keyStart, isSpace(text[keyEnd - 1]) { keyEnd -= 1 }
        guard keyStart < keyEnd else { return nil }
        while valueStart < text.count, isSpace(text[valueStart]) { valueStart += 1 }
        var valueEnd = text.count
        while valueEnd > valueStart, isSpace(text[valueEnd - 1]) { valueEnd -= 1 }

        func range(_ bytes: Range<Int>) -> SourceRange { paragraph.sourceRange(ofTextBytes: bytes, in: file) }
        return Field(
            key: String(decoding: text[keyStart..<keyEnd], as: UTF8.self),
            keyRange: range(keyStart..<keyEnd),
            value: String(decoding: text[valueStart..<valueEnd], as: UTF8.self),
            valueRange: range(valueStart..<valueEnd),
            values: parts(of: text, valueStart..<valueEnd).map {
                FieldValue(text: String(decoding: text[$0], as: UTF8.self), range: range($0))
            },
            sectionPath: sectionPath)
    }

    /// Comma-separated parts, each trimmed; empty parts dropped.
    static func parts(of text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound where index == range.upperBound || text[index] == UInt8(ascii: ",") {
            var lower = start
            var upper = index
            while lower < upper, isSpace(text[lower]) { lower += 1 }
            while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
            if lower < upper { parts.append(lower..<upper) }
            start = index + 1
        }
        return parts
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
