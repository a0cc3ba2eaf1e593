import Foundation

extension LintSession {
    /// What a shard's results are valid for: this version of FormCheck, these packs, this
    /// configuration (unlike the page cache, not the build: shards run on other machines).
    public var shardDigest: String {
        CacheDigest.rules([ruleSet] + types.map(\.ruleSet), configPath: configPath.map { ($0 as NSString).lastPathComponent }, tool: FormCheckVersion.current)
    }

    /// Lints the pages of one shard, keeping what `merge` needs (links and page facts); no
    /// check across pages runs, since the other shards' pages are not here.
    public func lintShard(_ shard: Shard, of files: [String]) -> ShardResult {
        let result = lint(shard.select(files), collecting: needsCatalog ? [.links, .pageFacts, .catalog, hasReferenceRules ? .references : []] : [.links, .pageFacts])
        return ShardResult(shard: shard, rulesDigest: shardDigest, result: result, allFiles: files)
    }

    /// The shards' results as one run: their pages' findings combined, then the checks
    /// across pages over all their pages, as one unsharded `lintAndCheckLinks` gives.
    /// Every part 1…N of one split must be there once, linted with the same rules.
    public func merge(_ shards: [ShardResult], links: LinkCheckOptions) async throws(SessionError) -> LintResult {
        guard let count = shards.first?.shard.count else { throw .shards("no shard results to merge") }
        for shard in shards where shard.shard.count != count {
            throw .shards("shard \(shard.shard) is of a split into \(shard.shard.count), not \(count)")
        }
        for shard in shards where shard.rulesDigest != shardDigest {
            throw .shards("shard \(shard.shard) was linted with other rules, configuration or FormCheck version than this merge")
        }
        let indices = shards.map(\.shard.index)
        if let repeated = Set(indices.filter { index in indices.count { $0 == index } > 1 }).min() {
            throw .shards("shard \(repeated)/\(count) is given more than once")
        }
        let missing = (1...count).filter { !indices.contains($0) }
        guard missing.isEmpty else { throw .shards("missing shard results: \(missing.map { "\($0)/\(count)" }.joined(separator: ", "))") }
        var result = ShardResult.combined(shards)
        if linkMode(links.mode) == .skip { result.links = [] }
        return await checkingAcrossPages(result, links: links, catalog: result.files.map(\.path))
    }
}
