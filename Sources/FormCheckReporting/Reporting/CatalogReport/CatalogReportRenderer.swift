import Mustache

/// The formats of `formcheck report`.
public enum CatalogReportFormat: String, Sendable, CaseIterable {
    case html
    case json
    case markdown

    /// The format an output file's extension implies: `.json`, `.md`/`.markdown`, else HTML.
    public static func implied(byPath path: String) -> CatalogReportFormat {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") { return .json }
        if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return .markdown }
        return .html
    }
}

extension CatalogReport {
    /// The name of the built-in HTML template (Templates/report.html.mustache, embedded at build time).
    static let htmlTemplateName = "report.html.mustache"

    public func rendered(as format: CatalogReportFormat, version: String = FormCheckVersion.current) throws -> String {
        switch format {
        case .json: try json()
        case .markdown: markdown()
        case .html: try html(version: version)
        }
    }

    /// The self-contained HTML page: the built-in template, or `template` (Mustache text) when given.
    public func html(version: String = FormCheckVersion.current, template: String? = nil) throws -> String {
        guard let text = template ?? BuiltinTemplates.files[Self.htmlTemplateName] else {
            preconditionFailure("\(Self.htmlTemplateName) is embedded by the EmbedPacks plugin")
        }
        return try MustacheTemplate(string: text).render(HTMLReportView(self, version: version))
    }
}
