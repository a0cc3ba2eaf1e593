/// What the catalog report needs to know of one page, collected while the page is linted
/// so the parsed document can be dropped: its title, which required sections and fields it
/// has, and the values of its grouping fields.
public struct PageFacts: Sendable, Hashable, Codable {
    public var path: String
    public var title: String?
    /// The required sections (as the pack spells them) the page has at the top level.
    public var sections: Set<String>
    /// The required fields (as the pack spells them) the page has with a value.
    public var fields: Set<String>
    /// The value of each grouping field the page sets, by the pack's spelling of the field.
    public var groups: [String: String]
    /// Every field's values (`FieldValueReader`), for the report's vocabulary section.
    public var fieldValues: [FieldValues] = []

    public init(path: String, title: String? = nil, sections: Set<String> = [], fields: Set<String> = [], groups: [String: String] = [:]) {
        self.path = path
        self.title = title
        self.sections = sections
        self.fields = fields
        self.groups = groups
    }

    public init(context: CheckContext, requirements: ReportRequirements) {
        let topLevel = Set(context.document.sections.map { TitleKey($0.title) })
        var groups: [String: String] = [:]
        for name in requirements.groupBy {
            if let field = context.field(name), !field.value.isEmpty { groups[name] = field.value }
        }
        self.init(
            path: context.document.path, title: context.document.title?.text,
            sections: Set(requirements.sections.filter { topLevel.contains(TitleKey($0)) }),
            fields: Set(requirements.fields.filter { context.field($0).map { !$0.value.isEmpty } ?? false }),
            groups: groups)
    }
}
