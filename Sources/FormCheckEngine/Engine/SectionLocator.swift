/// Finds the titles of the sections enclosing a location.
struct SectionLocator {
    private let sections: [Section]

    init(document: ContentDocument) {
        sections = document.sections
    }

    /// Siblings are in source order and do not overlap, so each level is a binary
    /// search: a page with thousands of sections and findings was quadratic with a scan.
    func path(at location: SourceLocation) -> [String] {
        var path: [String] = []
        var level = sections
        while let index = Self.enclosing(location.offset, in: level) {
            path.append(level[index].title)
            level = level[index].subsections
        }
        return path
    }

    /// The first section whose range (end included) holds `offset`, as a linear scan
    /// would find it: the first one ending at or after `offset`, if it starts before it.
    private static func enclosing(_ offset: Int, in level: [Section]) -> Int? {
        var low = 0, high = level.count
        while low < high {
            let middle = (low + high) / 2
            if level[middle].range.end.offset < offset { low = middle + 1 } else { high = middle }
        }
        guard low < level.count, level[low].range.start.offset <= offset else { return nil }
        return low
    }
}
