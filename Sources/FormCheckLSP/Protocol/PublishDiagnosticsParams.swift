/// The parameters of `textDocument/publishDiagnostics`: every finding of one document,
/// replacing those published before.
public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}
