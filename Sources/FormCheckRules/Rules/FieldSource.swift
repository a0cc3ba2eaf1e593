/// Where a pack reads a page's fields: front matter, and `**Key:** Value` items of one
/// section (or of the whole page when no section is named).
public struct FieldSource: Sendable {
    public var section: String?
    public var frontMatter: Bool
    /// Field names the pack declares; empty when it declares none.
    public var names: [String]

    public init(section: String? = nil, frontMatter: Bool = true, names: [String] = []) {
        self.section = section
        self.frontMatter = frontMatter
        self.names = names
    }

    public func fields(of document: ContentDocument) -> [Field] {
        var fields = frontMatter ? document.frontMatter?.fields ?? [] : []
        let listed = document.listFields
        if let section {
            let key = TitleKey(section)
            fields += listed.filter { field in field.sectionPath.contains { TitleKey($0) == key } }
        } else {
            fields += listed
        }
        return fields
    }
}
