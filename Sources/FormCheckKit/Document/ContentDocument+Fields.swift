extension ContentDocument {
    /// Every field of the page: front matter first, then `**Key:** Value` list items in order.
    public var allFields: [Field] {
        var fields = frontMatter?.fields ?? []
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
