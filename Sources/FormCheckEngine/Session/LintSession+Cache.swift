import Foundation

extension LintSession {
    /// The page cache of this session's rules, read from `cacheDirectory`; nil when off.
    func pageCache() -> PageCache? {
        guard let cacheDirectory else { return nil }
        return PageCache(directory: cacheDirectory, rulesDigest: rulesDigest)
    }

    /// What the page cache's entries are valid for: this build, these packs, this configuration.
    public var rulesDigest: String {
        CacheDigest.rules([ruleSet] + types.map(\.ruleSet), configPath: configPath, tool: CacheDigest.tool)
    }

    /// Where the link cache is: in `cacheDirectory`, else `.formcheck-cache/` of the working directory.
    var linkCachePath: String {
        cacheDirectory.map { ($0 as NSString).appendingPathComponent("links.json") } ?? LinkCache.defaultPath
    }
}
