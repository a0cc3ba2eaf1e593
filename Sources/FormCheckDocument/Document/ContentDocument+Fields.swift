extension ContentDocument {
    /// Every `**Key:** Value` list item of the page, in order (front matter not included).
    public var listFields: [Field] {
        var fields: [Field] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .list(let list):
                    for item in list.items {
                        if let field = item.field { fields.append(field) }
                        visit(Array(item.blocks.dropFirst()))
                    }
                case .quote(let quote): visit(quote.blocks)
                default: break
                }
            }
        }
        visit(preamble)
        func visitSection(_ section: Section) {
            visit(section.blocks)
            section.subsections.forEach(visitSection)
        }
        sections.forEach(visitSection)
        return fields
    }

    /// Sections at every depth, depth first, in document order.
    public var allSections: [Section] {
        func flatten(_ section: Section) -> [Section] { [section] + section.subsections.flatMap(flatten) }
        return sections.flatMap(flatten)
    }
}
