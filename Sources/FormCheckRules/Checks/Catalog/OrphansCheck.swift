/// Every page of the catalog is linked to from another page of the catalog. Off unless a
/// pack or project turns it on: a catalog reached through generated index pages has no
/// links between its pages, and every page would be an orphan.
///
/// ```yaml
/// - id: orphan-page
///   check: orphans
///   severity: info
///   enabled: false
/// ```
///
/// A link counts when it resolves to the page: a relative or root-relative file link, or a
/// site URL that the pack's `links: content:` patterns map to the page's file.
public struct OrphansCheck: CatalogCheck {
    public func entries(of context: CheckContext, templates: PackTemplates) -> [CatalogEntry] { [] }

    public var needsLinks: Bool { true }

    public func findings(across pages: [CatalogInput]) -> [CatalogFinding] {
        var linked = Set<String>()
        for page in pages {
            for target in page.linksTo where target != page.key { linked.insert(target) }
        }
        return pages.filter { !linked.contains($0.key) }.map { page in
            CatalogFinding(path: page.path, entry: page.anchor, message: Message.orphan(others: pages.count - 1))
        }
    }
}

extension OrphansCheck {
    enum Message {
        static func orphan(others: Int) -> String {
            "no other page of the catalog links to this page (\(others) other page\(others == 1 ? "" : "s") checked)"
        }
    }
}

extension OrphansCheck {
    static let kind = CheckKind(
        name: "orphans",
        summary: "(catalog) every page is linked to from another page of the catalog",
        keys: []
    ) { (_, _) throws(YAMLError) in OrphansCheck() }
}
