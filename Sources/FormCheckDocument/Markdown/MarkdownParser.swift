internal import CCmarkGFM

/// Parses Markdown bytes into a `ContentDocument` with cmark-gfm (tables, strikethrough,
/// autolinks, source positions). The C tree lives only inside `parse`.
public enum MarkdownParser {
    private static let extensionNames = ["table", "strikethrough", "autolink"]

    /// Registers cmark-gfm's extensions once per process (the registry is global).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public static func parse(_ file: SourceFile) -> ContentDocument {
        var problems = ByteValidator.problems(in: file)
        let frontMatter = FrontMatterSplitter.split(file)
        let input = cmarkInput(for: file, blanking: frontMatter?.whole, hasInvalidUTF8: problems.contains { $0.kind == .invalidUTF8 })
        let built: ContentDocument? = withTree(of: input) { root in
            var builder = DocumentBuilder(file: file)
            builder.build(from: root)
            return builder.document
        }
        guard var document = built else { return ContentDocument(source: file) }
        if let frontMatter {
            let (value, frontMatterProblems) = FrontMatterReader.read(frontMatter, in: file)
            document.frontMatter = value
            problems += frontMatterProblems
        }
        document.problems = problems + document.problems
        return document
    }

    /// Parses `input` with cmark-gfm and hands the tree's root to `body`; the tree is
    /// freed when `body` returns, so no node may outlive it. Nil when cmark-gfm fails.
    static func withTree<Result>(of input: [UInt8], _ body: (CmarkNode) -> Result) -> Result? {
        _ = registered
        guard let parser = cmark_parser_new(formcheck_cmark_opt_sourcepos) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(root) }
        return body(CmarkNode(pointer: root))
    }

    /// The bytes cmark-gfm sees: the file's, with front matter blanked to spaces, NUL
    /// bytes made spaces and invalid UTF-8 bytes made U+001A, so every line and column
    /// stays where it is in the file.
    static func cmarkInput(for file: SourceFile, blanking frontMatter: Range<Int>?, hasInvalidUTF8: Bool) -> [UInt8] {
        guard frontMatter != nil || hasInvalidUTF8 || ByteValidator.containsNUL(file.bytes) else { return file.bytes }
        var bytes = file.bytes
        if hasInvalidUTF8 { ByteValidator.replaceInvalidBytes(&bytes, from: file.bomLength) }
        if let frontMatter {
            for index in frontMatter where bytes[index] != 0x0A && bytes[index] != 0x0D { bytes[index] = 0x20 }
        }
        for index in bytes.indices where bytes[index] == 0 { bytes[index] = 0x20 }
        return bytes
    }
}
