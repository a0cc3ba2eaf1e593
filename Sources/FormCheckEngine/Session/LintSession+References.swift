import Foundation

extension LintSession {
    /// Whether a rule set of the session (any page type's) has a `references` rule on.
    public var hasReferenceRules: Bool {
        (types.isEmpty ? [ruleSet] : types.map(\.ruleSet)).contains { !$0.referenceRules.isEmpty }
    }

    /// Resolves the references of every page of the catalog (`pages`, each page once, with
    /// its `references` record). A finding is kept when its page or a page it points at (a
    /// related location) is among `linted` (`CatalogPage.key`s): a changed page fails the
    /// run when an unchanged page that names it now disagrees with it.
    public func checkReferences(_ pages: [CatalogPage], linted: Set<String>) -> [Diagnostic] {
        let resolved = pages.compactMap { page in
            page.references.map { ReferencePass.Page(path: page.path, type: typeName(of: page.path), record: $0) }
        }
        // Each naming page's rules, from its own rule set (its type, its overrides).
        var rules: [String: [String: (rule: Rule, check: ReferencesCheck, taxonomy: Taxonomy)]] = [:]
        for page in resolved where !page.record.references.isEmpty {
            guard let type = config.map({ $0.typeIndex(of: page.path) }) ?? 0 else { continue }
            let base = ruleSet(ofType: type)
            let pageRules = config?.ruleSet(for: page.path, base: base) ?? base
            rules[page.path] = Dictionary(pageRules.referenceRules.map { ($0.rule.id, ($0.rule, $0.check, pageRules.taxonomy)) }) { first, _ in first }
        }
        let lookup = rules
        let found = ReferencePass(pages: resolved).run(rules: { path, id in lookup[path]?[id] }, source: { try? SourceFileLoader.load($0) })
        return found.filter { diagnostic in
            linted.contains(CatalogPage.key(diagnostic.path))
                || diagnostic.related.contains { $0.path.map { linted.contains(CatalogPage.key($0)) } ?? false }
        }
    }
}

extension LintResult {
    /// Adds findings made across pages: to their files' entries, and as a new entry for a
    /// file that was not linted in this run (an unchanged page that disagrees with a
    /// changed page it names), after the others.
    public mutating func mergeAcrossPages(_ diagnostics: [Diagnostic]) {
        let present = Set(files.map(\.path))
        merge(diagnostics.filter { present.contains($0.path) })
        var added: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics where !present.contains(diagnostic.path) { added[diagnostic.path, default: []].append(diagnostic) }
        for path in added.keys.sorted() {
            files.append(FileResult(path: path, diagnostics: (added[path] ?? []).sorted { $0.range.start.offset < $1.range.start.offset }))
        }
    }
}
