import Foundation

extension LintSession {
    /// Whether a rule set of the session (any page type's) has a `references` rule on.
    public var hasReferenceRules: Bool {
        (types.isEmpty ? [ruleSet] : types.map(\.ruleSet)).contains { !$0.referenceRules.isEmpty }
    }

    /// The reference records of `files`, read and parsed for that alone (pages of the
    /// catalog that this run does not lint), each with its group's rule set.
    public func referenceRecords(_ files: [String]) -> [ReferencePass.Page] {
        groups(files).flatMap { group in Linter(ruleSet: group.ruleSet).referenceRecords(paths: group.indices.map { files[$0] }) }
    }

    /// Resolves the references of every page of the catalog: `linted` (the records this run
    /// collected) plus the records of the other `catalog` files, read now. A finding is kept
    /// when its page or a page it points at (a related location) was linted: a changed
    /// page fails the run when an unchanged listing now disagrees with it.
    public func checkReferences(linted: [ReferencePass.Page], catalog: [String]) -> [Diagnostic] {
        let key = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.path }
        let known = Set(linted.map { key($0.path) })
        let others = referenceRecords(catalog.filter { !known.contains(key($0)) })
        let pages = (linted + others).map { page in
            var page = page
            page.type = typeName(of: page.path)
            return page
        }
        // Each naming page's rules, from its own rule set (its type, its overrides).
        var rules: [String: [String: (rule: Rule, check: ReferencesCheck, taxonomy: Taxonomy)]] = [:]
        for page in pages where !page.record.references.isEmpty {
            guard let type = config.map({ $0.typeIndex(of: page.path) }) ?? 0 else { continue }
            let base = ruleSet(ofType: type)
            let pageRules = config?.ruleSet(for: page.path, base: base) ?? base
            rules[page.path] = Dictionary(pageRules.referenceRules.map { ($0.rule.id, ($0.rule, $0.check, pageRules.taxonomy)) }) { first, _ in first }
        }
        let lookup = rules
        let found = ReferencePass(pages: pages).run(
            rules: { path, id in lookup[path]?[id] }, source: { try? SourceFileLoader.load($0) })
        return found.filter { diagnostic in
            known.contains(key(diagnostic.path)) || diagnostic.related.contains { $0.path.map { known.contains(key($0)) } ?? false }
        }
    }
}

extension LintResult {
    /// Adds findings made across pages: to their files' entries, and as a new entry for a
    /// file that was not linted in this run (an unchanged listing that disagrees with a
    /// changed page), after the others.
    public mutating func mergeAcrossPages(_ diagnostics: [Diagnostic]) {
        let present = Set(files.map(\.path))
        merge(diagnostics.filter { present.contains($0.path) })
        var added: [String: [Diagnostic]] = [:]
        var order: [String] = []
        for diagnostic in diagnostics where !present.contains(diagnostic.path) {
            if added[diagnostic.path] == nil { order.append(diagnostic.path) }
            added[diagnostic.path, default: []].append(diagnostic)
        }
        for path in order.sorted() {
            files.append(FileResult(path: path, diagnostics: (added[path] ?? []).sorted { $0.range.start.offset < $1.range.start.offset }))
        }
    }
}
