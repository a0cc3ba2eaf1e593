import Foundation

/// One entry point for every face of FormCheck (the command line, the report, an editor or
/// agent server, a library user): the rules and project configuration of a run, and the
/// operations over them — collecting files, linting them by override group, checking
/// links, applying a baseline, fixing.
public struct LintSession: Sendable {
    /// The rule set: the packs with the configuration's rule overrides applied.
    public let ruleSet: RuleSet
    /// The project configuration, if one is in effect.
    public let config: ProjectConfig?
    /// Each page type's rule set, in the configuration's order; empty without `types:`
    /// (then `ruleSet` lints every page). With types, `ruleSet` is the first type's.
    public let types: [PageTypeRules]
    /// The folder of the page cache and the link cache (`.formcheck-cache/` beside the
    /// configuration, else in the working directory); nil: no page cache, and the link
    /// cache, when the link options ask for one, in `.formcheck-cache/` of the working directory.
    public var cacheDirectory: String?
    /// The configuration file the session read, hashed into the page cache's key.
    var configPath: String?

    /// A session over a rule set and configuration already loaded.
    public init(ruleSet: RuleSet, config: ProjectConfig? = nil, types: [PageTypeRules] = [], cacheDirectory: String? = nil) {
        self.ruleSet = types.first?.ruleSet ?? ruleSet
        self.config = config
        self.types = types
        self.cacheDirectory = cacheDirectory
    }

    /// Loads the configuration (given or discovered) and the packs (`setup.packs`, else
    /// the configuration's `extends`, else the built-in pack), and applies the
    /// configuration's rule overrides.
    public init(_ setup: SessionSetup) throws(PackLoadError) {
        guard let file = setup.configFile else {
            self.init(ruleSet: try PackLoader.load(setup.packSources(fallback: [])), cacheDirectory: setup.cacheFolder(config: nil))
            return
        }
        let config = try ProjectConfig.load(file)
        let configSource = try? SourceFileLoader.load(file)
        if !config.types.isEmpty {
            let types = try Self.typeRules(config, setup: setup, configSource: configSource)
            self.init(ruleSet: types[0].ruleSet, config: config, types: types, cacheDirectory: setup.cacheFolder(config: file))
            configPath = file
            return
        }
        let ruleSet: RuleSet
        do {
            ruleSet = try PackLoader.load(setup.packSources(fallback: config.extends), taxonomy: config.taxonomy)
        } catch {
            // A taxonomy patch's error points into the configuration: keep its text for the snippet.
            var error = error
            if let configSource { error.sources[configSource.path] = error.sources[configSource.path] ?? configSource }
            throw error
        }
        self.init(ruleSet: try config.apply(to: ruleSet, source: configSource), config: config, cacheDirectory: setup.cacheFolder(config: file))
        configPath = file
    }

    /// The files under `paths` (standard input, '-', aside), filtered by the configuration's
    /// `include`/`exclude` and, with `changedSince`, to those git reports as changed.
    public func files(_ paths: [String], changedSince: String? = nil) throws(SessionError) -> [String] {
        try selection(paths, changedSince: changedSince).files
    }

