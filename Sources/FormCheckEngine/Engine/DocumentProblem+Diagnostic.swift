extension DocumentProblem {
    /// Problems in a file's bytes are reported like findings, under their own rule ids.
    public var severity: Severity { kind == .tooDeep ? .warning : .error }

    func diagnostic(in document: ContentDocument, locator: SectionLocator) -> Diagnostic {
        Diagnostic(
            ruleID: kind.rawValue, severity: severity, message: message, path: document.path, range: range,
            sectionPath: locator.path(at: range.start), sourceLine: document.source.lineText(range.start.line))
    }
}
