/// Finds the titles of the sections enclosing a location.
struct SectionLocator {
    private let sections: [Section]

    init(document: ContentDocument) {
        sections = document.sections
    }

    func path(at location: SourceLocation) -> [String] {
        var path: [String] = []
        var level = sections
        while let section = level.first(where: { $0.range.start.offset <= location.offset && location.offset <= $0.range.end.offset }) {
            path.append(section.title)
            level = section.subsections
        }
        return path
    }
}
