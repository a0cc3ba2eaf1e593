/// What `formcheck derive` keeps of one exemplary page: its top-level sections in order,
/// its fields (where each sits), the first list of each section, and the links of each.
public struct PageShape: Sendable {
    public struct FieldEntry: Sendable {
        public var key: String
        public var value: String
        /// The parts of a comma-separated value.
        public var parts: [String]
        /// The top-level section the field sits in; nil: front matter or before any section.
        public var section: String?
    }

    public struct ListShape: Sendable {
        public var ordered: Bool
        public var items: Int
    }

    public var sections: [String]
    public var fields: [FieldEntry]
    /// The first list of each top-level section (by title), when it has one.
    public var lists: [String: ListShape]
    /// The destinations of the links of each top-level section.
    public var links: [String: [String]]

    public init(_ document: ContentDocument) {
        sections = document.sections.map(\.title)
        var fields: [FieldEntry] = (document.frontMatter?.fields ?? []).map {
            FieldEntry(key: $0.key, value: $0.value, parts: $0.values.map(\.text), section: nil)
        }
        fields += document.listFields.map {
            FieldEntry(key: $0.key, value: $0.value, parts: $0.values.map(\.text), section: $0.sectionPath.first)
        }
        self.fields = fields
        var lists: [String: ListShape] = [:]
        for section in document.sections {
            // A list of `**Key:** Value` fields is no content list.
            if let list = section.lists.first(where: { $0.items.contains { $0.field == nil } }), lists[section.title] == nil {
                lists[section.title] = ListShape(ordered: list.ordered, items: list.items.count)
            }
        }
        self.lists = lists
        var links: [String: [String]] = [:]
        for link in document.links {
            guard let section = link.sectionPath.first else { continue }
            links[section, default: []].append(link.destination)
        }
        self.links = links
    }
}
