/// The names of the packs built into the binary.
public enum BuiltinPackCatalog {
    public static var names: [String] { BuiltinPacks.files.keys.sorted() }

    /// The whole packs (files with a `pack:` key, not fragments they include), as a user
    /// types them: without the `.yml` extension.
    public static var displayNames: [String] {
        names.filter { name in
            BuiltinPacks.files[name]?.split(separator: "\n").contains { $0.hasPrefix("pack:") } ?? false
        }.map { $0.hasSuffix(".yml") ? String($0.dropLast(4)) : $0 }
    }
}
