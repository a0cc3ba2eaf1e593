/// The paragraphs a text rule looks at: those of one section (with its subsections and
/// the paragraphs inside its lists, quotes and tables), or of the whole page.
///
/// `fields: false` leaves out list items of the `**Key:** Value` shape: they are data,
/// not prose, and must not count towards a section's word count.
public enum TextScope {
    public static func paragraphs(of section: Section, fields: Bool = true) -> [Paragraph] {
        paragraphs(in: section.allBlocks, fields: fields)
    }

    public static func paragraphs(of document: ContentDocument, fields: Bool = true) -> [Paragraph] {
        paragraphs(in: document.preamble, fields: fields) + document.sections.flatMap { paragraphs(of: $0, fields: fields) }
    }

    public static func paragraphs(in blocks: [Block], fields: Bool = true) -> [Paragraph] {
        var result: [Paragraph] = []
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): result.append(paragraph)
            case .list(let list):
                result += list.items.filter { fields || $0.field == nil }.flatMap { paragraphs(in: $0.blocks, fields: fields) }
            case .quote(let quote): result += paragraphs(in: quote.blocks, fields: fields)
            case .table(let table): result += table.rows.flatMap { $0 }
            case .thematicBreak, .code, .html: break
            }
        }
        return result
    }
}
