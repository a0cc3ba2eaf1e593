import Foundation

extension LanguageServer {
    /// Lints the document's current text (unless it already was) and publishes its findings.
    func lintAndPublish(_ uri: String) {
        guard let analysis = analysis(of: uri), let document = documents[uri] else { return }
        let ruleSet = analysis.session.map { $0.ruleSet(for: document.path) }
        let map = analysis.map
        publish(uri: uri, version: analysis.version, analysis.diagnostics.map { lspDiagnostic($0, uri: uri, map: map, ruleSet: ruleSet) })
    }

    /// The findings of the document's current text: linted now when the text changed since.
    /// Nil for a document not open, or a configuration or pack file (never linted as a page).
    func analysis(of uri: String) -> OpenDocument.Analysis? {
        guard var document = documents[uri], !Self.isRuleFile(uri) else { return nil }
        if let analysis = document.analysis, analysis.version == document.version { return analysis }
        let source = SourceFile(path: document.path, bytes: Array(document.text.utf8))
        let configPath = sessions.configPath(forDirectory: document.directory)
        var analysis = OpenDocument.Analysis(version: document.version, source: source, session: nil, diagnostics: [])
        switch sessions.entry(configPath: configPath) {
        case .broken(let error):
            publishConfigErrors(error, key: configPath ?? "")
        case .ready(let session):
            clearConfigErrors(key: configPath ?? "")
            analysis.session = session
            if session.selects(document.path) {
                analysis.diagnostics = session.lintPageCheckingLinksOffline(source)
            }
        }
        document.analysis = analysis
        documents[uri] = document
        return analysis
    }

    /// A finding as LSP has it: positions in UTF-16, the rule id as `code`, the rule's
    /// `link:` as `codeDescription`, related locations as `relatedInformation`.
    func lspDiagnostic(_ diagnostic: Diagnostic, uri: String, map: PositionMap, ruleSet: RuleSet?) -> LSPDiagnostic {
        let related = diagnostic.related.map {
            LSPDiagnostic.RelatedInformation(location: Location(uri: uri, range: map.range(of: $0.range)), message: $0.message)
        }
        let link = ruleSet?.rule(diagnostic.ruleID)?.link.flatMap(Self.webLink)
        return LSPDiagnostic(
            range: map.range(of: diagnostic.range), severity: Self.severity(diagnostic.severity), code: diagnostic.ruleID,
            codeDescription: link.map { LSPDiagnostic.CodeDescription(href: $0) }, message: diagnostic.message,
            relatedInformation: related.isEmpty ? nil : related)
    }

    /// LSP's `DiagnosticSeverity`: error 1, warning 2, information 3.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// A rule's `link:` when it is an absolute URI (LSP's `codeDescription.href` must be one).
    static func webLink(_ link: String) -> String? {
        guard let url = URL(string: link), let scheme = url.scheme, !scheme.isEmpty else { return nil }
        return link
    }

    func publish(uri: String, version: Int?, _ diagnostics: [LSPDiagnostic]) {
        notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics))
    }

    /// One diagnostic per file the configuration's errors point into, on that file: the
    /// first error's place, every error's message.
    private func publishConfigErrors(_ error: PackLoadError, key: String) {
        var byPath: [String: [YAMLError]] = [:]
        for item in error.errors { byPath[item.path, default: []].append(item) }
        var published = Set<String>()
        for (path, errors) in byPath.sorted(by: { $0.key < $1.key }) {
            let source = error.sources[path] ?? (try? SourceFileLoader.load(path)) ?? SourceFile(path: path, bytes: [])
            let map = PositionMap(source)
            let message = errors.map { errors.count == 1 ? $0.message : "\($0.location): \($0.message)" }.joined(separator: "\n")
            let uri = DocumentURI.uri(ofPath: path)
            let range = map.range(of: source.range(errors[0].range.byteRange))
            publish(uri: uri, version: nil, [LSPDiagnostic(range: range, severity: 1, code: "config", message: message)])
            published.insert(uri)
        }
        for uri in publishedConfigErrors[key, default: []].subtracting(published) { publish(uri: uri, version: nil, []) }
        publishedConfigErrors[key] = published
        log("formcheck lsp: \(error.description)")
    }

    private func clearConfigErrors(key: String) {
        guard let uris = publishedConfigErrors.removeValue(forKey: key) else { return }
        for uri in uris.sorted() { publish(uri: uri, version: nil, []) }
    }
}
