/// Reads `taxonomy:`: a mapping of enum names to lists of values, each value a string or
/// a mapping `{ value: Stand Mixer, slug: mixer, aliases: [Mixer], part-of: Appliances,
/// related: [Hand Mixer] }`. Every `part-of` and `related` value must be a value of the
/// same enum, reported at its own node.
enum TaxonomyLoader {
    static func load(_ node: YAMLNode) throws(YAMLError) -> [String: TaxonomyEnum] {
        var enums: [String: TaxonomyEnum] = [:]
        for pair in try node.mapping() {
            let name = try pair.key.string()
            enums[name] = try loadEnum(name: name, pair.value.sequence())
        }
        return enums
    }

    /// One enum's values, each checked against the spellings before it (`existing` first:
    /// values a project adds to a pack's enum must not repeat the pack's).
    static func loadEnum(name: String, _ items: [YAMLNode], existing: [TaxonomyValue] = []) throws(YAMLError) -> TaxonomyEnum {
        var values = existing
        var seen: [String: YAMLNode?] = [:]
        for value in existing {
            for spelling in value.spellings { seen[TitleKey(spelling).value] = .some(nil) }
        }
        var relationNodes: [YAMLNode] = []
        for item in items {
            let value: TaxonomyValue
            if item.scalar != nil {
                value = TaxonomyValue(canonical: try item.string())
            } else {
                var reader = try YAMLMappingReader(item, context: "taxonomy value")
                let canonical = try reader.required("value").string()
                let aliases = try reader.optional("aliases")?.stringList() ?? []
                let slug = try reader.optional("slug")?.string()
                let partOf = reader.optional("part-of")
                let related = reader.optional("related")
                relationNodes += [partOf, related].compactMap { $0 }
                try reader.finish()
                value = TaxonomyValue(
                    canonical: canonical, aliases: aliases, slug: slug,
                    partOf: try partOf?.stringList() ?? [], related: try related?.stringList() ?? [])
            }
            for spelling in value.spellings {
                let key = TitleKey(spelling).value
                if let first = seen[key] {
                    throw YAMLError(
                        at: item, "'\(spelling)' appears twice in taxonomy '\(name)'",
                        note: first.flatMap { $0 }.map { "first at \($0.path):\($0.range.start)" } ?? "the pack already defines it")
                }
                seen[key] = item
            }
            values.append(value)
        }
        let loaded = TaxonomyEnum(name: name, values: values)
        for node in relationNodes {
            for item in node.scalar != nil ? [node] : try node.sequence() {
                let target = try item.string()
                guard let known = loaded.value(matching: target) else {
                    let suggestion = closestMatch(to: target, in: loaded.canonicalValues)
                    throw YAMLError(
                        at: item, "'\(target)' is not a value of taxonomy '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                        note: "part-of and related name values of the same taxonomy")
                }
                guard known.canonical == target else {
                    throw YAMLError(at: item, "'\(target)' is an alias; name the value '\(known.canonical)'")
                }
            }
        }
        return loaded
    }
}
