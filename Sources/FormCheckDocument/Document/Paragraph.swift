/// Inline text with its markup removed, able to map any part of that text back to the source.
public struct Paragraph: Sendable {
    /// The plain text: emphasis, links and code spans unwrapped, line breaks as spaces.
    public var text: String
    public var range: SourceRange
    public var sentences: [Sentence]
    /// How byte offsets in `text` map to byte offsets in the source file.
    public var map: TextMap

    /// The source range of a byte range of `text`.
    public func sourceRange(ofTextBytes textRange: Range<Int>, in file: SourceFile) -> SourceRange {
        let lower = map.sourceOffset(textRange.lowerBound)
        // Never an inverted range, whatever positions cmark-gfm reported.
        return file.range(lower..<max(lower, map.sourceOffset(textRange.upperBound, isEnd: true)))
    }

    /// The source range of a range of `text`'s characters.
    public func sourceRange(of textRange: Range<String.Index>, in file: SourceFile) -> SourceRange {
        let utf8 = text.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: textRange.lowerBound)
        let upper = utf8.distance(from: utf8.startIndex, to: textRange.upperBound)
        return sourceRange(ofTextBytes: lower..<upper, in: file)
    }
}

/// A range of a paragraph's text. The text is not copied out when the page is parsed
/// (checks read `textBytes` of the paragraph's text): `text` makes a String when asked.
public struct Sentence: Sendable, Hashable, Encodable {
    enum CodingKeys: String, CodingKey { case text, range }

    public var range: SourceRange
    /// The sentence's byte range within its paragraph's `text`.
    public var textBytes: Range<Int>
    /// The paragraph's text, shared (not copied) with the paragraph.
    private let paragraphText: String

    public init(range: SourceRange, textBytes: Range<Int>, in paragraphText: String) {
        self.range = range
        self.textBytes = textBytes
        self.paragraphText = paragraphText
    }

    /// The sentence's text, made on each use.
    public var text: String {
        let utf8 = paragraphText.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: textBytes.lowerBound, limitedBy: utf8.endIndex) ?? utf8.endIndex
        let upper = utf8.index(utf8.startIndex, offsetBy: textBytes.upperBound, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    public static func == (lhs: Sentence, rhs: Sentence) -> Bool {
        lhs.range == rhs.range && lhs.textBytes == rhs.textBytes && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(textBytes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(range, forKey: .range)
    }
}
