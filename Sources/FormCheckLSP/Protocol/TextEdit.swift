/// LSP's `TextEdit`: replace a range with new text.
public struct TextEdit: Codable, Sendable, Hashable {
    public var range: TextRange
    public var newText: String
}

/// LSP's `WorkspaceEdit`, in its simplest form: edits per document URI.
public struct WorkspaceEdit: Codable, Sendable, Hashable {
    public var changes: [String: [TextEdit]]
}
