/// LSP's `Diagnostic`: one finding as the editor underlines it.
public struct LSPDiagnostic: Codable, Sendable, Hashable {
    public var range: TextRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int?
    /// The rule id.
    public var code: String?
    /// Where the rule is documented (the rule's `link:`).
    public var codeDescription: CodeDescription?
    public var source: String?
    public var message: String
    public var relatedInformation: [RelatedInformation]?

    public init(
        range: TextRange, severity: Int?, code: String?, codeDescription: CodeDescription? = nil, source: String? = "formcheck",
        message: String, relatedInformation: [RelatedInformation]? = nil
    ) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.relatedInformation = relatedInformation
    }

    /// LSP's `CodeDescription`.
    public struct CodeDescription: Codable, Sendable, Hashable {
        public var href: String
    }

    /// LSP's `DiagnosticRelatedInformation`: another place that explains the finding.
    public struct RelatedInformation: Codable, Sendable, Hashable {
        public var location: Location
        public var message: String
    }
}
