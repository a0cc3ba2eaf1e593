import Foundation

/// Where a pack file comes from: the file system, or the packs built into the binary.
public enum PackSource: Sendable, Hashable {
    case file(String)
    case builtin(String)

    /// The display path used in messages: the file path, or `builtin:NAME`.
    public var path: String {
        switch self {
        case .file(let path): path
        case .builtin(let name): "builtin:\(name)"
        }
    }

    /// A path given relative to this file (for `include:`).
    func resolving(_ relative: String) -> PackSource {
        switch self {
        case .file(let path):
            if relative.hasPrefix("/") { return .file(relative) }
            let directory = (path as NSString).deletingLastPathComponent
            return .file(((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(relative))
        case .builtin:
            return .builtin((relative as NSString).lastPathComponent)
        }
    }

    /// A key that is the same for two spellings of one file, for cycle detection.
    var identity: String {
        switch self {
        case .file(let path): LexicalPath.normalized(path)
        case .builtin(let name): "builtin:" + name
        }
    }

    /// Why this pack cannot be read: an unknown built-in name, a directory, or an unreadable file.
    public var unreadableReason: String {
        let builtins = "built-in packs: " + BuiltinPackCatalog.displayNames.joined(separator: ", ")
        switch self {
        case .builtin(let name):
            let bare = name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
            return "unknown built-in rule pack '\(bare)'; \(builtins)"
        case .file(let path):
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return "'\(path)' is a directory, not a rule pack; name a pack file (.yml) or a built-in pack (\(builtins))"
            }
            return "cannot read rule pack '\(path)'"
        }
    }

    /// An unknown built-in name or a directory: no file could ever make it a pack.
    public var isNeverAPack: Bool {
        switch self {
        case .builtin(let name): return BuiltinPacks.files[name] == nil
        case .file(let path):
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    func read() -> SourceFile? {
        switch self {
        case .file(let path):
            return try? SourceFileLoader.load(path)
        case .builtin(let name):
            return BuiltinPacks.files[name].map { SourceFile(path: self.path, text: $0) }
        }
    }
}
