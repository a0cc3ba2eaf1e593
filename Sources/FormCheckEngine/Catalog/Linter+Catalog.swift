extension Linter {
    /// Lints pages held in memory as one catalog: every page's own findings, then the
    /// catalog rules' findings across them, in the pages' order. For pack examples of
    /// catalog rules, tests and tools; files on disk go through `LintSession`.
    public func lint(catalog documents: [ContentDocument]) -> [Diagnostic] {
        let recorder = CatalogRecorder(ruleSet: ruleSet)
        var diagnostics: [Diagnostic] = []
        var records: [CatalogPage] = []
        for document in documents {
            let context = CheckContext(document: document, taxonomy: ruleSet.taxonomy, fieldSource: ruleSet.fieldSource)
            diagnostics += lint(document)
            if !recorder.isEmpty { records.append(recorder.record(context)) }
        }
        let order = Dictionary(documents.enumerated().map { ($1.path, $0) }) { first, _ in first }
        let across = CatalogPass(ruleSet: ruleSet).run(records)
        return diagnostics + across.sorted { (order[$0.path] ?? 0, $0.range.start.offset) < (order[$1.path] ?? 0, $1.range.start.offset) }
    }
}
