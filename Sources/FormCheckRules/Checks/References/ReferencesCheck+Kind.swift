extension ReferencesCheck: ExplainableCheck {
    public var explanation: [String] {
        var lines: [String] = ["reads: " + (section.map { "section '\($0)'" } ?? "the whole page")]
        if !entries.isEmpty { lines.append("list entries: " + entries.map { "\"\($0.template.source)\"" }.joined(separator: " or ")) }
        if !headings.isEmpty { lines.append("headings: " + headings.map { "\"\($0.template.source)\"" }.joined(separator: " or ")) }
        if !sentences.isEmpty { lines.append("sentences: " + sentences.map { "\"\($0.template.source)\"" }.joined(separator: " or ")) }
        if let breakdown { lines.append("breakdown: \"\(breakdown.template.source)\" separated by '\(separator)'") }
        if let table { lines.append("tables: pages named by the \(table == .header ? "header row" : "first column")") }
        for attribute in attributes {
            lines.append("  \(attribute.label) → field \(attribute.field)" + (attribute.taxonomy.map { " (taxonomy \($0))" } ?? "") + (attribute.multiple ? ", a list" : ""))
        }
        lines.append("names resolve to the title of a page" + (targetType.map { " of type '\($0)'" } ?? "") + " in the catalog pass")
        if catalogCounts { lines.append("counts with values are also compared with the number of such pages") }
        return lines
    }
}

extension ReferencesCheck {
    static let kind = CheckKind(
        name: "references",
        summary: "pages named by title with values that must agree with those pages' fields, and counts that must agree with what is listed",
        keys: [
            SchemaKey("entries", .strings, "templates of list entries: {{name}} and attribute slots, e.g. \"**{{name}}** — {{Level}}\"; the first that matches"),
            SchemaKey("headings", .strings, "templates of headings, e.g. \"{{Kind}} ({{count}} items)\": the count of the entries under the heading, the values of every entry under it"),
            SchemaKey("sentences", .strings, "templates found in sentences, e.g. \"{{count}} items for your {{Part}}\" or \"{{name}} is the easier one\""),
            SchemaKey("breakdown", .mapping, "{ part: \"{{count}} {{Level}}\", separator: \"|\" }: a count of listed entries per value"),
            SchemaKey("table", .oneOf(TableNames.allCases.map(\.rawValue)), "read tables: pages named by the header row (attributes in the first column) or by the first column"),
            SchemaKey("attributes", .mapping, "label → field, or { field, taxonomy, multiple, none }: what a slot or table label is compared with"),
            SchemaKey("type", .string, "the page type (types: in .formcheck.yml) names resolve to; default: any page"),
            SchemaKey("catalog-counts", .boolean, "also compare counts with values with the number of pages of the catalog with those values"),
        ]
    ) { (reader, context) throws(YAMLError) in
        var attributes: [ReferenceAttribute] = []
        if let node = reader.optional("attributes") {
            for pair in try node.mapping() {
                attributes.append(try attribute(label: try pair.key.string(), pair.value, context: context))
            }
        }
        func spellings(_ label: String) -> [String]? {
            guard let name = attributes.first(where: { TitleKey($0.label) == TitleKey(label) })?.taxonomy,
                  let enumeration = context.taxonomy[name] else { return nil }
            return enumeration.values.flatMap(\.spellings)
        }
        func templates(_ key: String, wholeText: Bool, restricted: Bool = false, needs: SlotTemplate.Slot? = nil) throws(YAMLError) -> [SlotTemplate] {
            guard let node = reader.optional(key) else { return [] }
            var result: [SlotTemplate] = []
            for item in try node.sequenceOrScalar() {
                let template = try slotTemplate(item, attributes: attributes, wholeText: wholeText, restricted: restricted, spellings: spellings)
                if let needs, !template.has(needs) {
                    throw YAMLError(at: item, "a template in '\(key)' needs a '{{\(needs == .name ? "name" : "count")}}' slot")
                }
                result.append(template)
            }
            return result
        }
        let entries = try templates("entries", wholeText: true, needs: .name)
        let headings = try templates("headings", wholeText: true, restricted: true)
        let sentences = try templates("sentences", wholeText: false)
        var breakdown: SlotTemplate?
        var separator = "|"
        if let node = reader.optional("breakdown") {
            var inner = try YAMLMappingReader(node, context: "breakdown")
            let partNode = try inner.required("part")
            let part = try slotTemplate(partNode, attributes: attributes, wholeText: true, restricted: true, spellings: spellings)
            guard part.has(.count), part.slots.count == 2, !part.has(.name) else {
                throw YAMLError(at: partNode, "a breakdown part needs a '{{count}}' slot and one attribute slot")
            }
            if let node = inner.optional("separator") {
                separator = try node.string()
                guard !separator.isEmpty else { throw YAMLError(at: node, "the breakdown separator cannot be empty") }
            }
            try inner.finish()
            breakdown = part
        }
        var table: TableNames?
        if let node = reader.optional("table") {
            let text = try node.string()
            guard let value = TableNames(rawValue: text) else {
                throw YAMLError(at: node, "unknown table reading '\(text)'; expected header or first-column")
            }
            table = value
        }
        if entries.isEmpty, headings.isEmpty, sentences.isEmpty, breakdown == nil, table == nil {
            throw YAMLError(
                path: reader.node.path, range: SourceRange(at: reader.node.range.start),
                message: "a 'references' rule needs at least one of entries, headings, sentences, breakdown or table")
        }
        return ReferencesCheck(
            ruleID: context.ruleID, section: context.section, entries: entries, headings: headings, sentences: sentences,
            breakdown: breakdown, separator: separator, table: table, attributes: attributes,
            targetType: try reader.optional("type")?.string(), catalogCounts: try reader.optional("catalog-counts")?.bool() ?? false)
    }

