/// No two pages of the catalog share a value: the title, a field, or a rendered template
/// (such as the page's slug).
///
/// ```yaml
/// - id: unique-title
///   check: unique
///   of: title                      # or  field: Cuisine  or  template: "{{title | slug}}"
/// ```
///
/// Titles and fields compare with case and spacing forgiven; a rendered template compares
/// exactly. Each page of a group that shares a value gets a finding naming the others.
public struct UniqueCheck: CatalogCheck {
    public enum Value: Sendable, Hashable {
        case title
        case field(String)
        case template(Template)
    }

    public var value: Value

    public func entries(of context: CheckContext, templates: PackTemplates) -> [CatalogEntry] {
        switch value {
        case .title:
            guard let title = context.document.title, !title.text.isEmpty else { return [] }
            return [CatalogEntry(text: title.text, range: title.textRange, in: context.file)]
        case .field(let name):
            guard let field = context.field(name), !field.value.isEmpty else { return [] }
            return [CatalogEntry(text: field.value, range: field.valueRange, in: context.file, sectionPath: field.sectionPath)]
        case .template(let template):
            guard let text = template.render(context.templateValues), !text.isEmpty else { return [] }
            return [CatalogEntry(text: text, range: context.pageAnchor, in: context.file)]
        }
    }

    /// The key pages are grouped by.
    func key(_ text: String) -> String {
        if case .template = value { return text }
        return TitleKey(text).value
    }

    var label: String {
        switch value {
        case .title: "title"
        case .field(let name): name
        case .template(let template): "'\(template.source)'"
        }
    }

    public func findings(across pages: [CatalogInput]) -> [CatalogFinding] {
        var groups: [String: [(path: String, entry: CatalogEntry)]] = [:]
        var order: [String] = []
        for page in pages {
            for entry in page.entries {
                let key = key(entry.text)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append((page.path, entry))
            }
        }
        return CatalogGroups.findings(
            order.compactMap { groups[$0] },
            message: { entry, others in Message.shared(label, value: entry.text, others: others) },
            related: { _ in "the same \(label) here" })
    }
}

extension UniqueCheck {
    enum Message {
        static func shared(_ label: String, value: String, others: Int) -> String {
            "\(label) \"\(value)\" is also used by \(others) other page\(others == 1 ? "" : "s")"
        }
    }
}

extension UniqueCheck {
    static let kind = CheckKind(
        name: "unique",
        summary: "(catalog) no two pages share the title, a field's value or a rendered template",
        keys: [
            SchemaKey("of", .oneOf(["title"]), "compare the pages' titles"),
            SchemaKey("field", .string, "compare this field's value"),
            SchemaKey("template", .string, "compare this template rendered for each page, e.g. '{{title | slug}}'"),
        ]
    ) { (reader, context) throws(YAMLError) in
        var values: [Value] = []
        if let node = reader.optional("of") {
            guard try node.string() == "title" else { throw YAMLError(at: node, "'of' must be 'title'; use 'field:' or 'template:' for other values") }
            values.append(.title)
        }
        if let node = reader.optional("field") { values.append(.field(try context.fieldName(node))) }
        if let node = reader.optional("template") { values.append(.template(try context.template(node))) }
        guard values.count == 1 else {
            throw YAMLError(
                path: reader.node.path, range: SourceRange(at: reader.node.range.start),
                message: "rule '\(context.ruleID)' needs exactly one of 'of: title', 'field:' or 'template:'")
        }
        return UniqueCheck(value: values[0])
    }
}
