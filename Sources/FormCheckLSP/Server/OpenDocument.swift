import Foundation

/// A document the client has open: its latest text and version, and the findings of the
/// text they were computed from (nil until the first lint, and after each change).
struct OpenDocument {
    var uri: String
    var version: Int?
    var text: String
    /// The page's path for configuration lookup and overrides; for a non-file URI, the
    /// URI itself (no configuration applies).
    var path: String
    var analysis: Analysis?

    /// The result of linting one version of the document.
    struct Analysis {
        var version: Int?
        var source: SourceFile
        var session: LintSession?
        var diagnostics: [Diagnostic]
        var map: PositionMap { PositionMap(source) }
    }

    init(uri: String, version: Int?, text: String) {
        self.uri = uri
        self.version = version
        self.text = text
        self.path = DocumentURI.path(of: uri) ?? uri
    }

    /// The folder configuration is discovered from; nil for a non-file URI.
    var directory: String? {
        DocumentURI.path(of: uri).map { ($0 as NSString).deletingLastPathComponent }
    }
}
