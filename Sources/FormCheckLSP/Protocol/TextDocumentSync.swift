/// A document named by URI.
public struct TextDocumentIdentifier: Codable, Sendable {
    public var uri: String
}

/// A document's URI and the version the client is at.
public struct VersionedTextDocumentIdentifier: Codable, Sendable {
    public var uri: String
    public var version: Int?
}

/// A document as the client opened it.
public struct TextDocumentItem: Codable, Sendable {
    public var uri: String
    public var languageId: String?
    public var version: Int?
    public var text: String
}

/// `textDocument/didOpen`.
public struct DidOpenTextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
}

/// `textDocument/didChange`. The server asks for full sync: each change's `text` is the
/// whole document; the last one wins.
public struct DidChangeTextDocumentParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [Change]

    public struct Change: Codable, Sendable {
        public var text: String
    }
}

/// `textDocument/didSave` and `textDocument/didClose`.
public struct TextDocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

/// `textDocument/hover` and `textDocument/completion`.
public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

/// `workspace/didChangeWatchedFiles`.
public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]

    public struct FileEvent: Codable, Sendable {
        public var uri: String
        /// 1 created, 2 changed, 3 deleted.
        public var type: Int
    }
}
