/// The paragraphs a text rule looks at: those of one section (with its subsections and
/// the paragraphs inside its lists, quotes and tables), or of the whole page.
public enum TextScope {
    public static func paragraphs(of section: Section) -> [Paragraph] {
        paragraphs(in: section.allBlocks)
    }

    public static func paragraphs(of document: ContentDocument) -> [Paragraph] {
        paragraphs(in: document.preamble) + document.sections.flatMap { paragraphs(of: $0) }
    }

    public static func paragraphs(in blocks: [Block]) -> [Paragraph] {
        var result: [Paragraph] = []
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): result.append(paragraph)
            case .list(let list): result += list.items.flatMap { paragraphs(in: $0.blocks) }
            case .quote(let quote): result += paragraphs(in: quote.blocks)
            case .table(let table): result += table.rows.flatMap { $0 }
            case .thematicBreak, .code, .html: break
            }
        }
        return result
    }
}
