/// Reads `taxonomy:`: a mapping of enum names to lists of values, each value a string or
/// a mapping `{ value: Stand Mixer, slug: mixer, aliases: [Mixer] }`.
enum TaxonomyLoader {
    static func load(_ node: YAMLNode) throws(YAMLError) -> [String: TaxonomyEnum] {
        var enums: [String: TaxonomyEnum] = [:]
        for pair in try node.mapping() {
            let name = try pair.key.string()
            var values: [TaxonomyValue] = []
            var seen: [String: YAMLNode] = [:]
            for item in try pair.value.sequence() {
                let value: TaxonomyValue
                if item.scalar != nil {
                    value = TaxonomyValue(canonical: try item.string())
                } else {
                    var reader = try YAMLMappingReader(item, context: "taxonomy value")
                    let canonical = try reader.required("value").string()
                    let aliases = try reader.optional("aliases")?.stringList() ?? []
                    let slug = try reader.optional("slug")?.string()
                    try reader.finish()
                    value = TaxonomyValue(canonical: canonical, aliases: aliases, slug: slug)
                }
                for spelling in [value.canonical] + value.aliases {
                    let key = TitleKey(spelling).value
                    if let first = seen[key] {
                        throw YAMLError(at: item, "'\(spelling)' appears twice in taxonomy '\(name)'", note: "first at \(first.path):\(first.range.start)")
                    }
                    seen[key] = item
                }
                values.append(value)
            }
            enums[name] = TaxonomyEnum(name: name, values: values)
        }
        return enums
    }
}
