import Foundation

/// How a session checks links, beyond the pack's `links:` settings.
public struct LinkCheckOptions: Sendable {
    /// The mode asked for; nil: the configuration's `links.mode`, else offline.
    public var mode: LinkMode?
    /// Whether the online check may connect to loopback, private and link-local addresses.
    public var allowPrivate: Bool
    /// How long a fetched link's result is reused; nil: no cache is read or written.
    public var cacheMaxAge: TimeInterval?
    /// Called with (checked, total, failing) as online checks finish.
    public var progress: (@Sendable (Int, Int, Int) -> Void)?

    public init(
        mode: LinkMode? = nil, allowPrivate: Bool = false, cacheMaxAge: TimeInterval? = 86_400,
        progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) {
        self.mode = mode
        self.allowPrivate = allowPrivate
        self.cacheMaxAge = cacheMaxAge
        self.progress = progress
    }
}

extension LintSession {
    /// The link mode in effect: the one asked for, else the configuration's, else offline.
    public func linkMode(_ requested: LinkMode?) -> LinkMode {
        requested ?? config?.linkMode ?? .offline
    }

    /// Checks every page's links (after per-file linting: a link's target may be any page)
    /// with the pack's link settings; no findings in `skip` mode.
    public func checkLinks(_ pages: [PageLinks], options: LinkCheckOptions) async -> [Diagnostic] {
        let mode = linkMode(options.mode)
        guard mode != .skip else { return [] }
        let settings = ruleSet.links ?? LinkSettings()
        let inventory = LinkInventory(pages: pages, trailingSlashSignificant: settings.trailingSlashSignificant)
        var fetcher: OnlineLinkChecker?
        if mode == .online {
            fetcher = OnlineLinkChecker(settings: settings, options: .init(
                allowPrivate: options.allowPrivate, cache: options.cacheMaxAge.map { LinkCache(maxAge: $0) },
                progress: options.progress))
        }
        return await LinkChecker(settings: settings, mode: mode, fetcher: fetcher).check(inventory)
    }

    /// Lints the files, runs the catalog rules and checks their links: what `lint` and
    /// `report` both run. `collecting` adds to what the link check and the catalog rules
    /// need. `catalog` is every page the catalog rules compare (`catalogFiles(_:)`); nil:
    /// the files linted. Catalog findings are reported on the linted pages only.
    public func lintAndCheckLinks(
        _ files: [String], standardInput: SourceFile? = nil, collecting: CollectedData = [],
        links: LinkCheckOptions, catalog: [String]? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> LintResult {
        var collecting = collecting
        if linkMode(links.mode) != .skip { collecting.insert(.links) }
        let catalogRules = hasCatalogRules, references = hasReferenceRules
        if catalogRules || references { collecting.insert(.catalog) }
        if references { collecting.insert(.references) }
        var result = lint(files, standardInput: standardInput, collecting: collecting, progress: progress)
        if catalogRules || references {
            let catalogStart = Date()
            result.mergeAcrossPages(checkCatalog(linted: result.catalog, catalog: catalog ?? files))
            result.catalogDuration = Date().timeIntervalSince(catalogStart)
            result.duration += result.catalogDuration
        }
        let linkStart = Date()
        result.merge(await checkLinks(result.links, options: links))
        result.linksChecked = linkMode(links.mode) != .skip
        result.duration += Date().timeIntervalSince(linkStart)
        return result
    }
}
