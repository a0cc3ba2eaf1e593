// What the page cache and shard results store of a page's links. A link is written as one
// compact array, `[destination, [section path], start line, column, offset, end line,
// column, offset]`: a page's links are most of a cache record.

extension PageLinks: Codable {
    enum CodingKeys: String, CodingKey { case path, links, anchors, lines }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decode(String.self, forKey: .path),
            links: try container.decode([PageLink].self, forKey: .links),
            anchors: try container.decode(PageAnchors.self, forKey: .anchors),
            lines: try container.decodeIfPresent([Int: String].self, forKey: .lines) ?? [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(links, forKey: .links)
        try container.encode(anchors, forKey: .anchors)
        if !lines.isEmpty { try container.encode(lines, forKey: .lines) }
    }

    /// The same page with its strings shared through `interner` (as collected pages are).
    public func interned(_ interner: LinkInterner) -> PageLinks {
        PageLinks(
            path: path,
            links: links.map { PageLink(destination: interner.strings.intern($0.destination), range: $0.range,
                                        sectionPath: interner.sectionPaths.intern($0.sectionPath)) },
            anchors: PageAnchors(anchors.sorted, interner: interner.strings), lines: lines)
    }
}

extension PageLink: Codable {
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let destination = try container.decode(String.self)
        let sectionPath = try container.decode([String].self)
        var numbers: [Int] = []
        for _ in 0..<6 {
            let number = try container.decode(Int.self)
            guard number >= 0, number <= Int(UInt32.max) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "position out of range")
            }
            numbers.append(number)
        }
        self.init(
            destination: destination,
            range: SourceRange(
                start: SourceLocation(line: numbers[0], column: numbers[1], offset: numbers[2]),
                end: SourceLocation(line: numbers[3], column: numbers[4], offset: numbers[5])),
            sectionPath: sectionPath)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(destination)
        try container.encode(sectionPath)
        let range = range
        for number in [range.start.line, range.start.column, range.start.offset, range.end.line, range.end.column, range.end.offset] {
            try container.encode(number)
        }
    }
}

extension PageAnchors: Codable {
    /// Sorted and deduplicated again when read: a stored list is never trusted to be.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sorted)
    }
}
