public struct Link: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        case inline
        case reference
        case autolink
        case image
    }
    public var kind: Kind
    /// The link's visible text, markup removed.
    public var text: String
    public var destination: String
    public var title: String
    /// The whole link as written, `[text](url)` or `<url>` or the bare URL.
    public var range: SourceRange
    /// Titles of the sections the link sits in, outermost first.
    public var sectionPath: [String]
    /// Where an inline link's destination is written (angle brackets included), for fixes
    /// that replace the URL; nil for other kinds or when the bytes are not plain to read.
    public var destinationRange: SourceRange? = nil

    enum CodingKeys: String, CodingKey { case kind, text, destination, title, range, sectionPath }
}
