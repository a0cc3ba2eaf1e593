/// The names of the packs built into the binary.
public enum BuiltinPackCatalog {
    public static var names: [String] { BuiltinPacks.files.keys.sorted() }
}