    /// `label: Field` or `label: { field, taxonomy, multiple, none }`.
    private static func attribute(label: String, _ node: YAMLNode, context: CheckFactoryContext) throws(YAMLError) -> ReferenceAttribute {
        if node.scalar != nil {
            return ReferenceAttribute(label: label, field: try context.fieldName(node), taxonomy: nil, multiple: false, none: nil)
        }
        var reader = try YAMLMappingReader(node, context: "attribute")
        let field = try reader.optional("field").map { node throws(YAMLError) in try context.fieldName(node) } ?? label
        let taxonomy = try reader.optional("taxonomy").map { node throws(YAMLError) in try context.taxonomyEnum(node).name }
        let multiple = try reader.optional("multiple")?.bool() ?? false
        let none = try reader.optional("none")?.string()
        try reader.finish()
        return ReferenceAttribute(label: label, field: field, taxonomy: taxonomy, multiple: multiple, none: none)
    }

    /// A template whose slots are `name`, `count` or a declared attribute.
    private static func slotTemplate(
        _ node: YAMLNode, attributes: [ReferenceAttribute], wholeText: Bool, restricted: Bool = false, spellings: (String) -> [String]?
    ) throws(YAMLError) -> SlotTemplate {
        let template: Template
        do {
            template = try Template(try node.string())
        } catch {
            throw YAMLError(at: node, "invalid template: \(error)")
        }
        let known = ["name", "count"] + attributes.map(\.label)
        for name in template.names where !known.contains(where: { TitleKey($0) == TitleKey(name) }) {
            let suggestion = closestMatch(to: name, in: known)
            throw YAMLError(
                at: node, "template names unknown attribute '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                note: "slots: name, count, or a label of 'attributes': " + attributes.map(\.label).joined(separator: ", "))
        }
        return SlotTemplate(template, wholeText: wholeText, restricted: restricted, spellings: spellings)
    }
}
