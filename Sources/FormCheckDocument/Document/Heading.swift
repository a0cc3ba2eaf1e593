public struct Heading: Sendable, Hashable, Encodable {
    public var level: Int
    /// The heading's plain text (inline markup removed), trimmed.
    public var text: String
    /// The whole heading line(s), markers included.
    public var range: SourceRange
    /// The range of the heading's text alone.
    public var textRange: SourceRange
    /// The text before trimming, only when trimming changed it (spaces written as
    /// `&#x20;` at either end): what GitHub makes the heading's anchor from.
    public var untrimmedText: String?

    public init(level: Int, text: String, range: SourceRange, textRange: SourceRange, untrimmedText: String? = nil) {
        self.level = level
        self.text = text
        self.range = range
        self.textRange = textRange
        self.untrimmedText = untrimmedText
    }

    /// The text GitHub's heading anchor is made from.
    public var anchorText: String { untrimmedText ?? text }
}