    /// Lints `files`, each override group with its own rule set, keeping of each page what
    /// `collecting` asks for besides its findings; `standardInput`, when given, is linted
    /// first, as the page at its path. Results keep the files' order.
    public func lint(
        _ files: [String], standardInput: SourceFile? = nil, collecting: CollectedData = [],
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> LintResult {
        var result = files.isEmpty && standardInput != nil
            ? LintResult(files: []) : lintGroups(files, collecting: collecting, progress: progress)
        if let standardInput {
            guard config.map({ $0.typeIndex(of: standardInput.path) != nil }) ?? true else {
                result.skipped += 1
                return result
            }
            let document = MarkdownParser.parse(standardInput)
            let typed = ruleSet(for: standardInput.path)
            let page = Linter(ruleSet: typed).lintPage(document)
            result.files.insert(LintResult.FileResult(path: document.path, diagnostics: page.diagnostics), at: 0)
            // Standard input cannot be read again: its links keep their source lines.
            if collecting.contains(.links) { result.links.insert(PageLinks(document: document, keepsLines: true), at: 0) }
            if collecting.contains(.pageFacts) { result.pages.insert(page.facts, at: 0) }
            if collecting.contains(.catalog) {
                let context = CheckContext(document: document, taxonomy: typed.taxonomy, fieldSource: typed.fieldSource)
                let recorder = CatalogRecorder(ruleSet: typed, recordsReferences: collecting.contains(.references))
                result.catalog.insert(recorder.record(context), at: 0)
            }
        }
        return result
    }

    /// Files grouped by the configuration overrides that match them, with each group's rule
    /// set, in the order of each group's first file.
    /// With page types, a group holds pages of one type, and files of no type are in no group.
    public func groups(_ files: [String]) -> [(ruleSet: RuleSet, indices: [Int], skipsLinks: Bool)] {
        guard let config, !config.overrides.isEmpty || !types.isEmpty else {
            return files.isEmpty ? [] : [(ruleSet, Array(files.indices), false)]
        }
        // The key: the type's position, then the positions of the matching overrides.
        var groups: [[Int]: [Int]] = [:]
        for (index, file) in files.enumerated() {
            guard let type = config.typeIndex(of: file) else { continue }
            groups[[type] + config.overrideIndices(for: file), default: []].append(index)
        }
        return groups.sorted { $0.value[0] < $1.value[0] }.map { key, indices in
            let base = ruleSet(ofType: key[0])
            return (config.ruleSet(for: files[indices[0]], base: base), indices, key.dropFirst().contains { config.overrides[$0].skipsLinks })
        }
    }

    /// Lints each override group with its own rule set and merges the results back into
    /// the files' order. Links of files whose override skips them are left out of the
    /// link check (their headings stay link targets).
    private func lintGroups(
        _ files: [String], collecting: CollectedData, progress: (@Sendable (Int, Int) -> Void)?
    ) -> LintResult {
        var fileResults = [LintResult.FileResult?](repeating: nil, count: files.count)
        let cache = pageCache()
        defer { try? cache?.save() }  // a cache that cannot be written only costs the next run time
        var merged = LintResult(files: [])
        var done = 0
        let groups = groups(files)
        merged.skipped = files.count - groups.reduce(0) { $0 + $1.indices.count }
        for group in groups {
            let offset = done, total = files.count
            let groupProgress = progress.map { report in { @Sendable (count: Int, _: Int) in report(offset + count, total) } }
            let result = Linter(ruleSet: group.ruleSet).lint(
                paths: group.indices.map { files[$0] }, collecting: collecting, cache: cache, progress: groupProgress)
            done += group.indices.count
            // A file that could not be read has no entry (it is in `failures`), so match by path.
            let byPath = Dictionary(result.files.map { ($0.path, $0) }) { first, _ in first }
            for position in group.indices { fileResults[position] = byPath[files[position]] }
            merged.failures += result.failures
            merged.duration += result.duration
            merged.links += result.links.map { page in
                var page = page
                if group.skipsLinks { page.links = [] }
                return page
            }
            merged.pages += result.pages
            merged.catalog += result.catalog
        }
        merged.files = fileResults.compactMap { $0 }
        return merged
    }

    /// Fixes each override group with its own rule set; results in the files' order.
    /// `write: false` computes the fixes and changes nothing (a dry run).
    public func fix(_ files: [String], write: Bool, unsafeFixes: Bool = false) -> [Fixer.FileResult] {
        var results = [Fixer.FileResult?](repeating: nil, count: files.count)
        for group in groups(files) {
            let fixed = Fixer(linter: Linter(ruleSet: group.ruleSet), unsafeFixes: unsafeFixes).fix(paths: group.indices.map { files[$0] }, write: write)
            for (position, result) in zip(group.indices, fixed) { results[position] = result }
        }
        return results.compactMap { $0 }
    }

    /// The findings `baseline` does not record, and how many it hid.
    public func applying(baseline path: String, to result: LintResult) throws(SessionError) -> (result: LintResult, hidden: Int) {
        do {
            return try Baseline.load(path).filter(result)
        } catch {
            throw .baseline(error)
        }
    }
}
