import Foundation

/// Takes a page's `CatalogPage` record for the catalog rules of one rule set. Built once per
/// rule set; pure per page, so pages are recorded in parallel while they are linted.
public struct CatalogRecorder: Sendable {
    /// The rule set's catalog rules that are turned on, with their checks.
    public let rules: [(rule: Rule, check: any CatalogCheck)]
    /// Every sentence and question template of the rule set (left out of comparisons).
    let templates: PackTemplates
    /// How site URLs map to files, for the links of `orphans`.
    let links: LinkSettings
    let needsLinks: Bool

    /// Whether each record holds the page's `ReferenceRecord` (some rule set of the run has
    /// a `references` rule: every page may be named, so every page's title and fields count).
    let recordsReferences: Bool
    /// The rule set's `references` rules.
    let referenceRules: [(rule: Rule, check: ReferencesCheck)]

    public init(ruleSet: RuleSet, recordsReferences: Bool = false) {
        self.recordsReferences = recordsReferences
        referenceRules = recordsReferences ? ruleSet.referenceRules : []
        rules = ruleSet.rules.compactMap { rule in
            guard rule.enabled, let check = rule.check as? any CatalogCheck else { return nil }
            return (rule, check)
        }
        templates = PackTemplates(rules: ruleSet.rules)
        links = ruleSet.links ?? LinkSettings()
        needsLinks = rules.contains { $0.check.needsLinks }
    }

    /// Whether the rule set has any catalog rule turned on.
    public var isEmpty: Bool { rules.isEmpty && !recordsReferences }

    /// The page's record: each applicable catalog rule's entries, and its links if needed.
    public func record(_ context: CheckContext) -> CatalogPage {
        var entries: [String: [CatalogEntry]] = [:]
        for (rule, check) in rules {
            if let condition = rule.condition, !condition.holds(for: context.fields) { continue }
            entries[rule.id] = check.entries(of: context, templates: templates)
        }
        let anchor = CatalogEntry(text: context.document.title?.text ?? "", range: context.pageAnchor, in: context.file)
        return CatalogPage(
            path: context.document.path, anchor: anchor, entries: entries,
            linksTo: needsLinks ? linkTargets(context.document) : [],
            references: recordsReferences ? ReferenceRecord(context: context, rules: referenceRules) : nil)
    }

    /// The pages the document links to, as `CatalogPage.key`s: file links resolved from the
    /// page's folder, site URLs through the pack's `content:` patterns. Sorted, unique.
    func linkTargets(_ document: ContentDocument) -> [String] {
        var targets = Set<String>()
        for link in document.links {
            let target = LinkInventory.target(of: link.destination, on: document.path, trailingSlashSignificant: links.trailingSlashSignificant)
            switch target.kind {
            case .file(let path): targets.insert(CatalogPage.key(path))
            case .web(let url):
                if let file = links.content.lazy.compactMap({ $0.file(for: url) }).first { targets.insert(CatalogPage.key(file)) }
            case .samePage, .other: break
            }
        }
        return targets.sorted()
    }
}
