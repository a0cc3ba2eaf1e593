import Foundation

extension ProjectConfig {
    /// One kind of page of the project (`types:`): the globs its pages match and the packs
    /// that lint them. A page's type is the first whose globs match it; a page that matches
    /// no type is skipped.
    ///
    /// ```yaml
    /// types:
    ///   - name: article
    ///     files: ["articles/*.md"]
    ///     extends: [article]
    /// ```
    public struct PageType: Sendable {
        public var name: String
        /// Globs relative to the config file's folder.
        public var files: [Glob]
        /// The packs of the type; empty: the config's top-level `extends`, else the built-in pack.
        public var extends: [PackSource]
        /// The type's entry in the config file, for errors.
        public var range: SourceRange
    }

    /// The keys of one `types:` entry, for `formcheck rules schema config`.
    public static let typeKeys: [SchemaKey] = [
        SchemaKey("name", .string, "the type's name, shown in the report and in messages"),
        SchemaKey("files", .strings, "globs, relative to this file, of the type's pages; the first type that matches a page is its type"),
        SchemaKey("extends", .strings, "the packs of the type (default: the top-level extends)"),
    ]

    /// `types:`: a sequence of `{ name, files, extends }`, names unique.
    static func pageTypes(_ node: YAMLNode, relativeTo directory: String) throws(YAMLError) -> [PageType] {
        var types: [PageType] = []
        for item in try node.sequence() {
            var reader = try YAMLMappingReader(item, context: "page type")
            let nameNode = try reader.required("name")
            let name = try nameNode.string()
            guard !name.trimmingWhitespace.isEmpty else { throw YAMLError(at: nameNode, "a page type needs a non-empty name") }
            if let first = types.first(where: { $0.name == name }) {
                throw YAMLError(at: nameNode, "duplicate page type '\(name)'", note: "first defined at \(item.path):\(first.range.start)")
            }
            let filesNode = try reader.required("files")
            let files = try list(filesNode)
            guard !files.isEmpty else { throw YAMLError(at: filesNode, "page type '\(name)' needs at least one glob in 'files'") }
            let extends = try reader.optional("extends").map { node throws(YAMLError) in try packReferences(node, relativeTo: directory) } ?? []
            try reader.finish()
            types.append(PageType(name: name, files: files.map(Glob.init), extends: extends, range: nameNode.range))
        }
        return types
    }

    /// The position in `types` of a file's type: the first whose globs match it; nil when
    /// the config declares types and none matches, 0… otherwise. Without `types:` every file
    /// has the single implicit type, nil being never returned.
    public func typeIndex(of file: String) -> Int? {
        guard !types.isEmpty else { return 0 }
        let relative = relativePath(file)
        return types.firstIndex { $0.files.contains { $0.matches(relative) } }
    }
}
