public struct ListBlock: Sendable, Encodable {
    public var ordered: Bool
    public var items: [ListItem]
    public var range: SourceRange
}

public struct ListItem: Sendable {
    /// The number the item was written with (`4` for `4. Step`), nil in a bulleted list.
    public var number: Int?
    /// The marker as written: `-`, `*`, `3.`, `3)`.
    public var markerRange: SourceRange
    public var range: SourceRange
    public var blocks: [Block]
    /// The `**Key:** Value` field this item holds, if it has that shape.
    public var field: Field?

    /// The item's first paragraph, where its text usually is.
    public var paragraph: Paragraph? {
        for block in blocks { if case .paragraph(let paragraph) = block { return paragraph } }
        return nil
    }

    /// The plain text of the first paragraph, "" for an empty item.
    public var text: String { paragraph?.text ?? "" }
}
