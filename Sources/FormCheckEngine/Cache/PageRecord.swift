/// What the page cache keeps of one page: everything a run needs of it without reading its
/// Markdown again. Only what depends on the page alone (and the rules) belongs here:
/// findings that read other pages (link resolution, catalog rules) are made on every run.
///
/// A new per-page record is added as one more member (as `catalog` was); the cache's format
/// number (`PageCache.format`) goes up with it, so older files are rebuilt.
public struct PageRecord: Codable, Sendable {
    /// The page's own findings, suppressions applied, as `Linter.lintPage` returns them.
    public var diagnostics: [Diagnostic]
    /// What the catalog report needs of the page.
    public var facts: PageFacts
    /// The page's links and heading anchors, for link resolution across pages.
    public var links: PageLinks
    /// What the catalog rules compare of the page; nil when the rules have no catalog rule.
    public var catalog: CatalogPage?

    public init(diagnostics: [Diagnostic], facts: PageFacts, links: PageLinks, catalog: CatalogPage? = nil) {
        self.diagnostics = diagnostics
        self.facts = facts
        self.links = links
        self.catalog = catalog
    }

    /// Whether every path and position in the record belongs to a page of `path` with
    /// `byteCount` bytes: a record is never trusted, even under the right key.
    func isConsistent(path: String, byteCount: Int) -> Bool {
        func fits(_ range: SourceRange) -> Bool {
            range.start.line >= 1 && range.start.column >= 1 && range.start.offset >= 0
                && range.start.offset <= range.end.offset && range.end.offset <= byteCount
                && range.end.line >= range.start.line && range.end.column >= 1
        }
        func fits(_ fix: Fix?) -> Bool { fix?.edits.allSatisfy { fits($0.range) } ?? true }
        return facts.path == path && links.path == path && (catalog.map { $0.key == CatalogPage.key(path) } ?? true)
            && diagnostics.allSatisfy { diagnostic in
                diagnostic.path == path && fits(diagnostic.range) && diagnostic.related.allSatisfy { fits($0.range) }
                    && fits(diagnostic.fix) && fits(diagnostic.suggestion) && diagnostic.sourceLineColumn >= 1
            }
            && links.links.allSatisfy { fits($0.range) }
    }
}
