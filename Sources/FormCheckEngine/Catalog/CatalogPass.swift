/// Runs a rule set's catalog rules once over every page's `CatalogPage` record, after the
/// per-page lint, and turns their findings into ordinary `Diagnostic`s. The findings are
/// never cached per page: they depend on every page of the catalog.
public struct CatalogPass: Sendable {
    public let recorder: CatalogRecorder

    public init(ruleSet: RuleSet) {
        recorder = CatalogRecorder(ruleSet: ruleSet)
    }

    /// The findings of every catalog rule over `pages` (the whole catalog, each page once),
    /// keeping only those on the pages `reportingOn` names (`CatalogPage.key`s; nil: every
    /// page). A finding's related locations still name every other page involved.
    /// Pages are taken in path order, whatever order they come in (a lint's, or shards'
    /// merged in any order), so findings and their related locations are the same.
    public func run(_ pages: [CatalogPage], reportingOn: Set<String>? = nil) -> [Diagnostic] {
        let pages = pages.sorted { $0.path < $1.path }
        var diagnostics: [Diagnostic] = []
        for (rule, check) in recorder.rules {
            let applies = pages.filter { $0.entries[rule.id] != nil }
            let inputs = applies.compactMap { page -> CatalogInput? in
                let entries = page.entries[rule.id] ?? []
                guard check.needsLinks || !entries.isEmpty else { return nil }
                return CatalogInput(path: page.path, entries: entries, anchor: page.anchor, linksTo: page.linksTo, key: page.key)
            }
            // `orphans` counts the links of every page, even of pages the rule does not apply to.
            let linkers = check.needsLinks ? pages.filter { $0.entries[rule.id] == nil }.map {
                CatalogInput(path: $0.path, entries: [], anchor: $0.anchor, linksTo: $0.linksTo, key: $0.key)
            } : []
            let applying = Set(applies.map(\.path))
            for finding in check.findings(across: inputs + linkers) where applying.contains(finding.path) {
                if let reportingOn, !reportingOn.contains(CatalogPage.key(finding.path)) { continue }
                diagnostics.append(diagnostic(finding, rule: rule))
            }
        }
        return diagnostics
    }

    private func diagnostic(_ finding: CatalogFinding, rule: Rule) -> Diagnostic {
        var message = finding.message
        if let template = rule.message {
            let values = TemplateValues(arguments: ["value": finding.found ?? finding.entry.text, "found": finding.found ?? ""])
            message = template.render(values) ?? message
        }
        var diagnostic = Diagnostic(
            ruleID: rule.id, severity: rule.severity, message: message, path: finding.path, range: finding.entry.range,
            sectionPath: finding.entry.sectionPath, found: finding.found, related: finding.related,
            sourceLine: finding.entry.line, utf16Columns: finding.entry.utf16Columns)
        diagnostic.related = finding.related
        return diagnostic
    }
}
