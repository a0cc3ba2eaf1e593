/// A heading and everything under it up to the next heading of the same or a higher level.
public struct Section: Sendable, Encodable {
    enum CodingKeys: String, CodingKey { case heading, range, blocks, subsections }

    public var heading: Heading
    /// Blocks directly under this heading, before the first subsection.
    public var blocks: [Block]
    /// Sections one level deeper (for a level-2 section: its level-3 headings, e.g. FAQ questions).
    public var subsections: [Section]
    /// From the heading to the end of the last block or subsection.
    public var range: SourceRange

    public var title: String { heading.text }

    /// The section's own paragraphs, in order.
    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    /// The section's own lists, in order.
    public var lists: [ListBlock] {
        blocks.compactMap { if case .list(let list) = $0 { list } else { nil } }
    }

    /// This section's blocks and those of every subsection, depth first.
    public var allBlocks: [Block] {
        blocks + subsections.flatMap(\.allBlocks)
    }
}
