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

public struct Sentence: Sendable, Hashable, Encodable {
    enum CodingKeys: String, CodingKey { case text, range }

    public var text: String
    public var range: SourceRange
    /// The sentence's byte range within its paragraph's `text`.
    public var textBytes: Range<Int>
}
