/// LSP's `CompletionItem`: one value the writer may insert.
public struct CompletionItem: Codable, Sendable, Hashable {
    public var label: String
    /// 12 Value, 17 File… (LSP's `CompletionItemKind`).
    public var kind: Int?
    public var detail: String?
    public var sortText: String?
    public var filterText: String?
    public var textEdit: TextEdit?
}

/// LSP's `CompletionList`.
public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
}
