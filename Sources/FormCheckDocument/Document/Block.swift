public enum Block: Sendable {
    case paragraph(Paragraph)
    case list(ListBlock)
    case thematicBreak(SourceRange)
    case code(CodeBlock)
    case quote(Quote)
    case table(Table)
    case html(SourceRange)

    public var range: SourceRange {
        switch self {
        case .paragraph(let paragraph): paragraph.range
        case .list(let list): list.range
        case .thematicBreak(let range), .html(let range): range
        case .code(let code): code.range
        case .quote(let quote): quote.range
        case .table(let table): table.range
        }
    }
}

public struct CodeBlock: Sendable, Encodable {
    public var info: String
    public var text: String
    public var range: SourceRange
}

public struct Quote: Sendable, Encodable {
    public var blocks: [Block]
    public var range: SourceRange
}

public struct Table: Sendable, Encodable {
    /// Rows of cells, the header row first.
    public var rows: [[Paragraph]]
    public var range: SourceRange
}
