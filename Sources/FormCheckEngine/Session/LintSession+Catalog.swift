import Foundation

extension LintSession {
    /// Whether the rule set has catalog rules turned on (`unique`, `near-duplicate`…).
    public var hasCatalogRules: Bool { !CatalogRecorder(ruleSet: catalogRuleSet).isEmpty }

    /// Whether a run needs the catalog pass: catalog rules, or references between pages.
    public var needsCatalog: Bool { hasCatalogRules || hasReferenceRules }

    /// The rule set whose catalog rules the pass runs: with page types, every type's
    /// catalog rules (each id once, as the first type that has it sets it).
    var catalogRuleSet: RuleSet {
        guard types.count > 1 else { return ruleSet }
        var union = ruleSet
        var seen = Set(union.rules.map(\.id))
        for type in types.dropFirst() {
            for rule in type.ruleSet.rules where rule.check is any CatalogCheck && seen.insert(rule.id).inserted { union.rules.append(rule) }
        }
        return union
    }

    /// The pages the catalog rules compare, the same whichever pages a run lints (a few
    /// changed pages, one page in an editor, a shard): with a configuration that has
    /// `include:`, every file it selects under the configuration's folder; otherwise the
    /// files under `paths` (filtered by the configuration's `exclude`, if any).
    public func catalogFiles(_ paths: [String]) throws(SessionError) -> [String] {
        guard let config, !config.include.isEmpty else { return try files(paths) }
        do {
            return try FileCollector().collect([config.directory]).filter(config.selects).map(Self.fromWorkingDirectory)
        } catch {
            throw .files("\(error)")
        }
    }

    /// The catalog records of `files`, read and parsed for that alone (pages of the catalog
    /// that this run does not lint), each with its override group's rule set.
    public func catalogPages(_ files: [String]) -> [CatalogPage] {
        let references = hasReferenceRules
        return groups(files).flatMap { group in
            Linter(ruleSet: group.ruleSet).catalogPages(paths: group.indices.map { files[$0] }, recordsReferences: references)
        }
    }

    /// Runs the catalog rules over every page of the catalog: `linted` (the records this
    /// run collected) plus the records of the other `catalog` files, read now. Only findings
    /// on linted pages are returned; their related locations name the other pages involved.
    /// References between pages resolve in the same pass (`checkReferences(_:linted:)`).
    public func checkCatalog(linted: [CatalogPage], catalog: [String]) -> [Diagnostic] {
        let known = Set(linted.map(\.key))
        let others = catalogPages(catalog.filter { !known.contains(CatalogPage.key($0)) })
        let rules = hasCatalogRules ? CatalogPass(ruleSet: catalogRuleSet).run(linted + others, reportingOn: known) : []
        return rules + (hasReferenceRules ? checkReferences(linted + others, linted: known) : [])
    }

    /// `path` relative to the working directory when it lies under it, as `FileCollector`
    /// spells paths given relative.
    static func fromWorkingDirectory(_ path: String) -> String {
        PackFolders.relative(path, to: FileManager.default.currentDirectoryPath)
    }
}
