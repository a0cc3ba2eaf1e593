/// A project's change to one taxonomy of its packs (`.formcheck.yml` `taxonomy:`), applied
/// when the packs load, before their rules compile, so every rule sees the same values:
///
/// ```yaml
/// taxonomy:
///   cookware:
///     add: [Wok, { value: Dutch Oven, aliases: [Cocotte] }]
///   course:
///     replace: [Starter, Main, Dessert]
/// ```
///
/// Values are written as in a pack (`value`, `aliases`, `slug`, `part-of`, `related`).
public struct TaxonomyPatch: Sendable {
    /// The taxonomy's name, as written (errors point at it).
    public var name: YAMLNode
    /// Values added after the pack's own.
    public var add: [YAMLNode]
    /// Values that replace the pack's, when given.
    public var replace: [YAMLNode]?

    public static let keys: [SchemaKey] = [
        SchemaKey("add", .sequence, "values added to the pack's (a string or { value, aliases, slug, part-of, related })"),
        SchemaKey("replace", .sequence, "values that replace the pack's"),
    ]

    /// Reads `taxonomy:` of a config: name → `{ add, replace }`.
    public static func load(_ node: YAMLNode) throws(YAMLError) -> [TaxonomyPatch] {
        var patches: [TaxonomyPatch] = []
        for pair in try node.mapping() {
            var reader = try YAMLMappingReader(pair.value, context: "taxonomy change")
            let add = try reader.optional("add")?.sequence() ?? []
            let replace = try reader.optional("replace")?.sequence()
            try reader.finish()
            if add.isEmpty, replace == nil { throw YAMLError(at: pair.value, "a taxonomy change needs 'add:' or 'replace:'") }
            patches.append(TaxonomyPatch(name: pair.key, add: add, replace: replace))
        }
        return patches
    }

    /// The enum changed: its values replaced (when `replace` is given), then `add` appended,
    /// every value validated as a pack's would be.
    func apply(to taxonomyEnum: TaxonomyEnum) throws(YAMLError) -> TaxonomyEnum {
        var result = taxonomyEnum
        if let replace { result = try TaxonomyLoader.loadEnum(name: taxonomyEnum.name, replace) }
        if !add.isEmpty { result = try TaxonomyLoader.loadEnum(name: taxonomyEnum.name, add, existing: result.values) }
        return result
    }
}

extension Taxonomy {
    /// The taxonomy with a project's patches applied; a patch naming no taxonomy of the
    /// packs is an error at its name.
    func applying(_ patches: [TaxonomyPatch]) -> (Taxonomy, [YAMLError]) {
        var result = self
        var errors: [YAMLError] = []
        for patch in patches {
            guard let name = patch.name.scalar?.value, let found = result.enums[name] else {
                let written = patch.name.scalar?.value ?? ""
                let names = result.enums.keys.sorted()
                let suggestion = closestMatch(to: written, in: names).map { "; did you mean '\($0)'?" } ?? ""
                errors.append(YAMLError(at: patch.name, "no taxonomy '\(written)' in the packs\(suggestion)", note: "taxonomies: " + names.joined(separator: ", ")))
                continue
            }
            do { result.enums[name] = try patch.apply(to: found) } catch { errors.append(error) }
        }
        return (result, errors)
    }
}
