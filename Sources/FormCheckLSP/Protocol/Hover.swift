/// LSP's `Hover` with Markdown contents.
public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: TextRange?
}

/// LSP's `MarkupContent`.
public struct MarkupContent: Codable, Sendable {
    /// `markdown` or `plaintext`.
    public var kind: String
    public var value: String

    public static func markdown(_ value: String) -> MarkupContent { MarkupContent(kind: "markdown", value: value) }
}
