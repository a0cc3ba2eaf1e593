/// Sets how certain each fix of a page is, from what the page and the link settings know,
/// so that a fix never amplifies a doubtful value:
/// - a fix rendered from a field (`Fix.derivedFrom`) whose value has a finding of its own
///   becomes a suggestion: it would copy a value the page does not yet hold validly (once
///   a safe fix has repaired the field, the next pass derives the fix again, safe);
/// - a fix writing a URL (`Fix.writesURLs`) stays safe only when offline link resolution
///   finds the URL; a URL that resolution knows to be broken makes it a suggestion, and one
///   nothing configured can decide (no sitemap, content map or file) makes it unsafe.
struct FixGrading {
    var path: String
    var fields: [Field]
    var links: LinkSettings?

    func grade(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.fix.map { !$0.derivedFrom.isEmpty || !$0.writesURLs.isEmpty } ?? false }) else {
            return diagnostics
        }
        let doubtful = doubtfulFields(diagnostics)
        var resolver = links.map { OfflineResolver(settings: $0, inventory: LinkInventory()) }
        return diagnostics.map { diagnostic in
            guard let fix = diagnostic.fix else { return diagnostic }
            var graded = diagnostic
            if fix.derivedFrom.contains(where: { doubtful.contains(TitleKey($0)) }) { graded.demoteFix(to: .suggestion) }
            for url in fix.writesURLs { graded.demoteFix(to: level(of: url, resolver: &resolver)) }
            return graded
        }
    }

    /// Keys of the fields whose value (or one of its items) a finding points into.
    private func doubtfulFields(_ diagnostics: [Diagnostic]) -> Set<TitleKey> {
        var keys = Set<TitleKey>()
        for field in fields where !field.valueRange.isEmpty {
            let bytes = field.valueRange.byteRange
            if diagnostics.contains(where: { bytes.contains($0.range.byteRange.lowerBound) && $0.range.byteRange.upperBound <= bytes.upperBound }) {
                keys.insert(TitleKey(field.key))
            }
        }
        return keys
    }

    /// Safe when offline resolution finds the URL, a suggestion when it knows it is broken,
    /// unsafe when nothing configured can tell.
    private func level(of url: String, resolver: inout OfflineResolver?) -> FixApplicability {
        guard let settings = links, resolver != nil else { return .unsafe }
        let target = LinkInventory.target(of: url, on: path, trailingSlashSignificant: settings.trailingSlashSignificant)
        switch resolver!.resolve(target) {
        case .ok: return .safe
        case nil, .skipped: return .unsafe
        default: return .suggestion
        }
    }
}
