/// A Markdown page parsed into plain values with exact source ranges.
///
/// Built once per file by `MarkdownParser`; checks read it and never re-parse.
public struct ContentDocument: Sendable {
    public let source: SourceFile
    /// The YAML between `---` lines at the top of the file, if any.
    public var frontMatter: FrontMatter?
    /// Every level-1 heading, in order; the first one is the title.
    public var titles: [Heading]
    /// Blocks before the first level-2 heading (the title excluded).
    public var preamble: [Block]
    /// Level-2 sections in document order, each with its level-3 subsections.
    public var sections: [Section]
    /// Every link of the page in document order.
    public var links: [Link]
    /// Every HTML comment, in block or inline HTML, in document order.
    public var comments: [HTMLComment]
    /// Problems found in the bytes themselves (invalid UTF-8, NUL bytes).
    public var problems: [DocumentProblem]

    public var path: String { source.path }
    public var title: Heading? { titles.first }

    public init(source: SourceFile) {
        self.source = source
        self.frontMatter = nil
        self.titles = []
        self.preamble = []
        self.sections = []
        self.links = []
        self.comments = []
        self.problems = []
    }
}

/// Front matter: where it is, and its top-level entries as fields.
public struct FrontMatter: Sendable, Encodable {
    /// From the opening `---` to the end of the closing fence.
    public var range: SourceRange
    /// Top-level `key: value` entries; a sequence value becomes a multi-valued field.
    public var fields: [Field]
}

public struct HTMLComment: Sendable, Hashable, Encodable {
    /// The text between `<!--` and `-->`, trimmed.
    public var text: String
    public var range: SourceRange
}

public struct DocumentProblem: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        case invalidUTF8 = "invalid-utf8"
        case nulByte = "nul-byte"
        case frontMatter = "front-matter"
        case tooDeep = "too-deep"
    }
    public var kind: Kind
    public var message: String
    public var range: SourceRange
}
