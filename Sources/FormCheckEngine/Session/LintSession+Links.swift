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
    /// Makes the fetcher of an online check (`OnlineLinkChecker.maker`, in FormCheckOnline).
    /// Without one the session cannot fetch URLs: `online` is then checked as `offline`.
    public var fetcher: LinkFetcherMaker?

    public init(
        mode: LinkMode? = nil, allowPrivate: Bool = false, cacheMaxAge: TimeInterval? = 86_400,
        progress: (@Sendable (Int, Int, Int) -> Void)? = nil, fetcher: LinkFetcherMaker? = nil
    ) {
        self.mode = mode
        self.allowPrivate = allowPrivate
        self.cacheMaxAge = cacheMaxAge
        self.progress = progress
        self.fetcher = fetcher
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
        var fetcher: (any LinkFetching)?
        if mode == .online, let maker = options.fetcher {
            fetcher = maker(LinkFetchContext(
                settings: settings, allowPrivate: options.allowPrivate,
                cache: options.cacheMaxAge.map { LinkCache(path: linkCachePath, maxAge: $0) }, progress: options.progress))
        }
        return await LinkChecker(settings: settings, mode: fetcher == nil && mode == .online ? .offline : mode, fetcher: fetcher)
            .check(inventory)
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
        if needsCatalog { collecting.insert(.catalog) }
        if hasReferenceRules { collecting.insert(.references) }
        let result = lint(files, standardInput: standardInput, collecting: collecting, progress: progress)
        return await checkingAcrossPages(result, links: links, catalog: catalog ?? files)
    }

    /// The findings that need every page, added to a run's per-page ones: the catalog rules
    /// and references over the pages' catalog records (and those of the other `catalog`
    /// files, read now), then link resolution over all pages' links. What a lint runs after
    /// its pages, and what `merge` runs over its shards' pages; never cached.
    public func checkingAcrossPages(_ result: LintResult, links: LinkCheckOptions, catalog: [String]) async -> LintResult {
        var result = result
        if needsCatalog {
            let catalogStart = Date()
            result.mergeAcrossPages(checkCatalog(linted: result.catalog, catalog: catalog))
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
