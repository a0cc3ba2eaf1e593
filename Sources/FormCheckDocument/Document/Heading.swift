public struct Heading: Sendable, Hashable, Encodable {
    public var level: Int
    /// The heading's plain text (inline markup removed), trimmed.
    public var text: String
    /// The whole heading line(s), markers included.
    public var range: SourceRange
    /// The range of the heading's text alone.
    public var textRange: SourceRange
}
