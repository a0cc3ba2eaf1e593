/// A `**Key:** Value` (or `**Key**: Value`) list item, or a front-matter entry.
public struct Field: Sendable, Hashable, Encodable {
    public var key: String
    public var keyRange: SourceRange
    /// The value's text, trimmed.
    public var value: String
    /// The trimmed value's range; an empty range just after the colon when the value is empty.
    public var valueRange: SourceRange
    /// The value split on commas, each part trimmed, with its own range.
    public var values: [FieldValue]
    /// Titles of the sections the field sits in, outermost first (empty for front matter).
    public var sectionPath: [String]
}

public struct FieldValue: Sendable, Hashable, Encodable {
    public var text: String
    public var range: SourceRange

    package init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
