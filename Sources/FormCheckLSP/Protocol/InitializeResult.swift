/// The reply to `initialize`: what this server offers.
public struct InitializeResult: Codable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo

    public struct ServerInfo: Codable, Sendable {
        public var name: String
        public var version: String
    }
}

/// The capabilities FormCheck's server has: full text sync with saves, code actions
/// (quick fixes and fix-all), hover, completion after `**` fields and `## ` headings.
public struct ServerCapabilities: Codable, Sendable {
    public var positionEncoding = "utf-16"
    public var textDocumentSync = TextDocumentSyncOptions()
    public var codeActionProvider = CodeActionOptions()
    public var hoverProvider = true
    public var completionProvider = CompletionOptions()

    public init() {}

    public struct TextDocumentSyncOptions: Codable, Sendable {
        public var openClose = true
        /// 1: full content on every change.
        public var change = 1
        public var save = SaveOptions()
    }

    public struct SaveOptions: Codable, Sendable {
        public var includeText = false
    }

    public struct CodeActionOptions: Codable, Sendable {
        public var codeActionKinds = [CodeActionKind.quickFix, CodeActionKind.fixAll]
    }

    public struct CompletionOptions: Codable, Sendable {
        public var triggerCharacters = [" "]
    }
}

/// The code action kinds the server gives.
public enum CodeActionKind {
    public static let quickFix = "quickfix"
    public static let fixAll = "source.fixAll.formcheck"
}
