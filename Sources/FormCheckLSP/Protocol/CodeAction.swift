/// LSP's `CodeAction`: a titled edit the writer can pick.
public struct CodeAction: Codable, Sendable, Hashable {
    public var title: String
    /// `quickfix`, `source.fixAll`…
    public var kind: String
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
}

/// The parameters of `textDocument/codeAction`.
public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: TextRange
    public var context: Context

    public struct Context: Codable, Sendable {
        public var diagnostics: [LSPDiagnostic]
        /// Kinds the client asks for; nil: all.
        public var only: [String]?
    }
}
