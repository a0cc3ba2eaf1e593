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

    func read() -> SourceFile? {
        switch self {
        case .file(let path):
            return try? SourceFileLoader.load(path)
        case .builtin(let name):
            return BuiltinPacks.files[name].map { SourceFile(path: self.path, text: $0) }
        }
    }
}
