import Foundation

/// Turns the paths a user gave into the Markdown files to lint.
public struct FileCollector: Sendable {
    public var extensions: Set<String>
    /// Directory names never descended into, besides hidden ones.
    public var skippedDirectories: Set<String>

    public init(extensions: Set<String> = ["md", "markdown"], skippedDirectories: Set<String> = ["node_modules", ".build"]) {
        self.extensions = extensions
        self.skippedDirectories = skippedDirectories
    }

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case notFound(String)
        case brokenLink(String)

        public var description: String {
            switch self {
            case .notFound(let path): "\(path): no such file or directory"
            case .brokenLink(let path): "\(path): symbolic link to a missing file, or a loop of links"
            }
        }
    }

    /// Files named directly are taken whatever their extension; directories are walked,
    /// skipping hidden entries and anything but directories and regular files. The result
    /// is sorted and free of duplicates.
    public func collect(_ paths: [String]) throws(Failure) -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        for path in paths {
            let kind = FileKind(path: path)
            if kind == .missing { throw .notFound(path) }
            if kind == .brokenLink { throw .brokenLink(path) }
            // A FIFO or device named directly is kept: reading it reports what it is.
            let found = kind == .directory ? walk(path) : [path]
            for file in found where seen.insert(file).inserted { files.append(file) }
        }
        return files
    }

    private func walk(_ directory: String) -> [String] {
        var files: [String] = []
        var visited = Set<String>()
        func visit(_ path: String) {
            // Absolute, so that `tree` and `tree/again` (a link back to it) are one directory.
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard visited.insert(resolved).inserted,
                  let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for entry in entries.sorted() where !entry.hasPrefix(".") && !skippedDirectories.contains(entry) {
                let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
                // Broken links, FIFOs, sockets and devices are skipped: reading one could block.
                switch FileKind(path: child) {
                case .directory:
                    visit(child)
                case .regular where extensions.contains((entry as NSString).pathExtension.lowercased()):
                    files.append(child)
                default:
                    continue
                }
            }
        }
        visit(directory)
        return files
    }
}
