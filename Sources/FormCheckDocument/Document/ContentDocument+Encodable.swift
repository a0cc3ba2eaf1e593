// The JSON shape of `formcheck dump`: what FormCheck sees in a page.


extension Paragraph: Encodable {
    enum CodingKeys: String, CodingKey { case text, range, sentences }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(range, forKey: .range)
        try container.encode(sentences, forKey: .sentences)
    }
}

extension ListItem: Encodable {
    enum CodingKeys: String, CodingKey { case number, markerRange, range, text, field, blocks }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encode(markerRange, forKey: .markerRange)
        try container.encode(range, forKey: .range)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(field, forKey: .field)
        if blocks.count > 1 { try container.encode(Array(blocks.dropFirst()), forKey: .blocks) }
    }
}

extension Block: Encodable {
    enum CodingKeys: String, CodingKey { case type, value, range }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let paragraph):
            try container.encode("paragraph", forKey: .type)
            try container.encode(paragraph, forKey: .value)
        case .list(let list):
            try container.encode("list", forKey: .type)
            try container.encode(list, forKey: .value)
        case .thematicBreak(let range):
            try container.encode("thematicBreak", forKey: .type)
            try container.encode(range, forKey: .range)
        case .code(let code):
            try container.encode("code", forKey: .type)
            try container.encode(code, forKey: .value)
        case .quote(let quote):
            try container.encode("quote", forKey: .type)
            try container.encode(quote, forKey: .value)
        case .table(let table):
            try container.encode("table", forKey: .type)
            try container.encode(table, forKey: .value)
        case .html(let range):
            try container.encode("html", forKey: .type)
            try container.encode(range, forKey: .range)
        }
    }
}


extension ContentDocument: Encodable {
    enum CodingKeys: String, CodingKey {
        case path, title, frontMatter, titles, preamble, sections, fields, links, comments, problems
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(title?.text, forKey: .title)
        try container.encodeIfPresent(frontMatter, forKey: .frontMatter)
        try container.encode(titles, forKey: .titles)
        try container.encode(preamble, forKey: .preamble)
        try container.encode(sections, forKey: .sections)
        try container.encode(listFields, forKey: .fields)
        try container.encode(links, forKey: .links)
        try container.encode(comments, forKey: .comments)
        try container.encode(problems, forKey: .problems)
    }
}
