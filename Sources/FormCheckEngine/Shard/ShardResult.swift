/// What `formcheck merge` needs of one shard's run, written as the `shard` member of the
/// JSON format by `lint --shard I/N --format json`: every page's findings as the engine
/// keeps them (all positions, fixes, UTF-16 columns), its links and facts, the files that
/// could not be read. Findings that need every page (link resolution, catalog rules) are
/// not in it: merge makes them over all shards' pages.
public struct ShardResult: Sendable, Codable {
    public struct FileFindings: Sendable, Codable {
        public var path: String
        /// The page's place among all pages of the unsharded run, so merge lists them as it does.
        public var position: Int
        public var diagnostics: [Diagnostic]
    }

    public var shard: Shard
    /// The page cache's rules digest of the shard's run: merge refuses shards of other rules.
    public var rulesDigest: String
    public var files: [FileFindings]
    public var failures: [String]
    public var links: [PageLinks]
    public var pages: [PageFacts]
    /// The pages' catalog records (empty when the rules have no catalog rule).
    public var catalog: [CatalogPage]

    /// - Parameter allFiles: every page of the catalog, the shard's and the others', in the
    ///   order an unsharded run takes them.
    public init(shard: Shard, rulesDigest: String, result: LintResult, allFiles: [String]) {
        self.shard = shard
        self.rulesDigest = rulesDigest
        var positions: [String: Int] = [:]
        for (position, path) in allFiles.enumerated() where positions[path] == nil { positions[path] = position }
        files = result.files.map { FileFindings(path: $0.path, position: positions[$0.path] ?? Int.max, diagnostics: $0.diagnostics) }
        failures = result.failures
        links = result.links
        pages = result.pages
        catalog = result.catalog
    }

    /// The shards' results as one run's, pages in the order an unsharded run takes them.
    public static func combined(_ shards: [ShardResult]) -> LintResult {
        var result = LintResult(files: [])
        var positions: [String: Int] = [:]
        for shard in shards {
            for file in shard.files { positions[file.path] = file.position }
            result.files += shard.files.map { LintResult.FileResult(path: $0.path, diagnostics: $0.diagnostics) }
            result.failures += shard.failures
            result.links += shard.links
            result.pages += shard.pages
            result.catalog += shard.catalog
        }
        func position(_ path: String) -> Int { positions[path] ?? Int.max }
        result.files.sort { (position($0.path), $0.path) < (position($1.path), $1.path) }
        result.links.sort { (position($0.path), $0.path) < (position($1.path), $1.path) }
        result.pages.sort { (position($0.path), $0.path) < (position($1.path), $1.path) }
        return result
    }
}
