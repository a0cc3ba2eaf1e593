import Foundation

/// What the catalog rules keep of one page, collected while the page is linted so the
/// parsed document can be dropped: per catalog rule the few values it compares (a title, a
/// first sentence, FAQ answers), and the pages it links to when a rule needs links.
///
/// Kept for every page of the catalog for the whole run, and stored by the page cache, so
/// it is compact and `Codable`. Catalog rules run over these records only: a page is never
/// read twice.
public struct CatalogPage: Codable, Sendable, Hashable {
    /// The page's path as the run spells it (shown in findings).
    public var path: String
    /// Where the page's title is (else its first line): where a finding about the whole page points.
    public var anchor: CatalogEntry
    /// Each catalog rule's values of this page, by rule id. A rule with no key here does not
    /// apply to the page (a `when:` condition, an override turning it off).
    public var entries: [String: [CatalogEntry]]
    /// Every page this page links to, as a standardized absolute path; empty unless a
    /// catalog rule needs links (`orphans`).
    public var linksTo: [String]
    /// What references between pages need of this page (its title, its fields, the
    /// references its rules read); nil unless a rule set of the run has a `references` rule.
    public var references: ReferenceRecord?

    public init(
        path: String, anchor: CatalogEntry, entries: [String: [CatalogEntry]] = [:], linksTo: [String] = [],
        references: ReferenceRecord? = nil
    ) {
        self.path = path
        self.anchor = anchor
        self.entries = entries
        self.linksTo = linksTo
        self.references = references
    }

    /// The page's standardized absolute path: how pages and link targets are matched,
    /// whatever spelling (`./a.md`, `a.md`, `/abs/a.md`) a run used.
    public var key: String { CatalogPage.key(path) }

    /// `path` made absolute (from the working directory) and normalized.
    public static func key(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return LexicalPath.normalized(path) }
        return LexicalPath.normalized(FileManager.default.currentDirectoryPath + "/" + path)
    }
}
